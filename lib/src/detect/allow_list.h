// Text that is never an identifier in this document (internal): the case file's
// professionals (full name, title + surname) and `keep` entries, the lexicon's agencies,
// laws and schemes, and the subjects' pseudonyms. Built per scan; findings that lie
// wholly inside an allowed occurrence are dropped.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "text/fold.h"

namespace dhr::detect {

struct TextSpan {
  std::uint32_t begin = 0;  // byte offsets in the block's original text
  std::uint32_t end = 0;
};

class AllowList {
 public:
  // Finds every occurrence (whole words, case- and diacritic-insensitive) of `phrases`
  // in each block's folded text.
  AllowList(const std::vector<std::string>& phrases, const std::vector<unicode::FoldedText>& folded);
  AllowList() = default;

  // Whether the original-text range [begin, end) of block lies inside one allowed
  // occurrence (the coordinates of Finding::begin/end).
  bool covers(std::size_t block, std::uint32_t begin, std::uint32_t end) const;
  const std::vector<TextSpan>& spans(std::size_t block) const;

 private:
  std::vector<std::vector<TextSpan>> spans_;  // per block, sorted by begin
};

}  // namespace dhr::detect
