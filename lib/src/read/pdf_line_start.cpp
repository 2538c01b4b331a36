#include "read/pdf_line_start.h"

#include <algorithm>
#include <string_view>

namespace dhr::read::pdf {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// "1.2", "3.21.", "2." -> decimal; "12" -> bare. At most 3 digits a part, 4 parts.
LabelKind decimal_kind(std::string_view s) {
  int parts = 0;
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t digits = 0;
    while (i < s.size() && is_digit(s[i])) ++i, ++digits;
    if (digits == 0 || digits > 3) return LabelKind::none;
    ++parts;
    if (i == s.size()) break;
    if (s[i] != '.') return LabelKind::none;
    ++i;  // a trailing dot ends the label
  }
  if (parts == 0 || parts > 4) return LabelKind::none;
  if (parts == 1 && s.back() != '.') return LabelKind::bare;
  return LabelKind::decimal;
}

bool all_of(std::string_view s, std::string_view set) { return !s.empty() && s.find_first_not_of(set) == std::string_view::npos; }

// "a)", "(b)", "A." -> letter; "iv.", "(ii)", "iii)" -> roman. "i." is read as roman.
LabelKind alpha_kind(std::string_view s) {
  bool open = false;
  if (s.starts_with('(')) {
    open = true;
    s.remove_prefix(1);
    if (!s.ends_with(')')) return LabelKind::none;
  }
  if (s.size() < 2 || (s.back() != ')' && s.back() != '.')) return LabelKind::none;
  if (open && s.back() != ')') return LabelKind::none;
  const std::string_view body = s.substr(0, s.size() - 1);
  if (all_of(body, "ivx") && body.size() <= 5) return LabelKind::roman;
  if (body.size() == 1 && ((body[0] >= 'a' && body[0] <= 'z') || (body[0] >= 'A' && body[0] <= 'Z')))
    return LabelKind::letter;
  return LabelKind::none;
}

// Bullet characters, as whole words. '-' and 'o' only count as separate words.
constexpr std::string_view kBullets[] = {
    "\xE2\x80\xA2",  // • U+2022
    "\xE2\x96\xAA",  // ▪ U+25AA
    "\xE2\x96\xA0",  // ■ U+25A0
    "\xE2\x97\xA6",  // ◦ U+25E6
    "\xE2\x97\x8F",  // ● U+25CF
    "\xE2\x97\x8B",  // ○ U+25CB
    "\xC2\xB7",      // · U+00B7
    "\xE2\x80\x93",  // – U+2013 (as a bullet only when alone at the start)
    "\xE2\x9E\xA2",  // ➢ U+27A2
    "\xE2\x9C\x93",  // ✓ U+2713
    "\xEF\x82\xB7",  // U+F0B7 Symbol bullet
    "\xEF\x82\xA7",  // U+F0A7 Wingdings square
    "\xEF\x83\x98",  // U+F0D8 Wingdings arrow
    "\xEF\x81\xB6",  // U+F076 Wingdings diamond
    "\xEF\x83\xBC",  // U+F0FC Wingdings tick
    "\xEF\x82\xAE",  // U+F0AE
    "-",
    "o",
    "*",
};

// The length of a bullet at the start of s, or 0. Only non-ASCII bullets may be glued
// to the following text.
std::size_t bullet_prefix(std::string_view s, bool whole_word) {
  for (std::string_view b : kBullets) {
    if (whole_word ? s == b : (b.size() > 1 && s.starts_with(b) && s.size() > b.size())) return b.size();
  }
  return 0;
}

}  // namespace

LineStart classify_line_start(const Page& page, const Line& line) {
  LineStart out;
  if (line.words.empty()) return out;
  const Word& first = page.words[line.words.front()];
  const std::string_view t = first.text;
  const bool alone = line.words.size() == 1;
  const double gap = alone ? 0 : page.words[line.words[1]].box.x0 - first.box.x1;

  if (bullet_prefix(t, true) > 0 && !alone) {
    out.kind = LabelKind::bullet;
    out.first_text = 1;
    out.hanging = gap >= 0.6 * line.size;
    return out;
  }
  if (const std::size_t n = bullet_prefix(t, false); n > 0) {
    out.kind = LabelKind::bullet;
    out.skip_bytes = n;
    out.skip_glyphs = 1;
    return out;
  }
  LabelKind kind = decimal_kind(t);
  if (kind == LabelKind::none) kind = alpha_kind(t);
  if (kind == LabelKind::none) return out;
  out.kind = kind;
  out.label = std::string(t);
  out.first_text = 1;
  out.label_only = alone;
  out.hanging = !alone && gap >= 0.6 * line.size;
  // A bare number alone on a line is a page number or a table value, not a label.
  if (alone && kind == LabelKind::bare) out = LineStart{};
  // A capital letter and a dot at the start of a line is usually an initial ("A. Smith").
  if (kind == LabelKind::letter && t.back() == '.' && !out.hanging && !alone) out = LineStart{};
  return out;
}

bool is_decimal_label(const std::string& label) { return decimal_kind(label) != LabelKind::none; }

int number_depth(const std::string& label) {
  std::string_view s = label;
  if (s.ends_with('.')) s.remove_suffix(1);
  return static_cast<int>(std::count(s.begin(), s.end(), '.')) + 1;
}

std::string number_prefix(const std::string& label) {
  std::string_view s = label;
  if (s.ends_with('.')) s.remove_suffix(1);
  const std::size_t dot = s.rfind('.');
  return dot == std::string_view::npos ? std::string() : std::string(s.substr(0, dot));
}

}  // namespace dhr::read::pdf
