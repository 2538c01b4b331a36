// A quick "certainly not a key" test in front of a hash map of words (internal): the case
// matcher's names, the allow list's phrases.
//
// Nearly every word of a report is no name and opens no phrase: a 64-kbit Bloom filter
// (two probes of one word_hash) turns those away for a few instructions each, so the
// hash maps, with their string comparisons, see only the rare words that may be keys.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

#include "detect/word_hash.h"

namespace dhr::detect {

class KeyFilter {
 public:
  void add(std::string_view key) {
    const std::uint64_t h = word_hash(key);
    set(static_cast<std::uint32_t>(h));
    set(static_cast<std::uint32_t>(h >> 32));
  }
  bool may_contain(std::string_view key) const { return may_contain_hash(word_hash(key)); }
  // The same, given word_hash(key): several filters asked about one word hash it once.
  bool may_contain_hash(std::uint64_t h) const {
    return test(static_cast<std::uint32_t>(h)) && test(static_cast<std::uint32_t>(h >> 32));
  }

 private:
  static constexpr std::uint32_t kBits = 1u << 16;
  void set(std::uint32_t v) { bits_[(v % kBits) / 64] |= std::uint64_t{1} << (v % 64); }
  bool test(std::uint32_t v) const { return (bits_[(v % kBits) / 64] >> (v % 64)) & 1u; }

  std::array<std::uint64_t, kBits / 64> bits_{};
};

}  // namespace dhr::detect
