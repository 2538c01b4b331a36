// What a PDF line starts with (internal): a paragraph number ("1.2", "3.21.", "2."), a
// list label ("a)", "(ii)", "iv."), a bare number ("1" before a heading), a bullet, or
// text. Whether a candidate number really is one depends on its neighbours (a line may
// begin "2004." in the middle of a sentence); pdf_paragraphs.cpp makes that call.
#pragma once

#include <cstdint>
#include <string>

#include "read/pdf_layout.h"

namespace dhr::read::pdf {

enum class LabelKind : std::uint8_t {
  none,
  decimal,  // 1.2, 3.21., 2.
  bare,     // 12 (only a number with a wide gap after it, or before a heading)
  letter,   // a)  (b)  A.
  roman,    // iv.  (ii)  iii)
  bullet,   // •   - o and the Symbol/Wingdings private-use bullets
};

struct LineStart {
  LabelKind kind = LabelKind::none;
  std::string label;            // the number as printed ("1.2", "a)"); empty for bullets
  std::size_t first_text = 0;   // index in Line::words of the first word of text
  std::size_t skip_bytes = 0;   // bytes / glyphs of that word before the text (a bullet
  std::uint32_t skip_glyphs = 0;  // glued to the word, "•Natasha")
  bool hanging = false;         // a tab-like gap follows the label (number in the margin)
  bool label_only = false;      // the line holds only the label (seed 001's pattern)

  bool has_label() const { return kind != LabelKind::none; }
};

LineStart classify_line_start(const Page& page, const Line& line);

// The number of parts of a decimal paragraph number: "3" and "3." are 1, "3.1" is 2.
int number_depth(const std::string& label);

// The parts of a decimal number before its last one ("3.1.2" -> "3.1", "3." -> "").
std::string number_prefix(const std::string& label);

// Whether a label is decimal ("1", "1.2", "2.").
bool is_decimal_label(const std::string& label);

}  // namespace dhr::read::pdf
