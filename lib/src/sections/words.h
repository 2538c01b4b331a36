// Heading words for matching by meaning (internal).
//
// A heading and a synonym are compared as lists of content stems: the text is folded
// (case, diacritics, quotes, ligatures: text/fold.h), stripped of leading numbering
// ("1.3", "2.", "a)", "(iv)") and of markup a converter left ("<sup>4</sup>"), split into
// words, cleared of function words, pseudonym letters and numbers, and each word reduced
// to a stem by a light suffix stripper, so that "Lessons Learnt", "LESSONS LEARNED" and
// "1.12 Lesson learning" share their stems.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dhr::sections {

// The stem of one folded (lower-case ASCII) word. Deliberately light: it only has to map
// the inflections found in report headings onto one form; two different words sharing
// a stem is harmless as long as it is rare in headings.
std::string stem(std::string_view word);

// The content stems of a heading or a synonym, in order.
std::vector<std::string> content_stems(std::string_view text);

// Number of whitespace-separated words in text (for length rules).
int word_count(std::string_view text);

}  // namespace dhr::sections
