#include "detect/case_matcher.h"

#include <algorithm>

#include "detect/case_block_scan.h"
#include "detect/case_names.h"

namespace dhr::detect {

CaseMatcher::CaseMatcher(const CaseFile& case_file, const Lexicon& lexicon)
    : names_(std::make_unique<const CaseNames>(case_file, lexicon)) {}
CaseMatcher::~CaseMatcher() = default;
CaseMatcher::CaseMatcher(CaseMatcher&&) noexcept = default;
CaseMatcher& CaseMatcher::operator=(CaseMatcher&&) noexcept = default;

void CaseMatcher::find(const ScanContext& ctx, std::vector<Finding>& out) const {
  if (names_->parts().empty()) return;
  // Pass 1: every block on its own. A name that is also a word with no evidence in its
  // own sentence waits (pending) until we know the blocks around it.
  CaseBlockScan scan(*names_, ctx);
  std::vector<CaseMention> mentions;
  std::vector<std::size_t> position;  // per mention: index of its block among scanned blocks
  std::size_t scanned = 0;
  for (std::size_t b = 0; b < ctx.doc.blocks.size() && b < ctx.folded.size(); ++b) {
    if (!ctx.scans(b)) continue;
    scan.scan(b, mentions);
    position.resize(mentions.size(), scanned);
    ++scanned;
  }
  // Pass 2: which subjects each scanned block names firmly.
  std::vector<std::vector<std::uint32_t>> firm(scanned);
  for (std::size_t m = 0; m < mentions.size(); ++m)
    if (mentions[m].firm) firm[position[m]].push_back(mentions[m].owners.front());
  auto named_firmly = [&](std::size_t pos, const std::vector<std::uint32_t>& owners) {
    for (std::size_t p = pos == 0 ? 0 : pos - 1; p <= pos + 1 && p < scanned; ++p)
      for (std::uint32_t o : owners)
        if (std::find(firm[p].begin(), firm[p].end(), o) != firm[p].end()) return true;
    return false;
  };
  for (std::size_t m = 0; m < mentions.size(); ++m) {
    CaseMention& c = mentions[m];
    if (c.pending) {
      if (!named_firmly(position[m], c.owners)) continue;
      c.finding.why += "; also a word: the same subject is named nearby";
    }
    out.push_back(std::move(c.finding));
  }
}

}  // namespace dhr::detect
