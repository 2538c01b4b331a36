// Text that is never an identifier in this document (internal): the case file's
// professionals (full name, title + surname) and `keep` entries, the lexicon's agencies,
// laws and schemes, the subjects' pseudonyms, and institutions named after a person.
// Built per scan (detect/keep_rules.h says what goes in, and is the one place that
// does); findings that lie wholly inside an allowed occurrence are dropped, and
// verification accepts a name word in an output only inside one.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "detect/key_filter.h"
#include "detect/word_hash.h"
#include "dhr/finding.h"
#include "text/fold.h"

namespace dhr::detect {

// Why a phrase is kept although it may hold a word of a subject's name: what a reviewer
// is told for each occurrence verification accepts.
enum class KeepReason : std::uint8_t {
  keep_entry,           // a [[keep]] entry of the case file
  professional,         // a professional of the case file (full name, title + surname)
  report_professional,  // a professional the report itself names (its panel list)
  pseudonym,            // a subject's pseudonym
  lexicon,              // an agency, law or scheme from dictionaries/keep/
  institution,          // a hospital, law, charity ... named after a person ("George Eliot Hospital")
  place,                // a town after "in", "at", "from" ("an address in Barnack")
  street,               // a street, park or square named with the word ("Whitley Road")
};
// Reasons that keep a phrase from being a person only: a street or a place may still be
// an address or a place to generalise.
inline bool person_only(KeepReason r) { return r == KeepReason::place || r == KeepReason::street; }
const char* describe(KeepReason reason);

struct TextSpan {
  std::uint32_t begin = 0;  // byte offsets in the block's original text
  std::uint32_t end = 0;
  KeepReason reason = KeepReason::keep_entry;
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
  explicit PhraseSet(const std::vector<std::string>& phrases, KeepReason reason = KeepReason::keep_entry);
  KeepReason reason() const { return reason_; }

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
  KeepReason reason_ = KeepReason::keep_entry;  // given to each occurrence found
};

class AllowList {
 public:
  // Finds every occurrence of `phrases` (and of the precompiled `fixed` set, if given)
  // in each block's folded text.
  AllowList(const std::vector<std::string>& phrases, const std::vector<unicode::FoldedText>& folded,
            const PhraseSet* fixed = nullptr);
  // Every occurrence of each set's phrases (null sets skipped) in each block, plus
  // `extra` spans found otherwise (per block; may be empty).
  AllowList(std::span<const PhraseSet* const> sets, const std::vector<unicode::FoldedText>& folded,
            std::vector<std::vector<TextSpan>> extra = {});
  AllowList() = default;

  // Whether the original-text range [begin, end) of block lies inside one allowed
  // occurrence (the coordinates of Finding::begin/end).
  bool covers(std::size_t block, std::uint32_t begin, std::uint32_t end) const;
  // The same for a finding of `category`: spans kept only from being a person (a street,
  // a place) do not cover other categories.
  bool covers(std::size_t block, std::uint32_t begin, std::uint32_t end, Category category) const;
  // The allowed occurrence that covers [begin, end) of block, if any (the first found).
  const TextSpan* covering(std::size_t block, std::uint32_t begin, std::uint32_t end) const;
  const std::vector<TextSpan>& spans(std::size_t block) const;

 private:
  void index();  // sorts spans_ and fills the indexes

  struct Index {
    std::vector<std::vector<TextSpan>> spans;          // per block, sorted by begin
    std::vector<std::vector<std::uint32_t>> max_end;   // per block: the furthest end of spans[0..k]
    bool covers(std::size_t block, std::uint32_t begin, std::uint32_t end) const;
  };
  Index all_;      // every kept span
  Index general_;  // the spans that keep text from being any identifier
};

}  // namespace dhr::detect
