#include "read/pdf_words.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string>

#include <poppler-page.h>

#include "read/pdf_ustring.h"
#include "text/utf8.h"

namespace dhr::read::pdf {
namespace {

bool is_empty_rect(const poppler::rectf& r) {
  return r.x() == 0 && r.y() == 0 && r.width() == 0 && r.height() == 0;
}

// How many glyph boxes Poppler keeps for a word. Poppler stores one per code point (a
// ligature is split evenly), and char_bbox() answers an empty rectangle past the end;
// the code point count is checked against that rather than trusted blindly.
std::uint32_t glyph_count(const poppler::text_box& word, const std::string& text) {
  std::size_t n = unicode::code_point_count(text);
  const bool last_ok = n == 0 || !is_empty_rect(word.char_bbox(n - 1));
  if (last_ok && is_empty_rect(word.char_bbox(n))) return static_cast<std::uint32_t>(n);
  // Disagreement (a code point Poppler could not convert): find the end by probing.
  const std::size_t limit = 4 * n + 8;
  std::size_t k = 0;
  while (k < limit && !is_empty_rect(word.char_bbox(k))) ++k;
  return static_cast<std::uint32_t>(k);
}

Box box_of(const poppler::rectf& r) { return Box{r.left(), r.top(), r.right(), r.bottom()}; }

bool is_blank(const std::string& s) {
  return std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isspace(c) != 0; });
}

}  // namespace

bool is_bold_font_name(std::string_view name) {
  const std::size_t plus = name.find('+');
  if (plus == 6) name.remove_prefix(7);
  std::string lower(name);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  for (std::string_view weight : {"bold", "black", "heavy", "demi", "semibd", ",bd", "-bd"})
    if (lower.find(weight) != std::string::npos) return true;
  return false;
}

Page read_page_words(const poppler::page& page, int number, std::vector<Box>& glyph_boxes) {
  Page out;
  out.number = number;
  const poppler::rectf rect = page.page_rect();
  out.width = rect.width();
  out.height = rect.height();
  std::vector<poppler::text_box> boxes = page.text_list();
  out.words.reserve(boxes.size());
  for (const poppler::text_box& tb : boxes) {
    Word w;
    w.text = to_utf8(tb.text());
    if (is_blank(w.text)) w.text.clear();  // kept (its index is its node) but never laid out
    w.box = box_of(tb.bbox());
    w.space_after = tb.has_space_after();
    w.rotated = tb.rotation() != 0;
    w.glyphs = glyph_count(tb, w.text);
    w.first_box = static_cast<std::uint32_t>(glyph_boxes.size());
    for (std::uint32_t g = 0; g < w.glyphs; ++g) glyph_boxes.push_back(box_of(tb.char_bbox(g)));
    out.words.push_back(std::move(w));
  }
  return out;
}

bool add_font_info(const poppler::page& page, Page& words) {
  std::vector<poppler::text_box> boxes = page.text_list(poppler::page::text_list_include_font);
  if (boxes.size() != words.words.size()) return false;
  for (std::size_t i = 0; i < boxes.size(); ++i) {
    const Word& w = words.words[i];
    const Box b = box_of(boxes[i].bbox());
    // Same word, same place: the two calls lay the page out identically.
    if (std::abs(b.x0 - w.box.x0) > 0.01 || std::abs(b.y0 - w.box.y0) > 0.01) return false;
    if (!w.text.empty() && to_utf8(boxes[i].text()) != w.text) return false;
  }
  for (std::size_t i = 0; i < boxes.size(); ++i) {
    Word& w = words.words[i];
    if (!boxes[i].has_font_info()) continue;
    w.font_size = static_cast<float>(boxes[i].get_font_size());
    w.bold = is_bold_font_name(boxes[i].get_font_name(0));
  }
  words.fonts_known = true;
  return true;
}

}  // namespace dhr::read::pdf
