// Words of one block as the residual-name, place and organisation detectors see them
// (internal): each word's folded key for dictionary look-ups, its original span for the
// finding, its shape in the original (Capitalised, UPPER, lower), and whether a sentence
// start or a list/table/heading position explains its capital.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "detect/scan_context.h"
#include "text/fold.h"

namespace dhr::detect {

enum class Shape : std::uint8_t {
  lower,  // "will"
  cap,    // "Will", "McAteer", "O'Connell"
  upper,  // "WILL" (two letters or more)
  other,  // digits, a single capital letter, mixed forms like "iPhone"
};

struct NameToken {
  std::uint32_t fb = 0, fe = 0;  // folded byte range of the word (a possessive 's excluded)
  std::uint32_t ob = 0, oe = 0;  // original byte range of the same
  std::string_view key;          // folded word, no possessive: "o'connell", "ashworth-hale"
  Shape shape = Shape::other;
  bool letter_only = true;       // no digit in it
  bool sentence_start = false;   // first word of the block, a sentence, a list item, a quote
  bool possessive = false;       // followed by 's / ’s, or "James'" style
  bool line_break_before = false;  // a line break (not only spaces) between it and the previous word
  bool spaced_before = true;       // only white space between it and the previous word
  char punct_before = 0;         // last non-space character before it when that is punctuation
  char punct_after = 0;          // first non-space character after it (after any 's) when punctuation
};

// The words of one block's text. `original` is the block text; `folded` its FoldedText.
std::vector<NameToken> tokenize_words(std::string_view original, const unicode::FoldedText& folded);

// How capitalisation in the block can be read.
struct BlockStyle {
  bool title_case = false;  // most longer words capitalised: a heading or a label line
  bool upper_case = false;  // most words in capitals: an upper-case heading or cell
};
BlockStyle block_style(const std::vector<NameToken>& tokens, bool is_heading);

// One block, tokenised, with the words the context's allow list covers marked (an agency,
// a law, a professional, a keep entry): those are never findings nor evidence.
struct ScannedBlock {
  std::vector<NameToken> tokens;
  std::vector<bool> allowed;  // per token: inside a kept phrase (never a person)
  std::vector<bool> kept;     // per token: inside a phrase kept from being any identifier
                              // (not a street or place, which may still be an address)
  BlockStyle style;
};
ScannedBlock scan_block(const ScanContext& ctx, std::size_t block);

// Work several detectors of one scan share, done once (the Detector fills `words` and
// `professionals` before scanning; `scanned` fills on first use).
struct ScanCache {
  // Per block: tokenize_words. A block's words move into its `scanned` entry when that is
  // made (no copy of every word of the report), so read them there from then on.
  std::vector<std::vector<NameToken>> words;
  std::vector<std::optional<ScannedBlock>> scanned;  // per block: scan_block
  std::optional<std::vector<std::string>> professionals;  // professionals_named_in
};

// The scanned form of a block: from the context's cache when it has one, else computed
// into `scratch`.
const ScannedBlock& scanned_block(const ScanContext& ctx, std::size_t block, ScannedBlock& scratch);

}  // namespace dhr::detect
