// Page layout (internal): words into lines, lines into reading order.
//
// Words whose vertical extents overlap by half the smaller height share a row (a
// superscript sits inside its line's extent, so it joins it). Rows are sorted top to
// bottom and their words left to right. On a two-column page (see pdf_columns.h) the
// rows that do not cross the gutter form a band whose left halves are read before its
// right halves; rows crossing the gutter (a title, a full-width paragraph) are bands of
// their own, so a heading above the columns and a paragraph below them stay in place.
#pragma once

#include "read/pdf_layout.h"

namespace dhr::read::pdf {

// Fills page.lines in reading order and marks raised (superscript) words.
void layout_lines(Page& page);

// The line's text as Poppler spells it, words joined by single spaces (for tests and
// for the running-header comparison; blocks are built from the words themselves).
std::string line_text(const Page& page, const Line& line);

}  // namespace dhr::read::pdf
