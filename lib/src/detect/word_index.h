// The hash index behind the lexicon's word tables (internal): WordSet over the sorted
// lines of a generated list, WordMap over entries added one by one.
//
// Open addressing with linear probing over positions 1..n of the table's own array of
// words (0: an empty slot), power-of-two size, kept at most half full. Detection looks up
// nearly every word of a report in several tables, so a look-up must be one hash and a
// probe or two: each slot also keeps 32 more bits of the word's hash, so a probe that
// meets another word mostly moves on without reading that word (a likely cache miss).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "detect/word_hash.h"

namespace dhr::detect {

class WordIndex {
 public:
  // The position of key (hash h = word_hash(key)), or 0. word_at(position) is the word
  // the table holds at that position.
  template <typename WordAt>
  std::uint32_t find(std::string_view key, std::uint64_t h, WordAt word_at) const {
    if (slots_.empty()) return 0;
    const std::size_t mask = slots_.size() - 1;
    const auto tag = static_cast<std::uint32_t>(h >> 32);
    for (std::size_t slot = h & mask;; slot = (slot + 1) & mask) {
      const Slot s = slots_[slot];
      if (s.position == 0) return 0;
      if (s.tag == tag && word_at(s.position) == key) return s.position;
    }
  }

  // Whether `count` positions fit without going over half full.
  bool fits(std::size_t count) const { return count * 2 <= slots_.size(); }

  // Empties the index and sizes it for `count` positions.
  void reset(std::size_t count) {
    std::size_t size = 16;
    while (size < count * 2) size *= 2;
    slots_.assign(size, Slot{});
  }

  // Records `position` for a word not in the index, whose hash is h (room is the
  // caller's: see fits and reset).
  void place(std::uint32_t position, std::uint64_t h) {
    const std::size_t mask = slots_.size() - 1;
    std::size_t slot = h & mask;
    while (slots_[slot].position != 0) slot = (slot + 1) & mask;
    slots_[slot] = Slot{position, static_cast<std::uint32_t>(h >> 32)};
  }

 private:
  struct Slot {
    std::uint32_t position = 0;
    std::uint32_t tag = 0;  // the upper half of the word's hash
  };
  std::vector<Slot> slots_;
};

}  // namespace dhr::detect
