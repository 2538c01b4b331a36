#include "write/pdf_fonts.h"

#include <algorithm>
#include <cmath>
#include <string_view>

#include "write/pdf_standard_font.h"

namespace dhr::write::pdf {
namespace {

constexpr std::uint32_t kMaxCid = 0xFFFF;

std::string name_of(QPDFObjectHandle o) { return o.isName() ? o.getName() : std::string(); }

bool number(QPDFObjectHandle o, double& out) {
  if (!o.isNumber()) return false;
  out = o.getNumericValue();
  return std::isfinite(out);
}

// "ABCDEF+Helvetica-Oblique" -> "Helvetica-Oblique".
std::string base_name(QPDFObjectHandle font) {
  std::string n = name_of(font.getKey("/BaseFont"));
  if (!n.empty() && n[0] == '/') n.erase(0, 1);
  if (n.size() > 7 && n[6] == '+') n.erase(0, 7);
  return n;
}

FontGeometry unknown(std::string why) {
  FontGeometry g;
  g.why = std::move(why);
  return g;
}

// The standard faces a simple font may name without giving widths.
bool standard_widths(const std::string& base, FontGeometry& g) {
  g.widths.assign(256, 0);
  if (base == "Helvetica" || base == "Helvetica-Oblique" || base == "Arial" || base == "Arial-Italic" ||
      base == "Arial,Italic" || base == "ArialMT") {
    for (unsigned code = 0; code < 256; ++code) g.widths[code] = static_cast<float>(helvetica_width(static_cast<unsigned char>(code)));
    return true;
  }
  if (base.compare(0, 7, "Courier") == 0) {  // not starts_with: built as C++17 by clang 14 (lib/CMakeLists.txt)
    std::fill(g.widths.begin(), g.widths.end(), 600.0f);
    return true;
  }
  return false;
}

FontGeometry simple_font(QPDFObjectHandle font, const std::string& subtype) {
  FontGeometry g;
  g.code_bytes = 1;
  if (subtype == "/Type3") {
    QPDFObjectHandle m = font.getKey("/FontMatrix");
    double a = 0, b = 0, c = 0;
    if (!m.isArray() || m.getArrayNItems() != 6 || !number(m.getArrayItem(0), a) || !number(m.getArrayItem(1), b) ||
        !number(m.getArrayItem(2), c) || a == 0)
      return unknown("a Type3 font without a usable FontMatrix");
    if (std::abs(b) > 1e-9 || std::abs(c) > 1e-9) return unknown("a Type3 font with a rotated FontMatrix");
    g.scale = a;
  }
  double missing = 0;
  QPDFObjectHandle descriptor = font.getKey("/FontDescriptor");
  if (descriptor.isDictionary()) number(descriptor.getKey("/MissingWidth"), missing);
  QPDFObjectHandle widths = font.getKey("/Widths");
  if (!widths.isArray()) {
    if (subtype != "/Type3" && standard_widths(base_name(font), g)) {
      g.known = true;
      return g;
    }
    return unknown("a font without widths");
  }
  double first = 0;
  if (!number(font.getKey("/FirstChar"), first) || first < 0 || first > 255) first = 0;
  g.widths.assign(256, static_cast<float>(missing));
  const int n = widths.getArrayNItems();
  for (int i = 0; i < n && first + i < 256; ++i) {
    double w = 0;
    if (number(widths.getArrayItem(i), w)) g.widths[static_cast<std::size_t>(first) + static_cast<std::size_t>(i)] = static_cast<float>(w);
  }
  g.default_width = static_cast<float>(missing);
  g.known = true;
  return g;
}

// /W: [c [w1 w2 ...]] gives widths from c on; [first last w] gives one width to a range.
void read_cid_widths(QPDFObjectHandle w, FontGeometry& g) {
  if (!w.isArray()) return;
  const int n = w.getArrayNItems();
  auto set = [&g](double cid, double width) {
    if (cid < 0 || cid > kMaxCid) return;
    const auto c = static_cast<std::size_t>(cid);
    if (g.widths.size() <= c) g.widths.resize(c + 1, g.default_width);
    g.widths[c] = static_cast<float>(width);
  };
  for (int i = 0; i < n;) {
    double first = 0;
    if (!number(w.getArrayItem(i), first)) return;
    QPDFObjectHandle next = w.getArrayItem(i + 1);
    if (next.isArray()) {
      const int m = std::min(next.getArrayNItems(), static_cast<int>(kMaxCid) + 1);
      for (int k = 0; k < m; ++k) {
        double width = 0;
        if (number(next.getArrayItem(k), width)) set(first + k, width);
      }
      i += 2;
      continue;
    }
    double last = 0;
    double width = 0;
    if (!number(next, last) || !number(w.getArrayItem(i + 2), width)) return;
    if (last - first > kMaxCid) return;  // a hostile range: stop, keeping what was read
    for (double c = first; c <= last; ++c) set(c, width);
    i += 3;
  }
}

FontGeometry composite_font(QPDFObjectHandle font) {
  const std::string encoding = name_of(font.getKey("/Encoding"));
  if (encoding == "/Identity-V") return unknown("a font set vertically");
  if (encoding != "/Identity-H") return unknown("a composite font with a CMap other than Identity-H");
  QPDFObjectHandle descendants = font.getKey("/DescendantFonts");
  QPDFObjectHandle cid = descendants.isArray() && descendants.getArrayNItems() > 0 ? descendants.getArrayItem(0) : QPDFObjectHandle();
  if (!cid.isDictionary()) return unknown("a composite font without its descendant font");
  FontGeometry g;
  g.code_bytes = 2;
  double dw = 1000;
  number(cid.getKey("/DW"), dw);
  g.default_width = static_cast<float>(dw);
  read_cid_widths(cid.getKey("/W"), g);
  g.known = true;
  return g;
}

}  // namespace

FontGeometry font_geometry(QPDFObjectHandle font) {
  if (!font.isDictionary()) return unknown("a font that is not a dictionary");
  const std::string subtype = name_of(font.getKey("/Subtype"));
  if (subtype == "/Type0") return composite_font(font);
  if (subtype == "/Type1" || subtype == "/MMType1" || subtype == "/TrueType" || subtype == "/Type3")
    return simple_font(font, subtype);
  return unknown("a font of an unknown type");
}

const FontGeometry& FontCache::get(QPDFObjectHandle font) {
  if (font.isIndirect()) {
    const QPDFObjGen id = font.getObjGen();
    auto it = indirect_.find(id);
    if (it == indirect_.end()) it = indirect_.emplace(id, font_geometry(font)).first;
    return it->second;
  }
  direct_.push_back(std::make_unique<FontGeometry>(font_geometry(font)));
  return *direct_.back();
}

}  // namespace dhr::write::pdf
