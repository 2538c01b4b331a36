#include "policy/text_case.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace dhr::policy {

bool is_sentence_start(std::string_view text, std::size_t pos) {
  std::size_t i = std::min(pos, text.size());
  while (i > 0) {
    const char c = text[i - 1];
    if (c == ' ' || c == '\t' || c == '(' || c == '"' || c == '\'' || c == '[') {
      --i;
      continue;
    }
    // Opening curly quotes are three bytes: E2 80 98 / E2 80 9C.
    if (i >= 3 && text.substr(i - 3, 2) == "\xE2\x80" && (text[i - 1] == '\x98' || text[i - 1] == '\x9C')) {
      i -= 3;
      continue;
    }
    return c == '.' || c == '!' || c == '?' || c == '\n';
  }
  return true;
}

bool is_upper_case_word(std::string_view s) {
  const icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  int letters = 0;
  for (int32_t i = 0; i < u.length();) {
    const UChar32 c = u.char32At(i);
    i += U16_LENGTH(c);
    if (u_islower(c)) return false;
    if (u_isalpha(c)) ++letters;
  }
  return letters >= 2;
}

std::string capitalise_first(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

std::string upper_case(std::string s) {
  const icu::UnicodeString u = icu::UnicodeString::fromUTF8(s).toUpper();
  std::string out;
  u.toUTF8String(out);
  return out;
}

}  // namespace dhr::policy
