#include "detect/merge_findings.h"

#include <algorithm>

namespace dhr::detect {

int specificity(const Finding& f) {
  if (f.category == Category::person) return f.subject.empty() && f.candidates.empty() ? 40 : 100;
  switch (f.category) {
    case Category::address: return 90;
    case Category::dob: return 85;
    case Category::date_of_death: return 85;
    case Category::email: return 80;
    case Category::handle: return 78;
    case Category::url: return 75;
    case Category::nhs_number:
    case Category::ni_number:
    case Category::phone:
    case Category::vehicle:
    case Category::postcode: return 70;
    case Category::school:
    case Category::employer:
    case Category::pub: return 60;
    case Category::age: return 50;
    case Category::place: return 10;
    case Category::person: break;
  }
  return 0;
}

std::vector<Finding> merge_findings(std::vector<Finding> raw, const AllowList& allow) {
  std::erase_if(raw, [&](const Finding& f) { return f.end <= f.begin || allow.covers(f.block, f.begin, f.end, f.category); });
  // Per block, most specific first, so a contained finding meets its container before
  // it is kept; containment is only checked within a block. The order is of indexes:
  // only the findings kept are moved (each holds several strings).
  std::vector<std::uint32_t> order(raw.size());
  for (std::size_t k = 0; k < order.size(); ++k) order[k] = static_cast<std::uint32_t>(k);
  std::stable_sort(order.begin(), order.end(), [&](std::uint32_t x, std::uint32_t y) {
    const Finding& a = raw[x];
    const Finding& b = raw[y];
    if (a.block != b.block) return a.block < b.block;
    if (specificity(a) != specificity(b)) return specificity(a) > specificity(b);
    return a.confidence > b.confidence;
  });
  std::vector<Finding> kept;
  kept.reserve(raw.size());
  for (std::size_t first = 0; first < order.size();) {
    std::size_t last = first;
    while (last < order.size() && raw[order[last]].block == raw[order[first]].block) ++last;
    // A finding is contained when a kept one of its block starts at or before it and
    // ends at or after it: the furthest end among kept findings starting at or before
    // its begin answers that (a Fenwick tree of maxima over the block's begins), so a
    // block with many findings costs n log n, not n squared.
    std::vector<std::uint32_t> begins;
    begins.reserve(last - first);
    for (std::size_t k = first; k < last; ++k) begins.push_back(raw[order[k]].begin);
    std::sort(begins.begin(), begins.end());
    begins.erase(std::unique(begins.begin(), begins.end()), begins.end());
    std::vector<std::uint32_t> reach(begins.size() + 1, 0);  // 1-based Fenwick tree
    for (std::size_t k = first; k < last; ++k) {
      Finding& f = raw[order[k]];
      const auto at = static_cast<std::size_t>(std::upper_bound(begins.begin(), begins.end(), f.begin) - begins.begin());
      std::uint32_t furthest = 0;
      for (std::size_t i = at; i > 0; i -= i & (~i + 1)) furthest = std::max(furthest, reach[i]);
      if (furthest >= f.end) continue;  // ends are past begins, so 0 never contains
      for (std::size_t i = at; i < reach.size(); i += i & (~i + 1)) reach[i] = std::max(reach[i], f.end);
      kept.push_back(std::move(f));
    }
    first = last;
  }
  std::sort(kept.begin(), kept.end(), [](const Finding& a, const Finding& b) {
    if (a.block != b.block) return a.block < b.block;
    if (a.begin != b.begin) return a.begin < b.begin;
    return a.end > b.end;
  });
  return kept;
}

}  // namespace dhr::detect
