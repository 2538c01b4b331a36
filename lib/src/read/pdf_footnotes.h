// Footnotes and endnotes (internal).
//
// A footnote area is the run of small lines (clearly below body size) at the bottom of a
// page's text, starting with a line whose first word is a note mark ("1", "iv", "*")
// that also occurs in the document as a raised reference mark. The same test finds
// endnotes on a page of their own. Lines above the first marked line (a separator, a
// caption in small print) are left in the flow. Where notes are set at body size (some
// templates do), the notes start at a line that starts a block low on the page (after a
// wide gap if it is in the upper half) with a mark raised on the same page.
#pragma once

#include <string>
#include <vector>

#include "read/pdf_layout.h"

namespace dhr::read::pdf {

// Sets LineRole::footnote on footnote lines.
void mark_footnotes(std::vector<Page>& pages, const BodyStyle& body);

// Whether a word reads as a note mark: 1-3 digits, a short lower-case roman numeral,
// or *, †, ‡, §.
bool is_note_mark(const std::string& text);

}  // namespace dhr::read::pdf
