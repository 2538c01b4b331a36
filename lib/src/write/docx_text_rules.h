// Rewriting text the reader found but did not anchor (internal).
//
// The reader anchors each readable string once; copies of it elsewhere in the file are
// left to the writer (docx_carriers.h): the pic:cNvPr copy of an image's description, a
// revision author repeated on every change, a shape or bookmark name, the VML copy of a
// text box, and strings the reader gathered as unplaced metadata only once. Whatever the
// edits changed must change there too, or a name survives by repetition:
//   1. a carrier whose whole text is that of a carrier the edits changed gets its new text;
//   2. a person's name (the original of a person edit, two letters or more) is replaced
//      wherever it stands as a word, the longest name first ("Natasha Okafor" before
//      "Natasha");
//   3. any other edited identifier (a phone number, a date of birth) is replaced where it
//      is the carrier's whole text (surrounding white space aside): inside a longer text
//      the same digits may be something else.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "dhr/policy.h"
#include "write/docx_apply_edits.h"

namespace dhr::write::docx {

class TextRules {
 public:
  TextRules(const std::vector<Edit>& edits, const CarrierCopies& copies);

  // The text rewritten by the rules above, or nullopt when no rule applies.
  std::optional<std::string> rewrite(std::string_view text) const;

  // Whether a link target mentions an edited identifier, ignoring ASCII case and %XX
  // escapes: a word of it (letters and digits between punctuation) is a word of three
  // letters or more of a person's edited name ("mailto:natasha.okafor@example.org"), or it
  // contains any other edited identifier (an e-mail address, a phone number).
  bool mentions_identifier(std::string_view text) const;

 private:
  struct Name {
    std::string original;
    std::string replacement;
  };
  const CarrierCopies& copies_;
  std::vector<Name> names_;           // person originals, longest first
  std::vector<Name> whole_;           // other originals, matched as the whole text
  std::set<std::string, std::less<>> name_words_;  // words of person originals, lower-cased
  std::vector<std::string> others_lowered_;        // other originals of three bytes or more, lower-cased
};

}  // namespace dhr::write::docx
