#include "read/pdf_flow.h"

#include <algorithm>

namespace dhr::read::pdf {
namespace {

bool is_title_abbreviation(std::string_view word) {
  static constexpr std::string_view kTitles[] = {"Mr.",  "Mrs.", "Ms.",  "Dr.", "Prof.", "St.",  "No.", "Cllr.",
                                                 "Rev.", "Sgt.", "Insp.", "PC.", "DC.",   "e.g.", "i.e."};
  for (std::string_view t : kTitles)
    if (word == t) return true;
  return false;
}

bool caps_line(const Page& page, const Line& line, std::size_t from) {
  int upper = 0, words = 0;
  for (std::size_t k = from; k < line.words.size(); ++k) {
    ++words;
    for (unsigned char c : page.words[line.words[k]].text) {
      if (is_lower(c)) return false;
      if (is_upper(c)) ++upper;
    }
  }
  return upper >= 3 && words <= 12;
}

}  // namespace

bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
bool starts_lower(std::string_view s) { return !s.empty() && is_lower(static_cast<unsigned char>(s[0])); }

bool ended_early(const FlowLine& prev, const FlowLine& cur) {
  return prev.right() + 0.3 * prev.size() + cur.first_width < prev.col_right - 1.0;
}

bool ends_dangling(std::string_view word) {
  static constexpr std::string_view kWords[] = {"to", "and", "or", "of", "the", "a", "an", "by", "with", "for", "in",
                                                "on", "at", "that", "is", "was", "were", "be", "as", "from", "her",
                                                "his", "their", "&", "-"};
  for (std::string_view w : kWords)
    if (word == w) return true;
  return !word.empty() && (word.back() == ',' || word.back() == '-');
}

bool ends_sentence(std::string_view s) {
  if (is_title_abbreviation(s)) return false;
  while (!s.empty() && (s.back() == ')' || s.back() == '"' || s.back() == '\'')) s.remove_suffix(1);
  if (s.ends_with("\xE2\x80\x9D") || s.ends_with("\xE2\x80\x99")) return true;  // closing curly quotes
  return !s.empty() && (s.back() == '.' || s.back() == '!' || s.back() == '?' || s.back() == ':' || s.back() == ';');
}

std::vector<FlowLine> flow_lines(const std::vector<Page>& pages) {
  std::size_t count = 0;
  for (const Page& page : pages) count += page.lines.size();
  std::vector<FlowLine> out;
  out.reserve(count);
  for (std::size_t p = 0; p < pages.size(); ++p) {
    const Page& page = pages[p];
    for (const Line& l : page.lines) {
      if (l.role != LineRole::body || l.words.empty()) continue;
      FlowLine f;
      f.page_index = p;
      f.page = &page;
      f.line = &l;
      f.start = classify_line_start(page, l);
      f.col_left = l.col_left;
      f.col_right = l.col_right;
      out.push_back(std::move(f));
    }
  }
  return out;
}

void describe_text(FlowLine& f) {
  const Page& page = *f.page;
  const Line& l = *f.line;
  const std::size_t from = std::min(f.start.first_text, l.words.size() - 1);
  const Word& first = page.words[l.words[from]];
  f.left = first.box.x0;
  f.first = std::string_view(first.text).substr(std::min(f.start.skip_bytes, first.text.size()));
  f.first_width = first.width();
  f.last = page.words[l.words.back()].text;
  f.words = static_cast<int>(l.words.size() - from);
  f.caps = caps_line(page, l, from);
  f.bold = page.fonts_known;
  for (std::size_t k = from; k < l.words.size() && f.bold; ++k) {
    const Word& w = page.words[l.words[k]];
    if (!w.raised && !w.bold) f.bold = false;
  }
}

bool same_flow(const FlowLine& a, const FlowLine& b) {
  return a.page_index == b.page_index && a.line->band == b.line->band && a.line->column == b.line->column;
}

}  // namespace dhr::read::pdf
