#include "read/pdf_body_style.h"

#include <cmath>
#include <map>

namespace dhr::read::pdf {

bool same_size(double a, double b) { return std::abs(a - b) <= 0.08 * std::max(a, b); }

BodyStyle measure_body(const std::vector<Page>& pages) {
  // Sizes in quarter points, weighted by glyphs.
  std::map<long, double> glyphs_by_size;
  for (const Page& page : pages)
    for (const Line& line : page.lines) {
      if (line.role != LineRole::body) continue;
      double glyphs = 0;
      for (std::uint32_t i : line.words) glyphs += page.words[i].glyphs;
      glyphs_by_size[std::lround(line.size * 4)] += glyphs;
    }
  BodyStyle style;
  double best = -1;
  for (const auto& [quarter, glyphs] : glyphs_by_size)
    if (glyphs > best) {
      best = glyphs;
      style.size = quarter / 4.0;
    }
  if (style.size <= 0) style.size = 10;

  // Pitch between consecutive body-size lines of one column, in hundredths of the size.
  std::map<long, int> pitches;
  for (const Page& page : pages)
    for (std::size_t i = 1; i < page.lines.size(); ++i) {
      const Line& a = page.lines[i - 1];
      const Line& b = page.lines[i];
      if (a.role != LineRole::body || b.role != LineRole::body || a.band != b.band || a.column != b.column) continue;
      if (!same_size(a.size, style.size) || !same_size(b.size, style.size)) continue;
      const double ratio = (b.box.y0 - a.box.y0) / style.size;
      if (ratio > 0.8 && ratio < 2.5) ++pitches[std::lround(ratio * 50)];
    }
  // The smallest common pitch is the line pitch; paragraph gaps come on top of it.
  int most = 0;
  for (const auto& [p, n] : pitches) most = std::max(most, n);
  for (const auto& [p, n] : pitches)
    if (n * 3 >= most) {
      style.pitch = p / 50.0;
      break;
    }
  return style;
}

}  // namespace dhr::read::pdf
