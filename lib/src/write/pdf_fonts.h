// What the content-stream rewriter must know about a font to place its glyphs
// (internal): how many bytes make one character code, and how far each code advances.
//
// Understood: simple fonts (Type1, MMType1, TrueType, Type3) with /Widths, or one of the
// standard Helvetica and Courier faces without; composite (Type0) fonts with Identity-H
// encoding and /W, /DW widths. Anything else — other CMaps, vertical writing, a simple
// font without widths — is `known == false`, and a page that shows text in such a font
// is never edited glyph by glyph (the writer re-renders it instead).
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "write/pdf_qpdf.h"

namespace dhr::write::pdf {

struct FontGeometry {
  bool known = false;
  std::string why;            // when unknown: a short reason for the report (no document text)
  int code_bytes = 1;         // 1 for simple fonts, 2 for Identity-H
  double scale = 0.001;       // glyph space to text space (FontMatrix a; 1/1000 for all but Type3)
  std::vector<float> widths;  // by code, in glyph space
  float default_width = 0;    // for codes past `widths`

  double width(std::uint32_t code) const { return code < widths.size() ? widths[code] : default_width; }
};

// Reads the geometry of a font dictionary.
FontGeometry font_geometry(QPDFObjectHandle font);

// Font geometries by object, read once per document.
class FontCache {
 public:
  const FontGeometry& get(QPDFObjectHandle font);

 private:
  std::map<QPDFObjGen, FontGeometry> indirect_;
  std::vector<std::unique_ptr<FontGeometry>> direct_;  // fonts written inline in a resource dictionary
};

}  // namespace dhr::write::pdf
