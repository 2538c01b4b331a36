// A map from folded words to values for the lexicon's tables (internal): places, their
// first words, organisation heads, words that are never names, words added by hand.
//
// Why not std::unordered_map: detection asks these tables about nearly every capitalised
// word of a report, several times over, and the standard map's look-up (a division for
// the bucket, then a walk through separately allocated nodes) was a tenth of the scan.
// Here the entries sit in one array, found through an open-addressing index of their
// positions (linear probing, power-of-two size, at most half full) whose slots carry 32
// more bits of the hash, so a probe that meets another word rarely reads it. Built once
// while the lexicon loads, read-only afterwards: pointers to values stay valid from then on.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "detect/word_hash.h"

namespace dhr::detect {

template <typename V>
class WordMap {
 public:
  // The value stored under key, or null.
  const V* find(std::string_view key) const {
    const std::uint32_t at = position_of(key, word_hash(key));
    return at == 0 ? nullptr : &entries_[at - 1].second;
  }
  bool contains(std::string_view key) const { return find(key) != nullptr; }

  // The value under key, inserted as `value` when key is new (an existing value stays).
  // The reference is valid until the next insertion.
  V& try_emplace(std::string key, V value = V{}) {
    const std::uint64_t h = word_hash(key);
    if (const std::uint32_t at = position_of(key, h); at != 0) return entries_[at - 1].second;
    if ((entries_.size() + 1) * 2 > index_.size()) grow();
    entries_.emplace_back(std::move(key), std::move(value));
    place(static_cast<std::uint32_t>(entries_.size()), h);
    return entries_.back().second;
  }

  std::size_t size() const { return entries_.size(); }
  bool empty() const { return entries_.empty(); }

 private:
  struct Slot {
    std::uint32_t position = 0;  // 0: empty, else index into entries_ + 1
    std::uint32_t tag = 0;       // the upper half of the key's hash
  };

  std::uint32_t position_of(std::string_view key, std::uint64_t h) const {
    if (index_.empty()) return 0;
    const std::size_t mask = index_.size() - 1;
    const auto tag = static_cast<std::uint32_t>(h >> 32);
    for (std::size_t slot = h & mask;; slot = (slot + 1) & mask) {
      const Slot s = index_[slot];
      if (s.position == 0) return 0;
      if (s.tag == tag && entries_[s.position - 1].first == key) return s.position;
    }
  }
  void place(std::uint32_t position, std::uint64_t h) {
    const std::size_t mask = index_.size() - 1;
    std::size_t slot = h & mask;
    while (index_[slot].position != 0) slot = (slot + 1) & mask;
    index_[slot] = Slot{position, static_cast<std::uint32_t>(h >> 32)};
  }
  void grow() {
    index_.assign(index_.empty() ? 16 : index_.size() * 2, Slot{});
    for (std::size_t i = 0; i < entries_.size(); ++i)
      place(static_cast<std::uint32_t>(i + 1), word_hash(entries_[i].first));
  }

  std::vector<std::pair<std::string, V>> entries_;
  std::vector<Slot> index_;
};

}  // namespace dhr::detect
