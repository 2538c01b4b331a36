#include "sections/words.h"

#include <algorithm>
#include <array>

#include "text/fold.h"

namespace dhr::sections {
namespace {

bool ends_with(std::string_view s, std::string_view suffix) { return s.ends_with(suffix); }

// Function words and forms of address: they never tell one section from another.
// "dhr"/"darr" name the review itself ("DHR Panel" is the panel).
bool is_stop_word(std::string_view w) {
  static constexpr std::array<std::string_view, 44> kStop = {
      "a",    "an",    "the",  "of",    "and",   "or",   "to",   "for",  "in",   "on",   "at",
      "by",   "with",  "from", "into",  "its",   "it",   "this", "that", "these", "their", "his",
      "her",  "as",    "is",   "are",   "was",   "were", "be",   "been", "mr",   "mrs",  "ms",
      "miss", "dr",    "we",   "our",   "how",   "what", "who",  "which", "dhr",  "darr", "no"};
  return std::find(kStop.begin(), kStop.end(), w) != kStop.end();
}

bool is_roman_numeral(std::string_view w) {
  return !w.empty() && w.size() <= 5 && w.find_first_not_of("ivx") == std::string_view::npos;
}

// Removes "<...>" tags that converters leave in text ("<sup>4</sup>").
std::string strip_tags(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '<') {
      const std::size_t close = s.find('>', i);
      if (close != std::string_view::npos && close - i <= 12) {
        i = close;
        out += ' ';
        continue;
      }
    }
    out += s[i];
  }
  return out;
}

bool is_word_byte(unsigned char c) { return (c >= 'a' && c <= 'z') || c >= 0x80; }

}  // namespace

std::string stem(std::string_view word) {
  std::string w(word);
  // Irregular forms met in headings.
  if (w == "learnt") return "learn";
  if (w == "analyses") return "analysis";
  if (w == "children") return "child";
  if (w.size() <= 3) return w;
  // Plurals and the possessive left after the apostrophe was split off.
  if (ends_with(w, "ies") && w.size() > 4) {
    w.resize(w.size() - 3);
    w += 'y';  // "equalities" -> "equality", so that "-ity" below applies to both
  } else if (ends_with(w, "sses")) {
    w.resize(w.size() - 2);
  } else if (ends_with(w, "s") && !ends_with(w, "ss") && !ends_with(w, "us") && !ends_with(w, "is")) {
    w.pop_back();
  }
  // One derivational or inflectional ending, longest first.
  static constexpr std::array<std::pair<std::string_view, std::size_t>, 7> kEndings = {{
      {"ation", 4}, {"ment", 4}, {"ence", 4}, {"ance", 4}, {"ity", 4}, {"ing", 3}, {"ed", 3}}};
  for (const auto& [ending, min_rest] : kEndings) {
    if (ends_with(w, ending) && w.size() >= ending.size() + min_rest) {
      w.resize(w.size() - ending.size());
      break;
    }
  }
  if (w.size() > 3 && w.back() == 'e') w.pop_back();
  if (w.size() > 2 && w.back() == 'y') w.back() = 'i';
  return w;
}

std::vector<std::string> content_stems(std::string_view text) {
  const std::string folded = unicode::fold(strip_tags(text));
  // Words: runs of letters (digits and punctuation separate them). A possessive "'s"
  // is dropped with its apostrophe ("N's" -> "n", "agencies'" -> "agencies").
  std::vector<std::string> words;
  std::string current;
  for (std::size_t i = 0; i < folded.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(folded[i]);
    if (is_word_byte(c)) {
      current += static_cast<char>(c);
      continue;
    }
    if (c == '\'' && i + 1 < folded.size() && folded[i + 1] == 's' &&
        (i + 2 >= folded.size() || !is_word_byte(static_cast<unsigned char>(folded[i + 2]))))
      ++i;  // skip the "s" of a possessive
    if (!current.empty()) words.push_back(current);
    current.clear();
  }
  if (!current.empty()) words.push_back(current);

  std::vector<std::string> stems;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    // "(iv) Scope", "ii. Panel": a list label, not a word of the heading.
    if (i == 0 && words.size() > 1 && is_roman_numeral(w)) continue;
    if (w.size() == 1) continue;  // list letters ("a)"), pseudonym letters ("Background of N")
    if (is_stop_word(w)) continue;
    stems.push_back(stem(w));
  }
  return stems;
}

int word_count(std::string_view text) {
  int n = 0;
  bool in_word = false;
  for (char c : text) {
    const bool space = (c == ' ' || c == '\t' || c == '\n' || c == '\r');
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

}  // namespace dhr::sections
