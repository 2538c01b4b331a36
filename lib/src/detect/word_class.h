// A closed class of words held as a sorted array (internal): titles, relation nouns,
// verbs of speech, words of public bodies ... the grammar the detectors' rules read.
//
// Binary search is as fast as hashing for lists this short, and needs no start-up work
// or static constructors. In front of it, a test of the word's length and first byte
// against those of the list's words: the rules ask these questions of nearly every word
// of a report, and nearly every answer is no (the string comparisons were a tenth of
// the scan's time).
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace dhr::detect {

class WordClass {
 public:
  // `sorted` must outlive the class and be sorted (check with is_sorted_list).
  template <std::size_t N>
  constexpr explicit WordClass(const std::string_view (&sorted)[N]) : begin_(sorted), end_(sorted + N) {
    for (std::string_view w : sorted) {
      lengths_ |= bit(w.size());
      firsts_ |= bit(w.empty() ? 0 : static_cast<unsigned char>(w[0]));
    }
  }
  bool contains(std::string_view w) const {
    if (w.empty() || !(lengths_ & bit(w.size())) || !(firsts_ & bit(static_cast<unsigned char>(w[0])))) return false;
    return std::binary_search(begin_, end_, w);
  }

 private:
  static constexpr std::uint64_t bit(std::size_t v) { return std::uint64_t{1} << (v % 64); }
  const std::string_view* begin_;
  const std::string_view* end_;
  std::uint64_t lengths_ = 0, firsts_ = 0;
};

template <std::size_t N>
constexpr bool is_sorted_list(const std::string_view (&list)[N]) {
  return std::is_sorted(list, list + N);
}

}  // namespace dhr::detect
