// A section report as a table for people and as JSON for scripts.
#include <nlohmann/json.hpp>

#include <fmt/format.h>

#include "dhr/sections.h"
#include "sections/notes.h"
#include <algorithm>

namespace dhr {
namespace {

// Pads or cuts s to `width` code points (headings may hold curly quotes and dashes).
std::string fit(const std::string& s, std::size_t width) {
  std::string out;
  std::size_t points = 0;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t len = 1;
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0xF0) len = 4;
    else if (c >= 0xE0) len = 3;
    else if (c >= 0xC0) len = 2;
    if (points + 1 == width && i + len < s.size()) {
      out += "\xE2\x80\xA6";  // …
      ++points;
      break;
    }
    out.append(s, i, len);
    ++points;
    i += len;
  }
  while (points++ < width) out += ' ';
  return out;
}

}  // namespace

std::string to_text(const SectionReport& report) {
  std::string out = fmt::format("Profile: {}{}\n\n", report.profile,
                                report.profile_reason.empty() ? "" : " (" + report.profile_reason + ")");
  out += fmt::format("{} {} {} {} {}\n", fit("SECTION", 34), fit("NEED", 11), fit("STATUS", 8), fit("HEADING FOUND", 44), "WHERE");
  for (const SectionResult& r : report.sections) {
    const bool missing = r.status == SectionStatus::missing;
    std::string status = to_string(r.status);
    if (missing && r.requirement == Requirement::expected) status = "MISSING";
    out += fmt::format("{} {} {} {} {}\n", fit(r.name, 34), fit(to_string(r.requirement), 11), fit(status, 8),
                       fit(missing ? "-" : r.heading, 44), missing ? "-" : sections::where(r));
  }
  if (!report.notes.empty()) {
    out += "\nNotes:\n";
    for (const SectionNote& n : report.notes) out += fmt::format("  - {}\n", n.message);
  }
  const int missing_expected = static_cast<int>(std::count_if(report.sections.begin(), report.sections.end(), [](const SectionResult& r) {
    return r.requirement == Requirement::expected && r.status == SectionStatus::missing;
  }));
  out += missing_expected == 0 ? "\nEvery expected section is present.\n"
                               : fmt::format("\n{} expected section{} missing.\n", missing_expected,
                                             missing_expected == 1 ? " is" : "s are");
  return out;
}

std::string to_json(const SectionReport& report, const std::string& file, int indent) {
  using json = nlohmann::ordered_json;
  json sections = json::array();
  for (const SectionResult& r : report.sections) {
    const bool missing = r.status == SectionStatus::missing;
    sections.push_back({{"name", r.name},
                        {"id", r.id},
                        {"requirement", to_string(r.requirement)},
                        {"status", to_string(r.status)},
                        {"heading", missing ? json(nullptr) : json(r.heading)},
                        {"page", r.page > 0 ? json(r.page) : json(nullptr)},
                        {"number", r.number.empty() ? json(nullptr) : json(r.number)},
                        {"block", missing ? json(nullptr) : json(r.block)}});
  }
  json notes = json::array();
  for (const SectionNote& n : report.notes)
    notes.push_back({{"kind", n.kind}, {"section", n.section.empty() ? json(nullptr) : json(n.section)}, {"message", n.message}});
  json out = {{"file", file}, {"profile", report.profile}};
  if (!report.profile_reason.empty()) out["profile_reason"] = report.profile_reason;
  out["sections"] = std::move(sections);
  out["notes"] = std::move(notes);
  out["all_expected_present"] = report.all_expected_present();
  return out.dump(indent, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace dhr
