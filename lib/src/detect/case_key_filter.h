// A quick "certainly not a key" test in front of the case matcher's hash maps (internal).
//
// Nearly every word of a report is no name: a 64-kbit Bloom filter (two probes of one
// FNV-1a hash) turns those away for a few instructions each, so the hash maps, with
// their string comparisons, see only the rare words that may be names.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace dhr::detect {

class KeyFilter {
 public:
  void add(std::string_view key) {
    const std::uint64_t h = hash(key);
    set(static_cast<std::uint32_t>(h));
    set(static_cast<std::uint32_t>(h >> 32));
  }
  bool may_contain(std::string_view key) const {
    const std::uint64_t h = hash(key);
    return test(static_cast<std::uint32_t>(h)) && test(static_cast<std::uint32_t>(h >> 32));
  }

 private:
  static constexpr std::uint32_t kBits = 1u << 16;
  static std::uint64_t hash(std::string_view s) {
    std::uint64_t h = 1469598103934665603ull;
    for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return h ^ (h >> 29);
  }
  void set(std::uint32_t v) { bits_[(v % kBits) / 64] |= std::uint64_t{1} << (v % 64); }
  bool test(std::uint32_t v) const { return (bits_[(v % kBits) / 64] >> (v % 64)) & 1u; }

  std::array<std::uint64_t, kBits / 64> bits_{};
};

}  // namespace dhr::detect
