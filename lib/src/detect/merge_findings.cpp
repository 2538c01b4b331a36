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
  std::erase_if(raw, [&](const Finding& f) { return f.end <= f.begin || allow.covers(f.block, f.begin, f.end); });
  // Per block, most specific first, so a contained finding meets its container before
  // it is kept; containment is only checked within a block.
  std::stable_sort(raw.begin(), raw.end(), [](const Finding& a, const Finding& b) {
    if (a.block != b.block) return a.block < b.block;
    if (specificity(a) != specificity(b)) return specificity(a) > specificity(b);
    return a.confidence > b.confidence;
  });
  std::vector<Finding> kept;
  kept.reserve(raw.size());
  std::size_t block_start = 0;  // index in kept of the first finding of the current block
  for (Finding& f : raw) {
    if (kept.empty() || kept.back().block != f.block) block_start = kept.size();
    const bool contained = std::any_of(kept.begin() + static_cast<std::ptrdiff_t>(block_start), kept.end(),
                                       [&](const Finding& k) { return k.begin <= f.begin && f.end <= k.end; });
    if (!contained) kept.push_back(std::move(f));
  }
  std::sort(kept.begin(), kept.end(), [](const Finding& a, const Finding& b) {
    if (a.block != b.block) return a.block < b.block;
    if (a.begin != b.begin) return a.begin < b.begin;
    return a.end > b.end;
  });
  return kept;
}

}  // namespace dhr::detect
