#include "write/pdf_glyph_hits.h"

#include <algorithm>

namespace dhr::write::pdf {
namespace {

// Poppler rounds nothing, but content streams and Poppler may compute the same position
// through different sums: a hundredth of a point is far below any glyph's size.
constexpr double kSlack = 0.01;

bool holds(const Box& b, double x, double y) {
  return x >= b.x0 - kSlack && x <= b.x1 + kSlack && y >= b.y0 - kSlack && y <= b.y1 + kSlack;
}

}  // namespace

GlyphHits::GlyphHits(const std::vector<Segment>& segments) : segments_(segments) {
  covered_.resize(segments.size());
  for (std::size_t s = 0; s < segments.size(); ++s) {
    covered_[s].assign(segments[s].boxes.size(), 0);
    for (std::size_t k = 0; k < segments[s].boxes.size(); ++k)
      entries_.push_back({segments[s].boxes[k], static_cast<int>(s), static_cast<int>(k), false});
    for (std::size_t k = 0; k < segments[s].tail.size(); ++k)
      entries_.push_back({segments[s].tail[k], static_cast<int>(s), static_cast<int>(k), true});
  }
  std::sort(entries_.begin(), entries_.end(), [](const Entry& a, const Entry& b) { return a.box.y0 < b.box.y0; });
  for (const Entry& e : entries_) max_height_ = std::max(max_height_, e.box.y1 - e.box.y0);
}

Hit GlyphHits::at(double x, double y) const {
  // Entries whose y0 lies in [y - max_height, y] are the only ones that can hold y.
  auto it = std::lower_bound(entries_.begin(), entries_.end(), y - max_height_ - kSlack,
                             [](const Entry& e, double v) { return e.box.y0 < v; });
  Hit tail;
  for (; it != entries_.end() && it->box.y0 <= y + kSlack; ++it) {
    if (!holds(it->box, x, y)) continue;
    if (!it->tail) return Hit{it->segment, it->index, false};
    if (tail.segment < 0) tail = Hit{it->segment, it->index, true};
  }
  return tail;
}

void GlyphHits::cover(int segment, double x0, double x1, double y) {
  if (x1 < x0) std::swap(x0, x1);
  const Segment& s = segments_[static_cast<std::size_t>(segment)];
  for (std::size_t k = 0; k < s.boxes.size(); ++k) {
    const Box& b = s.boxes[k];
    const double mid = (b.x0 + b.x1) / 2;
    if (mid >= x0 - kSlack && mid <= x1 + kSlack && y >= b.y0 - kSlack && y <= b.y1 + kSlack)
      covered_[static_cast<std::size_t>(segment)][k] = 1;
  }
}

std::size_t GlyphHits::uncovered() const {
  std::size_t n = 0;
  for (const auto& seg : covered_) n += static_cast<std::size_t>(std::count(seg.begin(), seg.end(), 0));
  return n;
}

bool GlyphHits::all_covered() const { return uncovered() == 0; }

}  // namespace dhr::write::pdf
