#include "read/pdf_block_text.h"

#include <algorithm>
#include <string_view>

#include "read/pdf_footnotes.h"

namespace dhr::read::pdf {
namespace {

bool is_ascii_letter(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }

// Byte length of the hyphen ending s (U+002D, U+00AD soft hyphen, U+2010), or 0.
std::size_t trailing_hyphen(std::string_view s) {
  if (s.ends_with('-')) return 1;
  if (s.ends_with("\xC2\xAD")) return 2;
  if (s.ends_with("\xE2\x80\x90")) return 3;
  return 0;
}

// Prefixes written with a hyphen in British usage: a line break after them keeps it.
bool keeps_hyphen(std::string_view stem, std::string_view next) {
  std::string lower;
  // The stem's last word part: "inter-agency" split as "inter-" / "agency".
  const std::size_t dash = stem.rfind('-');
  if (dash != std::string_view::npos) stem.remove_prefix(dash + 1);
  for (char c : stem) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  if (next.starts_with("agenc")) return true;  // multi-, inter-, single-, cross-agency
  static constexpr std::string_view kPrefixes[] = {"multi", "non", "self", "cross", "co", "ex", "anti", "semi", "well"};
  for (std::string_view p : kPrefixes)
    if (lower == p) return !(p == "multi" && next.starts_with("pl"));  // mul-ti-ple
  return false;
}

}  // namespace

LineJoin join_lines(const std::string& last, const std::string& next) {
  const std::size_t h = trailing_hyphen(last);
  if (h == 0 || last.size() <= h || next.empty()) return LineJoin::space;
  const unsigned char before = static_cast<unsigned char>(last[last.size() - h - 1]);
  const unsigned char first = static_cast<unsigned char>(next[0]);
  const bool digits = before >= '0' && before <= '9' && first >= '0' && first <= '9';
  if (digits) return LineJoin::glue;                                       // "2021-" / "2022"
  if (!is_ascii_letter(before) && before < 0x80) return LineJoin::space;  // "2 -", "– -"
  if (is_lower(first)) {
    const std::string_view stem = std::string_view(last).substr(0, last.size() - h);
    return keeps_hyphen(stem, next) ? LineJoin::glue : LineJoin::drop_hyphen;
  }
  if (is_ascii_letter(first) || (first >= '0' && first <= '9') || first >= 0x80) return LineJoin::glue;
  return LineJoin::space;
}

void LineWriter::write(const Pending& p, bool drop_last_char) {
  const Word& w = p.page->words[p.word];
  std::string_view text = std::string_view(w.text).substr(p.skip_bytes);
  std::uint32_t glyphs = w.glyphs > p.skip_glyphs ? w.glyphs - p.skip_glyphs : 0;
  if (drop_last_char) {
    text.remove_suffix(trailing_hyphen(text));
    if (glyphs > 0) --glyphs;  // the hyphen glyph stays uncovered
  }
  b_.append(text, SourceKind::pdf_glyphs, static_cast<std::uint32_t>(p.page->number), p.word, p.skip_glyphs, glyphs,
            w.first_box + p.skip_glyphs);
}

void LineWriter::write_between(const Page& page, const Line& line, std::uint32_t a, std::uint32_t b) {
  const Word& wa = page.words[a];
  const Word& wb = page.words[b];
  const double gap = wb.box.x0 - wa.box.x1;
  // Overlapping words come from different layers (a form field's text over a label).
  if (wa.space_after || gap > 0.2 * line.size || gap < -1.0) b_.append_synthetic(" ");
}

void LineWriter::append_words(const Page& page, const Line& line, std::size_t from, std::size_t to,
                              std::size_t skip_bytes, std::uint32_t skip_glyphs) {
  to = std::min(to, line.words.size());
  if (from >= to) return;
  const std::uint32_t first = line.words[from];
  if (pending_.page != nullptr) {
    const Word& last = pending_.page->words[pending_.word];
    const std::string next = page.words[first].text.substr(skip_bytes);
    const LineJoin join = join_lines(last.text, next);
    write(pending_, join == LineJoin::drop_hyphen);
    if (join == LineJoin::space) b_.append_synthetic(" ");
    pending_ = {};
  } else if (wrote_line_) {
    b_.append_synthetic(" ");  // the previous line ended with a note mark
  }
  wrote_line_ = true;
  for (std::size_t k = from; k < to; ++k) {
    const std::uint32_t w = line.words[k];
    const Word& word = page.words[w];
    if (k > from) write_between(page, line, line.words[k - 1], w);
    const Pending p{&page, w, k == from ? skip_bytes : 0, k == from ? skip_glyphs : 0};
    const bool mark = word.raised && is_note_mark(word.text) && k > from;
    if (mark) {
      b_.append_synthetic("[");
      write(p, false);
      b_.append_synthetic("]");
    } else if (k + 1 == to) {
      pending_ = p;  // may lose its hyphen once the next line is known
    } else {
      write(p, false);
    }
  }
}

void LineWriter::flush() {
  if (pending_.page != nullptr) write(pending_, false);
  pending_ = {};
  wrote_line_ = false;
}

}  // namespace dhr::read::pdf
