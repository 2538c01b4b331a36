#include "read/pdf_columns.h"

#include <algorithm>
#include <cmath>

namespace dhr::read::pdf {
namespace {

// Inter-word spaces of justified text stay under ~8 pt; a gutter is wider. A row
// "crosses" x when a word comes within this many points of it.
constexpr double kPad = 4.0;
constexpr int kMinColumnRows = 6;
constexpr double kTableGap = 1.2;  // em: a gap this wide inside a line separates table cells
// The largest page the PDF format allows is 14,400 pt wide (200 inches, PDF 1.7 annex C);
// text spread wider than that comes from a damaged or hostile file, whose coordinates
// would overflow an int and size the crossing counts below by the terabyte.
constexpr double kMaxTextWidth = 14400.0;

// x rounded into [lo, hi]; NaN gives lo (converting an out-of-range double is undefined).
int clamp_to_int(double x, int lo, int hi) {
  if (!(x >= lo)) return lo;
  if (!(x <= hi)) return hi;
  return static_cast<int>(x);
}

}  // namespace

bool row_crosses(const Page& page, const Row& row, double x, double pad) {
  for (std::uint32_t i : row.words) {
    const Box& b = page.words[i].box;
    if (b.x0 - pad <= x && x <= b.x1 + pad) return true;
  }
  return false;
}

std::optional<double> find_gutter(const Page& page, const std::vector<Row>& rows) {
  if (rows.size() < static_cast<std::size_t>(kMinColumnRows)) return std::nullopt;
  double left = 1e9, right = -1e9;
  for (const Row& r : rows) {
    left = std::min(left, r.box.x0);
    right = std::max(right, r.box.x1);
  }
  const double width = right - left;
  if (!(width >= 100 && width <= kMaxTextWidth) || !(std::abs(left) <= 1e6)) return std::nullopt;

  // Rows crossing each 1-pt position of the middle half of the text area.
  const int from = static_cast<int>(std::ceil(left + 0.25 * width));
  const int to = static_cast<int>(std::floor(left + 0.75 * width));
  std::vector<int> crossing(static_cast<std::size_t>(std::max(0, to - from + 1)), 0);
  for (const Row& r : rows) {
    for (std::uint32_t i : r.words) {
      const Box& b = page.words[i].box;
      const int a = clamp_to_int(std::floor(b.x0 - kPad), from, to + 1);
      const int z = clamp_to_int(std::ceil(b.x1 + kPad), from - 1, to);
      for (int x = a; x <= z; ++x) crossing[static_cast<std::size_t>(x - from)] += 1;
    }
  }
  // Words of one row may overlap each other's padding; a row counts once per position,
  // so recount exactly at the best candidate below. Here: the position crossed least.
  if (crossing.empty()) return std::nullopt;
  std::size_t best = 0;
  for (std::size_t k = 1; k < crossing.size(); ++k)
    if (crossing[k] < crossing[best]) best = k;
  // Centre the gutter in the run of equally uncrossed positions.
  std::size_t run_end = best;
  while (run_end + 1 < crossing.size() && crossing[run_end + 1] == crossing[best]) ++run_end;
  const double x = from + static_cast<double>(best + run_end) / 2.0;

  int crossed = 0, left_rows = 0, right_rows = 0, both = 0, left_gapped = 0;
  std::vector<double> left_ends;  // right edge of each row's part left of the gutter
  for (const Row& r : rows) {
    if (row_crosses(page, r, x, kPad)) {
      ++crossed;
      continue;
    }
    double left_end = -1;
    bool has_right = false;
    const Word* previous = nullptr;
    bool gapped = false;
    for (std::uint32_t i : r.words) {
      const Word& w = page.words[i];
      const Box& b = w.box;
      if (b.x1 < x) {
        left_end = std::max(left_end, b.x1);
        // Skip the gap after a leading number or bullet ("1.<tab>Anytown Police").
        if (previous != nullptr && previous != &page.words[r.words.front()] &&
            b.x0 - previous->box.x1 >= kTableGap * w.height())
          gapped = true;
        previous = &w;
      } else {
        has_right = true;
      }
    }
    if (gapped) ++left_gapped;
    if (left_end >= 0) {
      ++left_rows;
      left_ends.push_back(left_end);
    }
    if (has_right) ++right_rows;
    if (left_end >= 0 && has_right) ++both;
  }
  const int total = static_cast<int>(rows.size());
  const int column_rows = total - crossed;
  if (column_rows < kMinColumnRows || column_rows * 10 < total * 6) return std::nullopt;
  if (both < 3 || left_rows < 3 || right_rows < 3) return std::nullopt;
  // A table's left columns ("Date   Agency | Event") show wide gaps inside the left
  // half; a text column does not.
  if (left_gapped * 5 > left_rows) return std::nullopt;
  // Text columns fill their width: most left-column lines end near the gutter.
  std::sort(left_ends.begin(), left_ends.end());
  const double median_end = left_ends[left_ends.size() / 2];
  if (median_end < x - 0.25 * (x - left)) return std::nullopt;
  return x;
}

}  // namespace dhr::read::pdf
