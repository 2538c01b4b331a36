// The review report of an anonymisation (JSON for tools, HTML for people) and the key.
#include "write/review_report.h"

#include <algorithm>
#include <map>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "dhr/export.h"

namespace dhr::write {
namespace {

using json = nlohmann::ordered_json;

std::string where(const Document& doc, std::size_t block) {
  const Block& b = doc.blocks[block];
  std::string out = to_string(b.kind);
  if (b.page > 0) out += fmt::format(", page {}", b.page);
  if (!b.number.empty()) out += ", " + b.number;
  return out;
}

json location(const Document& doc, std::size_t block) {
  const Block& b = doc.blocks[block];
  return {{"block", block}, {"block_kind", to_string(b.kind)}, {"page", b.page}, {"number", b.number}};
}

std::string css_class(Category c) {
  std::string s = to_string(c);
  for (char& ch : s) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return "c-" + s;
}

// Findings the report must not show by name unless asked: residual names left in the
// text for review. Their spans are masked in the HTML view of the text.
bool is_flagged_name(const Finding& f) { return f.category == Category::person && f.subject.empty(); }

}  // namespace

std::string review_report_json(const AnonymiseResult& r) {
  json edits = json::array();
  for (const Edit& e : r.plan.edits) {
    json o = location(r.source, e.block);
    o["category"] = to_string(e.category);
    o["subject"] = e.subject;
    o["before"] = e.original;
    o["after"] = e.replacement;
    o["why"] = e.why;
    edits.push_back(std::move(o));
  }
  json review = json::array();
  for (const Finding& f : r.plan.for_review) {
    json o = location(r.source, f.block);
    o["category"] = to_string(f.category);
    o["text"] = f.text;
    if (!f.candidates.empty()) o["candidates"] = f.candidates;
    o["confidence"] = f.confidence;
    o["why"] = f.why;
    review.push_back(std::move(o));
  }
  json survivors = json::array();
  for (const Survivor& s : r.verification.survivors)
    survivors.push_back(
        {{"what", s.what}, {"where", s.where}, {"check", s.check}, {"context", s.context}, {"text", s.text}});
  json accepted = json::array();
  for (const Accepted& a : r.verification.accepted)
    accepted.push_back(
        {{"what", a.what}, {"where", a.where}, {"reason", a.reason}, {"context", a.context}, {"text", a.text}});
  json out;
  out["input"] = r.input;
  out["output"] = r.output;
  out["status"] = r.verification.clean() ? "verified" : "failed";
  out["edits"] = std::move(edits);
  out["for_review"] = std::move(review);
  out["sanitised"] = r.sanitised;
  out["verification"] = {{"clean", r.verification.clean()}, {"checks", r.verification.checks},
                         {"survivors", std::move(survivors)}, {"accepted", std::move(accepted)}};
  if (r.sections) {
    json sections = json::array();
    for (const SectionResult& s : r.sections->sections)
      sections.push_back({{"name", s.name}, {"status", to_string(s.status)}, {"heading", s.heading}, {"page", s.page},
                          {"number", s.number}});
    json notes = json::array();
    for (const SectionNote& n : r.sections->notes) notes.push_back(n.message);
    out["sections"] = {{"profile", r.sections->profile}, {"sections", std::move(sections)}, {"notes", std::move(notes)}};
  }
  return out.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

// Replaces whole-word, case-insensitive occurrences of each name in html by "[name]".
// Names are matched in their HTML-escaped form (an apostrophe is &#39;).
std::string mask_names(std::string html, const std::vector<std::string>& names) {
  auto lower = [](std::string x) {
    for (char& c : x) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return x;
  };
  auto word = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || (static_cast<unsigned char>(c) & 0x80); };
  for (const std::string& name : names) {
    const std::string needle = lower(html_escape(name));
    if (needle.size() < 2) continue;
    std::string low = lower(html);
    std::size_t pos = 0;
    while ((pos = low.find(needle, pos)) != std::string::npos) {
      const std::size_t end = pos + needle.size();
      if ((pos == 0 || !word(low[pos - 1])) && (end >= low.size() || !word(low[end]))) {
        html.replace(pos, needle.size(), "[name]");
        low.replace(pos, needle.size(), "[name]");
        pos += 6;
      } else {
        ++pos;
      }
    }
  }
  return html;
}

std::string review_report_html(const AnonymiseResult& r, bool with_names, const std::vector<std::string>& names_to_mask) {
  const Document& doc = r.source;
  std::string h = "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<title>Anonymisation review: " +
                  html_escape(r.output) + "</title>\n<style>\n"
                  "body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em;line-height:1.5}\n"
                  "mark{padding:0 .15em;border-radius:.2em}\n"
                  ".c-person{background:#cde}.c-age{background:#fde2b8}.c-dob,.c-date_of_death{background:#f6c6c6}"
                  ".c-address,.c-postcode{background:#d6f0d0}.c-place{background:#eee}.flag{background:#ffe066;outline:2px solid #c90}"
                  "mark{background:#e8d8f5}\n"
                  ".ok{color:#060}.fail{color:#a00}table{border-collapse:collapse}th,td{border:1px solid #999;padding:.2em .5em}"
                  "\n</style>\n</head>\n<body>\n<main>\n";
  h += "<h1>Anonymisation review</h1>\n<p>Input: " + html_escape(r.input) + "<br>Output: " + html_escape(r.output) + "</p>\n";
  h += r.verification.clean() ? "<p class=\"ok\"><strong>Verified:</strong> no name or identifier from the case file was "
                                "found in the output.</p>\n"
                              : "<p class=\"fail\"><strong>Verification failed:</strong> the output was not kept.</p>\n";

  std::map<std::string, int> counts;
  for (const Edit& e : r.plan.edits) ++counts[to_string(e.category)];
  h += "<h2>Changes</h2>\n<table><tr><th scope=\"col\">Category</th><th scope=\"col\">Changes</th></tr>\n";
  for (const auto& [cat, n] : counts) h += fmt::format("<tr><td>{}</td><td>{}</td></tr>\n", cat, n);
  h += "</table>\n";

  // What the writer took out of the file besides the text edits (comments, tracked
  // changes, metadata ...): the lines hold no document text.
  if (!r.sanitised.empty()) {
    h += "<h2>Removed from the file</h2>\n<ul>\n";
    for (const auto& line : r.sanitised) h += "<li>" + html_escape(line) + "</li>\n";
    h += "</ul>\n";
  }

  h += "<h2>Verification</h2>\n<ul>\n";
  for (const auto& c : r.verification.checks) h += "<li>" + html_escape(c) + "</li>\n";
  for (const Survivor& s : r.verification.survivors)
    h += "<li class=\"fail\">Survived: " + html_escape(s.what) + " in " + html_escape(s.where) + " (" + html_escape(s.check) +
         ")" + (with_names ? ": " + html_escape(s.text) : std::string()) +
         (s.context.empty() ? std::string() : "<br><q>" + html_escape(s.context) + "</q>") + "</li>\n";
  h += "</ul>\n";
  // A subject's name word left in the output on purpose, inside a phrase kept for a reason.
  if (!r.verification.accepted.empty()) {
    h += "<h3>Name words kept inside other phrases</h3>\n<ul>\n";
    for (const Accepted& a : r.verification.accepted)
      h += "<li>" + html_escape(a.what) + " in " + html_escape(a.where) + ", inside " +
           (with_names ? "<q>" + html_escape(a.text) + "</q>, " : std::string()) + html_escape(a.reason) +
           "<br><q>" + html_escape(a.context) + "</q></li>\n";
    h += "</ul>\n";
  }

  h += "<h2>For review</h2>\n";
  if (r.plan.for_review.empty()) h += "<p>Nothing.</p>\n";
  else {
    h += "<ol>\n";
    for (const Finding& f : r.plan.for_review) {
      std::string text = with_names ? html_escape(f.text) : "[hidden: run with --report-with-names to see it]";
      h += "<li>" + std::string(to_string(f.category)) + " in " + html_escape(where(doc, f.block)) + ": " + text + " — " +
           html_escape(f.why) + "</li>\n";
    }
    h += "</ol>\n";
  }

  if (r.sections) {
    h += "<h2>Sections (" + html_escape(r.sections->profile) + ")</h2>\n<table><tr><th scope=\"col\">Section</th><th "
         "scope=\"col\">Status</th><th scope=\"col\">Heading</th></tr>\n";
    for (const SectionResult& s : r.sections->sections)
      h += "<tr><td>" + html_escape(s.name) + "</td><td>" + to_string(s.status) + "</td><td>" + html_escape(s.heading) +
           "</td></tr>\n";
    h += "</table>\n";
    if (!r.sections->notes.empty()) {
      h += "<ul>\n";
      for (const SectionNote& n : r.sections->notes) h += "<li>" + html_escape(n.message) + "</li>\n";
      h += "</ul>\n";
    }
  }

  // The anonymised text, each change marked by category; flagged residual names masked.
  h += "<h2>The anonymised text</h2>\n";
  std::map<std::size_t, std::vector<const Edit*>> edits_by_block;
  for (const Edit& e : r.plan.edits) edits_by_block[e.block].push_back(&e);
  std::map<std::size_t, std::vector<const Finding*>> flags_by_block;
  for (const Finding& f : r.plan.for_review)
    if (is_flagged_name(f)) flags_by_block[f.block].push_back(&f);
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& b = doc.blocks[i];
    // Marks in order of position: edits (shown as their replacement) and flagged names.
    struct Mark {
      std::uint32_t begin, end;
      std::string html;
    };
    std::vector<Mark> marks;
    for (const Edit* e : edits_by_block[i]) {
      const std::string title = std::string(to_string(e->category)) + ": " + e->why +
                                (with_names ? " (was: " + e->original + ")" : std::string());
      marks.push_back({e->begin, e->end, "<mark class=\"" + css_class(e->category) + "\" title=\"" + html_escape(title) +
                                             "\">" + html_escape(e->replacement) + "</mark>"});
    }
    for (const Finding* f : flags_by_block[i])
      marks.push_back({f->begin, f->end, "<mark class=\"flag\" title=\"name flagged for review\">" +
                                             (with_names ? html_escape(f->text) : std::string("[flagged name]")) + "</mark>"});
    std::sort(marks.begin(), marks.end(), [](const Mark& a, const Mark& b) { return a.begin < b.begin; });
    std::string body;
    std::uint32_t pos = 0;
    for (const Mark& m : marks) {
      if (m.begin < pos) continue;  // a flag inside an edit: the edit already covers it
      body += html_escape(std::string_view(b.text).substr(pos, m.begin - pos)) + m.html;
      pos = m.end;
    }
    body += html_escape(std::string_view(b.text).substr(std::min<std::size_t>(pos, b.text.size())));
    const std::string label = b.kind == BlockKind::paragraph ? "" : "<small>[" + std::string(to_string(b.kind)) + "]</small> ";
    const std::string number = b.number.empty() ? "" : html_escape(b.number) + " ";
    if (b.kind == BlockKind::heading)
      h += fmt::format("<h3>{}{}</h3>\n", number, body);
    else
      h += "<p>" + label + number + body + "</p>\n";
  }
  h += "</main>\n</body>\n</html>\n";
  return with_names ? h : mask_names(std::move(h), names_to_mask);
}

std::string key_csv(const Plan& plan) {
  auto field = [](const std::string& s) {
    if (s.find_first_of(",\"\n") == std::string::npos) return s;
    std::string q = "\"";
    for (char c : s) q += c == '"' ? std::string("\"\"") : std::string(1, c);
    return q + "\"";
  };
  std::string out = "name,pseudonym,role,source\n";
  for (const KeyEntry& k : plan.key)
    out += field(k.name) + "," + field(k.pseudonym) + "," + field(k.role) + "," + field(k.source) + "\n";
  return out;
}

}  // namespace dhr::write
