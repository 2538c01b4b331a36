// The document's body text style (internal): the yardstick for everything relative —
// a heading is bigger than body text, a footnote smaller, a paragraph gap wider than the
// body's line pitch.
#pragma once

#include <vector>

#include "read/pdf_layout.h"

namespace dhr::read::pdf {

// The size (Poppler word-box height) covering most glyphs of body lines, and the most
// common pitch between consecutive lines of that size, as a multiple of the size.
BodyStyle measure_body(const std::vector<Page>& pages);

// Whether two sizes are the same for layout purposes (within 8%).
bool same_size(double a, double b);

}  // namespace dhr::read::pdf
