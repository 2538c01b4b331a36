// Notes beyond presence (internal): order, terms of reference placed late, a thin
// equality section, no family involvement, recommendations without an action plan.
// The rules find sections by their profile id (terms_of_reference, background,
// chronology, equality, family, recommendations, action_plan); a profile without one of
// them simply gets no note of that kind.
#pragma once

#include <vector>

#include "dhr/sections.h"

namespace dhr::sections {

// What the notes need to know about each section of the profile, in profile order.
struct Placed {
  const SectionSpec* spec = nullptr;
  const SectionResult* result = nullptr;
  int prose_words = -1;  // words of prose under the heading; -1 when missing
};

std::vector<SectionNote> make_notes(const Document& doc, const std::vector<Placed>& sections);

// Where a heading is, for messages: "1.10, page 4", "1.10", "page 4" or "block 12".
std::string where(const SectionResult& r);

}  // namespace dhr::sections
