#include "sections/match.h"

#include <algorithm>

#include "sections/words.h"

namespace dhr::sections {

std::vector<CompiledSection> compile(const SectionProfile& profile) {
  std::vector<CompiledSection> out;
  out.reserve(profile.sections.size());
  for (const SectionSpec& spec : profile.sections) {
    CompiledSection c;
    for (const std::string& s : spec.synonyms) c.synonyms.push_back(content_stems(s));
    for (const std::string& e : spec.exclude)
      for (std::string& st : content_stems(e)) c.exclude.push_back(std::move(st));
    out.push_back(std::move(c));
  }
  return out;
}

namespace {

struct Candidate {
  std::size_t section;
  std::size_t synonym;
  std::vector<std::size_t> positions;  // heading words the synonym accounts for
};

// Positions of the heading words that `synonym` accounts for, or empty when one of its
// stems is not in the heading.
std::vector<std::size_t> cover(const std::vector<std::string>& heading, const std::vector<std::string>& synonym) {
  std::vector<std::size_t> used;
  for (const std::string& s : synonym) {
    bool found = false;
    for (std::size_t i = 0; i < heading.size(); ++i) {
      if (heading[i] == s && std::find(used.begin(), used.end(), i) == used.end()) {
        used.push_back(i);
        found = true;
        break;
      }
    }
    if (!found) return {};
  }
  return used;
}

}  // namespace

std::vector<HeadingMatch> match_heading(const std::vector<std::string>& heading,
                                        const std::vector<CompiledSection>& sections) {
  if (heading.empty()) return {};
  std::vector<Candidate> found;
  for (std::size_t s = 0; s < sections.size(); ++s) {
    const CompiledSection& sec = sections[s];
    const bool excluded = std::any_of(sec.exclude.begin(), sec.exclude.end(), [&](const std::string& e) {
      return std::find(heading.begin(), heading.end(), e) != heading.end();
    });
    if (excluded) continue;
    for (std::size_t k = 0; k < sec.synonyms.size(); ++k) {
      if (sec.synonyms[k].empty()) continue;
      std::vector<std::size_t> used = cover(heading, sec.synonyms[k]);
      if (used.empty() || used.size() * 4 < heading.size()) continue;
      found.push_back({s, k, std::move(used)});
      break;  // the best synonym of this section that matches
    }
  }
  // More specific matches claim their words first; ties go to the profile's order.
  std::stable_sort(found.begin(), found.end(),
                   [](const Candidate& a, const Candidate& b) { return a.positions.size() > b.positions.size(); });
  std::vector<Candidate> kept;
  std::vector<bool> claimed(heading.size(), false);
  for (Candidate& c : found) {
    const bool overlaps = std::any_of(c.positions.begin(), c.positions.end(), [&](std::size_t p) { return claimed[p]; });
    if (overlaps) continue;
    for (std::size_t p : c.positions) claimed[p] = true;
    kept.push_back(std::move(c));
  }
  const bool exact = std::all_of(claimed.begin(), claimed.end(), [](bool b) { return b; });
  std::vector<HeadingMatch> out;
  for (const Candidate& c : kept) out.push_back({c.section, c.synonym, kept.size() > 1, exact});
  std::sort(out.begin(), out.end(), [](const HeadingMatch& a, const HeadingMatch& b) { return a.section < b.section; });
  return out;
}

}  // namespace dhr::sections
