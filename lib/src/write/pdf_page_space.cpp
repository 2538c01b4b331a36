#include "write/pdf_page_space.h"

#include <algorithm>

namespace dhr::write::pdf {
namespace {

QPDFObjectHandle::Rectangle normalised(QPDFObjectHandle box) {
  QPDFObjectHandle::Rectangle r = box.isRectangle() ? box.getArrayAsRectangle() : QPDFObjectHandle::Rectangle(0, 0, 612, 792);
  if (r.llx > r.urx) std::swap(r.llx, r.urx);
  if (r.lly > r.ury) std::swap(r.lly, r.ury);
  return r;
}

}  // namespace

PageSpace page_space(QPDFPageObjectHelper& page) {
  const QPDFObjectHandle::Rectangle media = normalised(page.getMediaBox());
  QPDFObjectHandle::Rectangle crop = normalised(page.getCropBox());
  // Poppler clips the crop box to the media box.
  crop.llx = std::max(crop.llx, media.llx);
  crop.lly = std::max(crop.lly, media.lly);
  crop.urx = std::min(crop.urx, media.urx);
  crop.ury = std::min(crop.ury, media.ury);
  if (crop.llx >= crop.urx || crop.lly >= crop.ury) crop = media;

  PageSpace s;
  QPDFObjectHandle rotate = page.getAttribute("/Rotate", false);
  int r = rotate.isInteger() ? static_cast<int>(rotate.getIntValue() % 360) : 0;
  if (r < 0) r += 360;
  if (r % 90 != 0) r = 0;
  s.rotate = r;
  const double x1 = crop.llx, y1 = crop.lly, x2 = crop.urx, y2 = crop.ury;
  switch (r) {
    case 90:  s.from_user = {0, 1, 1, 0, -y1, -x1}; break;
    case 180: s.from_user = {-1, 0, 0, 1, x2, -y1}; break;
    case 270: s.from_user = {0, -1, -1, 0, y2, x2}; break;
    default:  s.from_user = {1, 0, 0, -1, -x1, y2}; break;
  }
  const bool turned = r == 90 || r == 270;
  s.width = turned ? y2 - y1 : x2 - x1;
  s.height = turned ? x2 - x1 : y2 - y1;
  return s;
}

}  // namespace dhr::write::pdf
