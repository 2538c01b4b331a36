// The hash of the look-up tables detection keeps of folded words (internal): word lists,
// phrase heads, names found so far.
//
// Why not std::hash: libstdc++'s is an out-of-line call to a general-purpose hash, and a
// scan looks up every word of a report in several tables, so hashing was a tenth of the
// scan's time. Words are short; this one reads them eight bytes at a time, inline, and
// mixes the result well enough for tables indexed by the low bits.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace dhr::detect {

inline std::uint64_t word_hash(std::string_view s) noexcept {
  constexpr std::uint64_t kMul1 = 0xbf58476d1ce4e5b9ull, kMul2 = 0x94d049bb133111ebull;
  std::uint64_t h = 0x9e3779b97f4a7c15ull ^ s.size();
  const char* p = s.data();
  std::size_t n = s.size();
  for (; n >= 8; p += 8, n -= 8) {
    std::uint64_t v;
    std::memcpy(&v, p, 8);
    h = (h ^ v) * kMul1;
    h ^= h >> 31;
  }
  // The last 0-7 bytes without a loop: two overlapping 4-byte reads, or for 1-3 bytes the
  // first, middle and last. Either way every byte is read and, the length being mixed in
  // already, different tails of one length give different values.
  std::uint64_t tail = 0;
  if (n >= 4) {
    std::uint32_t lo, hi;
    std::memcpy(&lo, p, 4);
    std::memcpy(&hi, p + n - 4, 4);
    tail = lo | (std::uint64_t{hi} << 32);
  } else if (n > 0) {
    const auto* u = reinterpret_cast<const unsigned char*>(p);
    tail = u[0] | (std::uint64_t{u[n / 2]} << 8) | (std::uint64_t{u[n - 1]} << 16);
  }
  h = (h ^ tail) * kMul2;
  h ^= h >> 29;
  h *= kMul1;
  return h ^ (h >> 32);
}

// For unordered containers keyed by std::string and looked up by std::string_view
// (transparent: a look-up allocates nothing).
struct WordHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept { return word_hash(s); }
};

}  // namespace dhr::detect
