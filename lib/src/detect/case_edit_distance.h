// Finding words one edit away from a name (internal): the case matcher's index of its
// subjects' names, and one_edit_apart, which the residual-name detector uses too.
//
// Drafts misspell names ("Natsha", "Lewsi", "Tarik"). A one-edit neighbourhood index
// (every name and each name with one byte deleted, as keys) finds the candidates for a
// word with about as many hash look-ups as the word has letters, instead of comparing
// the word with every name; each candidate is then confirmed with a true distance check.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "detect/key_filter.h"
#include "detect/word_hash.h"

namespace dhr::detect {

// True when a and b differ by exactly one insertion, deletion, substitution or swap of
// two adjacent bytes (optimal string alignment distance 1).
bool one_edit_apart(std::string_view a, std::string_view b);

class OneEditIndex {
 public:
  void add(std::string_view word, std::uint32_t id);
  // Appends the ids of added words exactly one edit from `word` (each once).
  void find(std::string_view word, std::vector<std::uint32_t>& out) const;
  bool empty() const { return words_.empty(); }

 private:
  std::vector<std::pair<std::string, std::uint32_t>> words_;
  // key: an added word or one of its one-byte deletions -> indexes into words_
  std::unordered_map<std::string, std::vector<std::uint32_t>, WordHash, std::equal_to<>> keys_;
  KeyFilter filter_;  // over keys_
  std::size_t min_length_ = SIZE_MAX, max_length_ = 0;  // of the added words
};

}  // namespace dhr::detect
