// A map from folded words to values for the lexicon's tables (internal): places, their
// first words, organisation heads, words that are never names, words added by hand.
//
// Why not std::unordered_map: detection asks these tables about nearly every capitalised
// word of a report, several times over, and the standard map's look-up (a division for
// the bucket, then a walk through separately allocated nodes) was a tenth of the scan.
// Here the entries sit in one array behind a WordIndex. Built once while the lexicon
// loads, read-only afterwards: pointers to values stay valid from then on.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "detect/word_hash.h"
#include "detect/word_index.h"

namespace dhr::detect {

template <typename V>
class WordMap {
 public:
  // The value stored under key, or null.
  const V* find(std::string_view key) const {
    const std::uint32_t at = index_.find(key, word_hash(key), word_at());
    return at == 0 ? nullptr : &entries_[at - 1].second;
  }
  bool contains(std::string_view key) const { return find(key) != nullptr; }

  // The value under key, inserted as `value` when key is new (an existing value stays).
  // The reference is valid until the next insertion.
  V& try_emplace(std::string key, V value = V{}) {
    const std::uint64_t h = word_hash(key);
    if (const std::uint32_t at = index_.find(key, h, word_at()); at != 0) return entries_[at - 1].second;
    entries_.emplace_back(std::move(key), std::move(value));
    if (!index_.fits(entries_.size())) {
      index_.reset(entries_.size() * 2);  // doubling: rebuilds stay rare
      for (std::size_t i = 0; i + 1 < entries_.size(); ++i)
        index_.place(static_cast<std::uint32_t>(i + 1), word_hash(entries_[i].first));
    }
    index_.place(static_cast<std::uint32_t>(entries_.size()), h);
    return entries_.back().second;
  }

  std::size_t size() const { return entries_.size(); }
  bool empty() const { return entries_.empty(); }

 private:
  auto word_at() const {
    return [this](std::uint32_t position) -> std::string_view { return entries_[position - 1].first; };
  }

  std::vector<std::pair<std::string, V>> entries_;
  WordIndex index_;
};

}  // namespace dhr::detect
