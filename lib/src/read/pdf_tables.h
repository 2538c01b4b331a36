// Tables (internal): rows of text with wide gaps at the same x positions.
//
// Without ruling lines (Poppler's text API does not see them) a table shows only as
// lines split by gaps much wider than a space (>= 1.2 em), whose pieces start at the
// same few x positions on several lines. A region of such lines, with the lines between
// them that fit inside one column (a cell's second line), is a table when at least two
// of its lines are gapped and at least two columns are each used by two lines or more.
// Rows: where the lines' vertical steps vary (cell padding), a wider step starts a row;
// where they do not, a gapped line starts one and a line in one piece continues a cell
// of the row above. Lines above the first gapped line join its row. Tables become
// table_cell blocks, so that the words of neighbouring cells are never read as one phrase.
#pragma once

#include "read/pdf_layout.h"

namespace dhr::read::pdf {

// Sets Line::table, table_row and cells for the table lines among the page's body lines.
void mark_tables(Page& page, const BodyStyle& body);

}  // namespace dhr::read::pdf
