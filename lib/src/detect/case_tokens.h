// Words of a block's folded text, and what the original text says about them (internal,
// for the case matcher).
//
// The case matcher compares names with folded text (text/fold.h), where case, diacritics,
// curly apostrophes and line breaks no longer differ; but whether a word is capitalised,
// in capitals or at a sentence start is only in the original. These helpers answer that
// through the folded text's offset map.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/fold.h"

namespace dhr::detect {

struct CaseToken {
  std::uint32_t begin = 0;  // folded byte range
  std::uint32_t end = 0;
  std::int32_t joined = -1;  // >= 0: two words rejoined across a line-end hyphen
                             // ("Tar-\niq"); index of the rejoined text in BlockWords::joined
};

// The words (runs of letters and digits) of one block's folded text.
struct BlockWords {
  std::string_view folded;
  std::string_view original;
  const unicode::FoldedText* map = nullptr;
  std::vector<CaseToken> tokens;
  std::vector<std::string> joined;
  // The block goes on with a sentence the previous block left open (a PDF line, a
  // paragraph broken by a page): its first word is then no sentence start.
  bool continues_sentence = false;

  void reset(const unicode::FoldedText& f, std::string_view original_text);

  // The folded text of token i (the rejoined word for a joined token).
  std::string_view text(std::size_t i) const {
    const CaseToken& t = tokens[i];
    return t.joined >= 0 ? std::string_view(joined[static_cast<std::size_t>(t.joined)])
                         : folded.substr(t.begin, t.end - t.begin);
  }
  // The folded text between token i and token i + 1.
  std::string_view gap(std::size_t i) const {
    return folded.substr(tokens[i].end, tokens[i + 1].begin - tokens[i].end);
  }
  // Whether the original text of folded range [begin, end) holds a line break.
  bool has_line_break(std::uint32_t begin, std::uint32_t end) const;
  // Whether token i's first letter is upper (or title) case in the original.
  bool capitalised(std::size_t i) const;
  // Whether the original of folded range [begin, end) has letters, none of them lower case.
  bool all_capitals(std::uint32_t begin, std::uint32_t end) const;
  // Whether token i opens a sentence: nothing but punctuation, spaces or a paragraph
  // number before it since the block start (unless continues_sentence) or a full stop,
  // ! ? or colon.
  bool sentence_start(std::size_t i) const;
};

// True for letters and digits of any script (the bytes of one code point at s[pos]).
bool is_word_code_point(std::string_view s, std::size_t pos, std::size_t* length);

}  // namespace dhr::detect
