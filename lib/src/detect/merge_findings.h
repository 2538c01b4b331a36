// Turning the raw findings of all detectors into the final list (internal).
#pragma once

#include <vector>

#include "detect/allow_list.h"
#include "dhr/finding.h"

namespace dhr::detect {

// Drops findings that lie inside allowed text, and findings wholly contained in a more
// specific one (a residual name inside a case-subject mention, a postcode inside an
// address); sorts the rest by block and offset. Partly overlapping findings are both
// kept: each may hold something the other does not.
std::vector<Finding> merge_findings(std::vector<Finding> raw, const AllowList& allow);

// How specific a finding is: higher wins when one contains another.
int specificity(const Finding& f);

}  // namespace dhr::detect
