#include "dhr/scan_report.h"

#include <cmath>
#include <map>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace dhr {
namespace {

// Where a finding is, as a reader would look for it: "p. 3, 1.2, footnote".
std::string where(const Document& doc, const Finding& f) {
  const Block& b = doc.blocks[f.block];
  std::string out;
  if (b.page > 0) out += fmt::format("p. {}", b.page);
  if (!b.number.empty()) out += (out.empty() ? "" : ", ") + b.number;
  if (b.kind != BlockKind::paragraph) out += (out.empty() ? "" : ", ") + std::string(to_string(b.kind));
  if (out.empty()) out = fmt::format("block {}", f.block + 1);
  return out;
}

std::string one_line(std::string s) {
  for (char& c : s)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  return s;
}

}  // namespace

bool needs_action(const Finding& f) { return f.category != Category::place; }

std::string findings_to_json(const Document& doc, const std::vector<Finding>& findings) {
  using json = nlohmann::ordered_json;
  json list = json::array();
  for (const Finding& f : findings) {
    const Block& b = doc.blocks[f.block];
    json o;
    o["category"] = to_string(f.category);
    o["text"] = f.text;
    o["subject"] = f.subject;
    if (!f.candidates.empty()) o["candidates"] = f.candidates;
    if (!f.attribution.empty()) o["attribution"] = f.attribution;
    if (f.needs_decision) o["needs_decision"] = true;
    o["confidence"] = std::round(f.confidence * 1000) / 1000;
    o["page"] = b.page;
    o["number"] = b.number;
    o["block"] = f.block;
    o["block_kind"] = to_string(b.kind);
    o["begin"] = f.begin;
    o["end"] = f.end;
    o["form"] = f.form;
    o["rule"] = f.rule;
    o["why"] = f.why;
    list.push_back(std::move(o));
  }
  json out;
  out["file"] = doc.path;
  out["findings"] = std::move(list);
  return out.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

std::string findings_to_text(const Document& doc, const std::vector<Finding>& findings) {
  // Group by category in the enum's order; places last as they need no action.
  std::map<std::pair<bool, int>, std::vector<const Finding*>> groups;
  for (const Finding& f : findings) groups[{!needs_action(f), static_cast<int>(f.category)}].push_back(&f);
  std::string out;
  for (const auto& [key, list] : groups) {
    out += fmt::format("{} ({}){}\n", to_string(list.front()->category), list.size(),
                       key.first ? " - for information, kept by default" : "");
    for (const Finding* f : list) {
      std::string who;
      if (!f->subject.empty()) who = " -> " + f->subject + (f->needs_decision ? " (best guess; a person decides)" : "");
      out += fmt::format("  {:<22} \"{}\"{}  [{:.2f}] {}\n", where(doc, *f), one_line(f->text), who, f->confidence, f->why);
    }
    out += '\n';
  }
  if (out.empty()) out = "No identifiers found.\n";
  return out;
}

}  // namespace dhr
