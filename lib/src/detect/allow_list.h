// Text that is never an identifier in this document (internal): the case file's
// professionals (full name, title + surname) and `keep` entries, the lexicon's agencies,
// laws and schemes, and the subjects' pseudonyms. Built per scan; findings that lie
// wholly inside an allowed occurrence are dropped.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "text/fold.h"

namespace re2 {
class RE2;
}

namespace dhr::detect {

using re2::RE2;

struct TextSpan {
  std::uint32_t begin = 0;  // byte offsets in the block's original text
  std::uint32_t end = 0;
};

// Phrases compiled once into one RE2 alternation, matched as whole words, case- and
// diacritic-insensitive. A Detector compiles the lexicon's never-identifiers once;
// each scan compiles only its document's own few (professionals, keep entries).
class PhraseSet {
 public:
  PhraseSet() = default;
  explicit PhraseSet(const std::vector<std::string>& phrases);
  ~PhraseSet();
  PhraseSet(PhraseSet&&) noexcept;
  PhraseSet& operator=(PhraseSet&&) noexcept;

  // Appends the original-text span of every occurrence in one block's folded text.
  void find(const unicode::FoldedText& folded, std::vector<TextSpan>& out) const;

 private:
  std::unique_ptr<RE2> re_;
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
  std::vector<std::vector<TextSpan>> spans_;  // per block, sorted by begin
};

}  // namespace dhr::detect
