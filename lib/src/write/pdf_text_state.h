// The graphics and text state a content-stream interpreter tracks to place glyphs
// (internal), as the PDF specification defines them (ISO 32000-1, 9.3 and 9.4).
#pragma once

#include <string>

#include "write/pdf_affine.h"
#include "write/pdf_fonts.h"

namespace dhr::write::pdf {

// Text state parameters: part of the graphics state, saved and restored by q/Q.
struct TextParams {
  double char_spacing = 0;   // Tc
  double word_spacing = 0;   // Tw
  double scaling = 1;        // Tz / 100
  double leading = 0;        // TL
  double rise = 0;           // Ts
  int render = 0;            // Tr
  double size = 0;           // the size given with Tf
  std::string font_name;     // the resource name given with Tf ("/F1"); empty when set by gs
  const FontGeometry* font = nullptr;  // null until a font is set (or when it is missing)
};

struct GraphicsState {
  Affine ctm;  // user space to Poppler's page space (see pdf_page_space.h)
  TextParams text;
};

// The text object's matrices (BT .. ET). The line matrix moves with Td, TD, T*, Tm;
// showing text moves only the text matrix, by `advance` along the line's x axis, so the
// text matrix is always the line matrix translated by `advance`.
struct TextObject {
  Affine line;
  double advance = 0;

  Affine matrix() const { return Affine::translate(advance, 0).then(line); }
  void set_line(const Affine& m) {
    line = m;
    advance = 0;
  }
};

}  // namespace dhr::write::pdf
