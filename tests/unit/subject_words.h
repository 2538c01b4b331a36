// Test helpers shared by the writer tests: the words of a case file's subjects that must
// not survive in an anonymised copy, and a whole-word search for them in raw bytes.
#pragma once

#include <cctype>
#include <set>
#include <string>

#include "dhr/case_file.h"

namespace dhr::test {

// Each subject's full name, first name, surname and aliases, as the case file spells them.
inline std::set<std::string> subject_name_forms(const CaseFile& c) {
  std::set<std::string> out;
  for (const Subject& s : c.subjects) {
    out.insert(s.name);
    const std::size_t first_space = s.name.find(' ');
    const std::size_t last_space = s.name.rfind(' ');
    if (first_space != std::string::npos) {
      out.insert(s.name.substr(0, first_space));
      out.insert(s.name.substr(last_space + 1));
    }
    for (const std::string& a : s.aliases) out.insert(a);
  }
  return out;
}

// Whether `word` stands in `text` as a word (not inside a longer one: "Will" in "William"
// or "Tash" in "Tasha" is another word). Bytes of 0x80 and above count as letters.
inline bool has_word_in(const std::string& text, const std::string& word) {
  auto is_word = [](unsigned char c) { return std::isalnum(c) || c >= 0x80; };
  for (std::size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
    const bool left = at == 0 || !is_word(static_cast<unsigned char>(text[at - 1]));
    const std::size_t end = at + word.size();
    const bool right = end >= text.size() || !is_word(static_cast<unsigned char>(text[end]));
    if (left && right) return true;
  }
  return false;
}

}  // namespace dhr::test
