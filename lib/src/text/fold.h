// Folding text for matching (internal): the one normalisation every detector uses.
//
// fold("Zoë O’Connell–Smith") == "zoe o'connell-smith": compatibility decomposition
// (ligatures split), case folded, diacritics removed, curly quotes and primes made
// straight, dashes made '-', every kind of space and line break made ' ', soft hyphens
// and zero-width characters dropped. Offsets in the folded text map back to the original,
// because findings must point at the original text.
//
// FoldOptions{.keep_case = true} does all of that except the case folding: patterns for
// postcodes, vehicle registrations and addresses use capitals as evidence ("WS11 1AB",
// "Station Road"), yet still want straight dashes, plain spaces and no soft hyphens.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dhr::unicode {

struct FoldOptions {
  bool keep_case = false;  // true: letters keep their case (diacritics still go)
};

// The folded form of one string (for dictionary keys and case-file names).
std::string fold(std::string_view original, FoldOptions options = {});

// Whether fold(original, options) == original: ASCII only, no line breaks, tabs or
// backticks, and (unless keep_case) no capitals. A caller that only looks for matches
// can then search the original and fold just the rare texts where something matches.
bool folds_to_itself(std::string_view original, FoldOptions options = {});

// A folded copy of a text with a map from every folded byte back to the original.
class FoldedText {
 public:
  FoldedText() = default;
  explicit FoldedText(std::string_view original, FoldOptions options = {});

  const std::string& text() const { return text_; }

  // Whether every folded byte came from the original byte at the same offset (an ASCII
  // text: letters lower-cased, a few other bytes changed, none added or dropped).
  bool same_offsets() const { return from_.empty(); }

  // The original byte range [first, second) that folded bytes [begin, end) came from:
  // from the start of the code point that produced `begin` to the end of the one that
  // produced `end - 1`. An empty range maps to the original position of `begin`.
  std::pair<std::uint32_t, std::uint32_t> original_range(std::uint32_t begin, std::uint32_t end) const {
    const auto n = static_cast<std::uint32_t>(text_.size());
    if (begin >= n) return {original_size_, original_size_};
    if (end > n) end = n;
    if (from_.empty()) return {begin, end > begin ? end : begin};  // identity: an ASCII text
    if (end <= begin) return {from_[begin], from_[begin]};
    return {from_[begin], to_[end - 1]};
  }

 private:
  std::string text_;
  // Per folded byte: the original start and end of its code point. Empty when the text is
  // all ASCII (most paragraphs of a report), whose fold maps byte to byte: eight bytes
  // less per byte of text, and less to write.
  std::vector<std::uint32_t> from_;
  std::vector<std::uint32_t> to_;
  std::uint32_t original_size_ = 0;
};

}  // namespace dhr::unicode
