// Writing PDF words into a block (internal): the text with exact glyph anchors.
//
// Each word becomes one pdf_glyphs anchor (page, word index, glyph range, first glyph
// box). Between words of a line a space is added where Poppler saw one (or where the gap
// is wide); between lines, a space — except at an end-of-line hyphen: before a
// lower-case continuation the hyphen is dropped from the text (its glyph is then simply
// not covered by the anchor) unless the first part is a prefix that keeps its hyphen
// ("multi-agency", "co-operate"); before a capital or a digit the hyphen stays and the
// parts are joined ("Hughes-Mbeki", "2021-2022"). Raised note marks are written in
// brackets ("Okafor.[1]") so that a reference never fuses with the word before it.
#pragma once

#include <cstdint>
#include <string>

#include "read/block_builder.h"
#include "read/pdf_layout.h"

namespace dhr::read::pdf {

class LineWriter {
 public:
  explicit LineWriter(BlockBuilder& builder) : b_(builder) {}

  // Appends the words of `line` from index `from`, the first of them without its first
  // `skip_bytes` bytes / `skip_glyphs` glyphs (a bullet glued to it).
  void append_line(const Page& page, const Line& line, std::size_t from, std::size_t skip_bytes = 0,
                   std::uint32_t skip_glyphs = 0) {
    append_words(page, line, from, line.words.size(), skip_bytes, skip_glyphs);
  }

  // The same for the words [from, to) of the line (one table cell's piece of it).
  void append_words(const Page& page, const Line& line, std::size_t from, std::size_t to, std::size_t skip_bytes = 0,
                    std::uint32_t skip_glyphs = 0);

  // Writes the word held back at the end of the last line. Call before finish().
  void flush();

 private:
  struct Pending {
    const Page* page = nullptr;
    std::uint32_t word = 0;
    std::size_t skip_bytes = 0;
    std::uint32_t skip_glyphs = 0;
  };
  void write(const Pending& w, bool drop_last_char);
  void write_between(const Page& page, const Line& line, std::uint32_t a, std::uint32_t b);

  BlockBuilder& b_;
  Pending pending_;  // the last word of the previous line, until the next line is seen
  bool wrote_line_ = false;
};

// How a line ending in `last` joins a line starting with `next`.
enum class LineJoin { space, glue, drop_hyphen };
LineJoin join_lines(const std::string& last, const std::string& next);

}  // namespace dhr::read::pdf
