// Two-column pages (internal): finding the vertical gutter between columns.
//
// A gutter is an x position, in the middle half of the text area, that most rows of the
// page do not cross (no word within a few points of it), with text to its left and to
// its right on many rows, and left-column lines that reach close to it and hold no
// table-like gaps (so that a page holding a table is not read column by column).
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "read/pdf_layout.h"

namespace dhr::read::pdf {

// The words of one visual line across the whole page width, left to right.
struct Row {
  std::vector<std::uint32_t> words;
  Box box;
};

// The gutter's x, or nothing when the page reads as one column.
std::optional<double> find_gutter(const Page& page, const std::vector<Row>& rows);

// Whether a word of `row` comes within `pad` points of x.
bool row_crosses(const Page& page, const Row& row, double x, double pad);

}  // namespace dhr::read::pdf
