// Checking a Document against a section profile.
//
// 1. Heading candidates come from the body (headings.h), each matched against the
//    profile (match.h).
// 2. A candidate counts only if some body text follows it before the next matched
//    heading: a section must exist, not just its title (this drops cover-page lines such
//    as "Independent Chair and Author" and sign-offs such as "Author: ...").
// 3. Each section takes, of the headings that match it, the best: one that serves it
//    alone over a combined one, then the better synonym (profiles list them best first),
//    then an exact heading over one with extra words, then the first in the document.
//    So "Terms of Reference" wins over an earlier "Scope of the DHR", and a dedicated
//    "List of Recommendations" over "Analysis and Recommendations".
#include <algorithm>
#include <tuple>

#include "dhr/sections.h"
#include "sections/headings.h"
#include "sections/match.h"
#include "sections/notes.h"
#include "sections/words.h"

namespace dhr {
namespace {

constexpr int kMinBodyWords = 1;  // any text: "None identified." is a (short) section

struct Matched {
  const sections::Candidate* candidate;
  std::vector<sections::HeadingMatch> matches;
};

// Words of body text in blocks (begin, end) that are not themselves heading candidates.
int body_words(const Document& doc, std::size_t begin, std::size_t end, const std::vector<bool>& is_candidate) {
  int words = 0;
  for (std::size_t i = begin + 1; i < end; ++i)
    if (!is_candidate[i] && sections::is_body_block(doc.blocks[i])) words += sections::word_count(doc.blocks[i].text);
  return words;
}

// Words of prose (paragraphs, and numbered paragraphs a reader made list items) under a
// heading, up to the next heading of the same or a higher level.
int prose_words(const Document& doc, const std::vector<sections::Candidate>& candidates, std::size_t index) {
  const sections::Candidate& c = candidates[index];
  std::size_t end = doc.blocks.size();
  for (std::size_t k = index + 1; k < candidates.size(); ++k) {
    if (sections::ends_section(c.level, candidates[k].level)) {
      end = candidates[k].block;
      break;
    }
  }
  int words = 0;
  for (std::size_t i = c.block + 1; i < end; ++i) {
    const Block& b = doc.blocks[i];
    if (b.hidden) continue;
    const bool numbered_paragraph = b.kind == BlockKind::list_item && b.number.find('.') != std::string::npos &&
                                    b.number.find('.') + 1 < b.number.size();
    if (b.kind == BlockKind::paragraph || numbered_paragraph) words += sections::word_count(b.text);
  }
  return words;
}

// "1.2" of a heading whose reader kept the number in the text ("## 1.2 Terms of Reference").
std::string leading_number(const std::string& text) {
  std::size_t i = 0;
  while (i < text.size() && ((text[i] >= '0' && text[i] <= '9') || (text[i] == '.' && i > 0))) ++i;
  if (i == 0 || i >= text.size() || text[i] != ' ') return {};
  return text.substr(0, i);
}

}  // namespace

SectionReport check_sections(const Document& doc, const SectionProfile& profile) {
  const std::vector<sections::CompiledSection> compiled = sections::compile(profile);
  const std::vector<sections::Candidate> candidates = sections::heading_candidates(doc);
  std::vector<bool> is_candidate(doc.blocks.size(), false);
  for (const auto& c : candidates) is_candidate[c.block] = true;

  std::vector<Matched> matched;
  std::vector<std::size_t> candidate_index;  // per matched entry: its index in candidates
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    auto m = sections::match_heading(candidates[i].stems, compiled);
    if (m.empty()) continue;
    matched.push_back({&candidates[i], std::move(m)});
    candidate_index.push_back(i);
  }
  // Drop headings with no body before the next matched heading that ends their section
  // (a sub-heading such as "2.1 Introduction" under "2. Summary of key events" does not).
  std::vector<Matched> kept;
  std::vector<std::size_t> kept_index;
  for (std::size_t k = 0; k < matched.size(); ++k) {
    std::size_t next = doc.blocks.size();
    for (std::size_t j = k + 1; j < matched.size(); ++j) {
      if (sections::ends_section(matched[k].candidate->level, matched[j].candidate->level)) {
        next = matched[j].candidate->block;
        break;
      }
    }
    if (body_words(doc, matched[k].candidate->block, next, is_candidate) < kMinBodyWords) continue;
    kept.push_back(matched[k]);
    kept_index.push_back(candidate_index[k]);
  }

  SectionReport report;
  report.profile = profile.name;
  std::vector<sections::Placed> placed;
  report.sections.reserve(profile.sections.size());
  for (std::size_t s = 0; s < profile.sections.size(); ++s) {
    const SectionSpec& spec = profile.sections[s];
    SectionResult r;
    r.id = spec.id;
    r.name = spec.name;
    r.requirement = spec.requirement;
    using Rank = std::tuple<bool, std::size_t, bool, std::size_t>;  // combined, synonym, inexact, block
    const Matched* best = nullptr;
    const sections::HeadingMatch* best_match = nullptr;
    std::size_t best_k = 0;
    Rank best_rank{};
    for (std::size_t k = 0; k < kept.size(); ++k) {
      for (const auto& m : kept[k].matches) {
        if (m.section != s) continue;
        const Rank rank{m.combined, m.synonym, !m.exact, kept[k].candidate->block};
        if (best == nullptr || rank < best_rank) {
          best = &kept[k];
          best_match = &m;
          best_rank = rank;
          best_k = k;
        }
      }
    }
    int words = -1;
    if (best != nullptr) {
      const Block& b = doc.blocks[best->candidate->block];
      r.status = best_match->combined ? SectionStatus::combined : SectionStatus::present;
      r.heading = b.text;
      r.page = b.page;
      r.number = b.number.empty() ? leading_number(b.text) : b.number;
      r.block = static_cast<int>(best->candidate->block);
      words = prose_words(doc, candidates, kept_index[best_k]);
    }
    report.sections.push_back(std::move(r));
    placed.push_back({&spec, nullptr, words});
  }
  for (std::size_t s = 0; s < placed.size(); ++s) placed[s].result = &report.sections[s];
  report.notes = sections::make_notes(doc, placed);
  return report;
}

bool SectionReport::all_expected_present() const {
  return std::none_of(sections.begin(), sections.end(), [](const SectionResult& r) {
    return r.requirement == Requirement::expected && r.status == SectionStatus::missing;
  });
}

const char* to_string(Requirement requirement) {
  return requirement == Requirement::expected ? "expected" : "recommended";
}

const char* to_string(SectionStatus status) {
  switch (status) {
    case SectionStatus::present: return "present";
    case SectionStatus::missing: return "missing";
    case SectionStatus::combined: return "combined";
  }
  return "missing";
}

}  // namespace dhr
