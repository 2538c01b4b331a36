// Text that is never an identifier in this document (internal): the case file's
// professionals (full name, title + surname) and `keep` entries, the lexicon's agencies,
// laws and schemes, and the subjects' pseudonyms. Built per scan; findings that lie
// wholly inside an allowed occurrence are dropped.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "detect/key_filter.h"
#include "detect/word_hash.h"
#include "text/fold.h"

namespace dhr::detect {

struct TextSpan {
  std::uint32_t begin = 0;  // byte offsets in the block's original text
  std::uint32_t end = 0;
};

// Phrases matched as whole words, case- and diacritic-insensitive, leftmost and then
// longest, occurrences not overlapping. A Detector indexes the lexicon's
// never-identifiers once; each scan indexes only its document's own few (professionals,
// keep entries).
//
// Why an index by first word and not one RE2 alternation (what this was): the scan
// visits each word start once, one hash look-up, and compares only the few phrases that
// begin with that word; the alternation of a thousand phrases cost a tenth of the whole
// scan, and its compilation for each document's own phrases another 3 %.
class PhraseSet {
 public:
  PhraseSet() = default;
  explicit PhraseSet(const std::vector<std::string>& phrases);

  // Appends the original-text span of every occurrence of each set's phrases (null sets
  // skipped) in one block's folded text.
  static void find(const unicode::FoldedText& folded, std::span<const PhraseSet* const> sets, std::vector<TextSpan>& out);

 private:
  // The length of this set's longest phrase that starts at p of text (whose first word,
  // perhaps empty, is head) and ends before a non-word byte or the end; 0 if none.
  std::size_t match_at(std::string_view text, std::size_t p, std::string_view head) const;

  // Folded phrases by their first word (the run of word bytes they open with, perhaps
  // empty), each list longest first.
  std::unordered_map<std::string, std::vector<std::string>, WordHash, std::equal_to<>> by_head_;
  KeyFilter heads_;  // the keys of by_head_: most words open no phrase
};

class AllowList {
 public:
  // Finds every occurrence of `phrases` (and of the precompiled `fixed` set, if given)
  // in each block's folded text.
  AllowList(const std::vector<std::string>& phrases, const std::vector<unicode::FoldedText>& folded,
            const PhraseSet* fixed = nullptr);
  AllowList() = default;

  // Whether the original-text range [begin, end) of block lies inside one allowed
  // occurrence (the coordinates of Finding::begin/end).
  bool covers(std::size_t block, std::uint32_t begin, std::uint32_t end) const;
  const std::vector<TextSpan>& spans(std::size_t block) const;

 private:
  std::vector<std::vector<TextSpan>> spans_;      // per block, sorted by begin
  std::vector<std::vector<std::uint32_t>> max_end_;  // per block: the furthest end of spans_[0..k]
};

}  // namespace dhr::detect
