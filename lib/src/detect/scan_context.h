// What every detector sees while scanning one document (internal).
//
// Each detector (case matcher, patterns, ages, residual names, places) implements
//   void find(const ScanContext& ctx, std::vector<Finding>& out) const;
// appending raw findings; the Detector then drops those on allow-listed text and
// resolves overlaps (detect/merge_findings.h).
#pragma once

#include <string>
#include <vector>

#include "detect/allow_list.h"
#include "detect/lexicon.h"
#include "dhr/case_file.h"
#include "dhr/document.h"
#include "dhr/finding.h"
#include "text/fold.h"

namespace dhr::detect {

struct ScanCache;  // detect/names_tokens.h

struct ScanContext {
  const Document& doc;
  const CaseFile* case_file;                    // null when scanning without one
  const std::vector<unicode::FoldedText>& folded;  // folded text of each block (same index)
  const Lexicon& lexicon;                       // word lists, names, places
  const AllowList& allow;                       // never-findings: professionals, keep, agencies, pseudonyms
  ScanCache* cache = nullptr;                   // work shared by detectors in one scan; null: compute

  // Whether block i should be scanned (false for blocks that repeat other text).
  bool scans(std::size_t i) const { return !repeats_other_text(doc.blocks[i].kind); }
};

// Makes a finding for folded range [fbegin, fend) of block i, with text copied from the
// original block and offsets mapped back to it.
Finding make_finding(const ScanContext& ctx, std::size_t block, std::uint32_t fbegin, std::uint32_t fend,
                     Category category, double confidence, std::string rule, std::string why);

}  // namespace dhr::detect
