// Body lines as the paragraph rules see them (internal): where a line's text starts
// after its number or bullet, its first and last words, whether it is bold or in
// capitals, and the small tests on line ends the rules are made of.
#pragma once

#include <algorithm>
#include <cstddef>
#include <string_view>
#include <vector>

#include "read/pdf_layout.h"
#include "read/pdf_line_start.h"

namespace dhr::read::pdf {

// A body line with what the paragraph rules need to know about it.
struct FlowLine {
  std::size_t page_index = 0;
  const Page* page = nullptr;
  const Line* line = nullptr;
  LineStart start;
  double left = 0;       // x of the first word of text (after a label)
  double col_left = 0;   // the column this line sits in
  double col_right = 0;
  int words = 0;         // words of text
  bool bold = false;     // every word of text bold (fonts known)
  bool caps = false;     // a short line in capitals
  std::string_view first;  // first word of text (points into the page's words)
  double first_width = 0;  // its width
  std::string_view last;   // last word

  double size() const { return line->size; }
  double right() const { return line->box.x1; }
  // Ends clearly before the column's right edge: the last line of a paragraph, a title.
  bool is_short() const { return right() < col_right - std::max(2.0 * size(), 0.1 * (col_right - col_left)); }
};

// The body lines of all pages in reading order (tables included, furniture left out).
std::vector<FlowLine> flow_lines(const std::vector<Page>& pages);

// Fills the fields that depend on where the text starts (after an accepted label).
void describe_text(FlowLine& f);

// Same page, band and column.
bool same_flow(const FlowLine& a, const FlowLine& b);

// Whether `prev` was broken on purpose: the first word of `cur` would have fitted after
// it. A line that wraps only does so when the next word does not fit.
bool ended_early(const FlowLine& prev, const FlowLine& cur);

// A last word that needs a continuation ("to", "and", a comma): a lead-in, not a title.
bool ends_dangling(std::string_view word);

// Whether a word ends a sentence (".", "?", ":", a closing quote), titles such as
// "Mr." excepted.
bool ends_sentence(std::string_view word);

bool is_upper(unsigned char c);
bool is_lower(unsigned char c);
bool starts_lower(std::string_view s);

}  // namespace dhr::read::pdf
