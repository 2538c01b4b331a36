#include "detect/case_tokens.h"

#include <array>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace dhr::detect {
namespace {

constexpr std::array<bool, 128> kAsciiWord = [] {
  std::array<bool, 128> t{};
  for (int c = 0; c < 128; ++c) t[c] = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
  return t;
}();

bool ascii_word(unsigned char c) { return c < 128 && kAsciiWord[c]; }

UChar32 code_point_at(std::string_view s, std::size_t pos) {
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(s.data());
  auto i = static_cast<int32_t>(pos);
  UChar32 cp;
  U8_NEXT(bytes, i, static_cast<int32_t>(s.size()), cp);
  return cp;
}

}  // namespace

bool is_word_code_point(std::string_view s, std::size_t pos, std::size_t* length) {
  const auto c = static_cast<unsigned char>(s[pos]);
  if (c < 0x80) {
    *length = 1;
    return ascii_word(c);
  }
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(s.data());
  auto i = static_cast<int32_t>(pos);
  UChar32 cp;
  U8_NEXT(bytes, i, static_cast<int32_t>(s.size()), cp);
  *length = static_cast<std::size_t>(i) - pos;
  return cp >= 0 && u_isalnum(cp);
}

void BlockWords::reset(const unicode::FoldedText& f, std::string_view original_text) {
  map = &f;
  folded = f.text();
  original = original_text;
  tokens.clear();
  joined.clear();
  continues_sentence = false;
  std::size_t i = 0;
  const std::size_t n = folded.size();
  // The length of the word character at p, or 0 for another character (whose length is
  // then in *skip). ASCII bytes are classified inline (folded text is mostly ASCII);
  // others through ICU.
  auto word_length = [&](std::size_t p, std::size_t* skip) -> std::size_t {
    const auto c = static_cast<unsigned char>(folded[p]);
    if (c < 0x80) {
      *skip = 1;
      return kAsciiWord[c] ? 1 : 0;
    }
    std::size_t len = 1;
    const bool word = is_word_code_point(folded, p, &len);
    *skip = len;
    return word ? len : 0;
  };
  while (i < n) {
    std::size_t skip = 1;
    std::size_t len = word_length(i, &skip);
    if (len == 0) {
      i += skip;
      continue;
    }
    const std::size_t begin = i;
    do i += len;
    while (i < n && (len = word_length(i, &skip)) != 0);
    tokens.push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(i), -1});
  }
}

bool BlockWords::has_line_break(std::uint32_t begin, std::uint32_t end) const {
  if (end <= begin) return false;
  const auto [ob, oe] = map->original_range(begin, end);
  for (std::uint32_t k = ob; k < oe; ++k)
    if (original[k] == '\n' || original[k] == '\r') return true;
  // U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR
  return original.substr(ob, oe - ob).find("\xE2\x80\xA8") != std::string_view::npos ||
         original.substr(ob, oe - ob).find("\xE2\x80\xA9") != std::string_view::npos;
}

bool BlockWords::capitalised(std::size_t i) const {
  const std::uint32_t ob = map->original_range(tokens[i].begin, tokens[i].begin + 1).first;
  if (ob >= original.size()) return false;
  const auto c = static_cast<unsigned char>(original[ob]);
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  const UChar32 cp = code_point_at(original, ob);
  return cp >= 0 && (u_isupper(cp) || u_istitle(cp));
}

bool BlockWords::all_capitals(std::uint32_t begin, std::uint32_t end) const {
  const auto [ob, oe] = map->original_range(begin, end);
  bool letters = false;
  for (std::size_t k = ob; k < oe;) {
    const auto c = static_cast<unsigned char>(original[k]);
    if (c < 0x80) {
      if (c >= 'a' && c <= 'z') return false;
      letters = letters || (c >= 'A' && c <= 'Z');
      ++k;
      continue;
    }
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(original.data());
    auto j = static_cast<int32_t>(k);
    UChar32 cp;
    U8_NEXT(bytes, j, static_cast<int32_t>(oe), cp);
    k = static_cast<std::size_t>(j);
    if (cp < 0) continue;
    if (u_islower(cp)) return false;
    letters = letters || u_isupper(cp);
  }
  return letters;
}

bool BlockWords::sentence_start(std::size_t i) const {
  // Walk back over anything that is neither a word character nor a sentence end:
  // spaces, quotes, brackets, bullets, emphasis marks.
  auto skip_back = [&](std::size_t p, bool digits) {
    while (p > 0) {
      const auto c = static_cast<unsigned char>(folded[p - 1]);
      if (c == '.' || c == '!' || c == '?' || c == ':') {
        if (!digits) return p;
        --p;  // inside a paragraph number "3.6.2"
        continue;
      }
      if (c < 0x80) {
        const bool digit = c >= '0' && c <= '9';
        if (ascii_word(c) && !(digits && digit)) return p;
        --p;
        continue;
      }
      std::size_t start = p - 1;
      while (start > 0 && (static_cast<unsigned char>(folded[start]) & 0xC0) == 0x80) --start;
      std::size_t len = 1;
      if (is_word_code_point(folded, start, &len)) return p;
      p = start;
    }
    return p;
  };
  std::size_t p = skip_back(tokens[i].begin, false);
  if (p == 0) return !continues_sentence;
  auto c = static_cast<unsigned char>(folded[p - 1]);
  if (c == '.' || c == '!' || c == '?' || c == ':') return true;
  if (c >= '0' && c <= '9') {
    // "3.62 Will said ..." — a paragraph number at the block start, then the sentence.
    return skip_back(p, true) == 0 && !continues_sentence;
  }
  return false;
}

}  // namespace dhr::detect
