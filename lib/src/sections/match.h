// Matching one heading against the sections of a profile (internal).
//
// A synonym matches a heading when every one of its content stems is among the heading's
// (extra words are tolerated: "Background of Sarah" is "background"), as long as the
// synonym accounts for at least a quarter of the heading's content words — a long
// sub-heading that merely mentions "family" is not the family section. A heading with a
// section's `exclude` word is never that section. When several sections match, the one
// whose synonym has more words takes the words it covers; another section that matches
// other words of the same heading makes it a combined heading ("Conclusions and
// Recommendations", "Analysis and Recommendations").
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "dhr/sections.h"

namespace dhr::sections {

struct CompiledSection {
  std::vector<std::vector<std::string>> synonyms;  // content stems, best first
  std::vector<std::string> exclude;                // stems
};

std::vector<CompiledSection> compile(const SectionProfile& profile);

struct HeadingMatch {
  std::size_t section = 0;  // index into the profile's sections
  std::size_t synonym = 0;  // index of the best synonym that matched
  bool combined = false;    // the heading also serves another section
  bool exact = false;       // the matches account for every content word of the heading
};

// The sections this heading serves (none, one, or several when combined).
std::vector<HeadingMatch> match_heading(const std::vector<std::string>& heading_stems,
                                        const std::vector<CompiledSection>& sections);

}  // namespace dhr::sections
