// Poppler's page space (internal): points from the top-left corner of the page as shown
// (crop box, page rotation applied) — the space of Document::glyph_boxes. The writer
// starts every page's interpretation from this transform, so glyph positions come out
// directly comparable with the boxes the reader anchored.
#pragma once

#include "write/pdf_affine.h"
#include "write/pdf_qpdf.h"

namespace dhr::write::pdf {

struct PageSpace {
  Affine from_user;     // default user space -> Poppler's page space
  double width = 0;     // the page as shown, in points
  double height = 0;
  int rotate = 0;       // 0, 90, 180 or 270
};

// As Poppler's GfxState sets it up for text extraction at 72 dpi: the crop box (clipped
// to the media box) turned by /Rotate, y downwards.
PageSpace page_space(QPDFPageObjectHelper& page);

}  // namespace dhr::write::pdf
