// The edits as rules for strings that have no glyph anchors (internal): metadata values,
// outline titles, alternative text, marked-content properties, named destinations.
//
// A string that is the whole text of an edited block (an outline title, an /Alt the
// reader turned into an alt_text block) becomes that block's edited text — the exact
// result the plan asked for. Any other string has every edited original replaced by its
// replacement wherever it stands as a word ("Natasha Okafor's" -> "N's"), longest
// originals first, so that a string the reader never saw (a second copy of a title, a
// destination name) is rewritten the same way. The name words of an edited subject's
// name ("Adeyemi" of "Grace Adeyemi") become the subject's pseudonym too: a hidden
// string may name the person by one word only.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "dhr/document.h"
#include "dhr/policy.h"

namespace dhr::write::pdf {

class TextRules {
 public:
  TextRules(const Document& doc, const std::vector<Edit>& edits);

  // `text` (UTF-8) with the edits applied; equal to `text` when no rule applies.
  std::string apply(std::string_view text) const;

  // True when an edited original occurs in `text` as a word.
  bool touches(std::string_view text) const;

  bool empty() const { return words_.empty(); }

 private:
  std::unordered_map<std::string, std::string> whole_;       // edited block text -> its edited text
  std::vector<std::pair<std::string, std::string>> words_;   // original -> replacement, longest first
};

}  // namespace dhr::write::pdf
