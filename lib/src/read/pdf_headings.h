// Heading levels (internal).
//
// A numbered heading's level is the depth of its number ("3" -> 1, "3.1" -> 2). An
// unnumbered one takes its level from the paragraph numbers around it: if the next
// number starts a new section ("2.1" after "1.5") the heading opens that section (level
// 1 here); if it continues the current one ("1.4" after "1.3") it is a subheading
// (level 2). Only where there are no numbers nearby does the size decide: one level per
// distinct heading size bigger than its own.
#pragma once

#include <optional>
#include <vector>

#include "dhr/document.h"

namespace dhr::read::pdf {

struct HeadingStyle {
  double size = 0;
  bool bold = false;
  bool caps = false;
};

// Sets Block::level of every heading in `blocks`; styles[i] is set for headings.
void assign_heading_levels(std::vector<Block>& blocks, const std::vector<std::optional<HeadingStyle>>& styles);

}  // namespace dhr::read::pdf
