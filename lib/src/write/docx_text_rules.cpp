#include "write/docx_text_rules.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <set>

#include "write/docx_out_package.h"

namespace dhr::write::docx {
namespace {

std::string_view trim(std::string_view s) {
  const std::size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return {};
  const std::size_t e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

// Whether a letter or digit touches position `at` of `s` from the left (before) or the
// right (after): then a name found there is part of a longer word.
bool word_char_before(std::string_view s, std::size_t at) {
  if (at == 0) return false;
  auto i = static_cast<std::int32_t>(at);
  UChar32 c = 0;
  U8_PREV(reinterpret_cast<const std::uint8_t*>(s.data()), 0, i, c);
  return c >= 0 && u_isalnum(c);
}

bool word_char_after(std::string_view s, std::size_t at) {
  if (at >= s.size()) return false;
  auto i = static_cast<std::int32_t>(at);
  UChar32 c = 0;
  U8_NEXT(reinterpret_cast<const std::uint8_t*>(s.data()), i, static_cast<std::int32_t>(s.size()), c);
  return c >= 0 && u_isalnum(c);
}

std::size_t letter_count(std::string_view s) {
  std::size_t n = 0;
  for (std::int32_t i = 0; i < static_cast<std::int32_t>(s.size());) {
    UChar32 c = 0;
    U8_NEXT(reinterpret_cast<const std::uint8_t*>(s.data()), i, static_cast<std::int32_t>(s.size()), c);
    if (c >= 0 && u_isalpha(c)) ++n;
  }
  return n;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string percent_decoded(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && hex_value(s[i + 1]) >= 0 && hex_value(s[i + 2]) >= 0) {
      out += static_cast<char>(hex_value(s[i + 1]) * 16 + hex_value(s[i + 2]));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

}  // namespace

TextRules::TextRules(const std::vector<Edit>& edits, const CarrierCopies& copies) : copies_(copies) {
  std::set<std::string> seen_names, seen_whole, seen_lower;
  auto is_word_byte = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80; };
  for (const Edit& e : edits) {
    const std::string original(trim(e.original));
    if (original.empty() || original == e.replacement) continue;
    if (e.category == Category::person && letter_count(original) >= 2) {
      if (seen_names.insert(original).second) names_.push_back({original, e.replacement});
    } else if (seen_whole.insert(original).second) {
      whole_.push_back({original, e.replacement});
    }
    const std::string lower = ascii_lower(original);
    if (e.category == Category::person) {
      for (std::size_t i = 0; i < lower.size();) {
        std::size_t j = i;
        while (j < lower.size() && is_word_byte(lower[j])) ++j;
        if (j - i >= 3) name_words_.insert(lower.substr(i, j - i));
        i = j == i ? i + 1 : j;
      }
    } else if (lower.size() >= 3 && seen_lower.insert(lower).second) {
      others_lowered_.push_back(lower);
    }
  }
  std::stable_sort(names_.begin(), names_.end(),
                   [](const Name& a, const Name& b) { return a.original.size() > b.original.size(); });
}

std::optional<std::string> TextRules::rewrite(std::string_view text) const {
  if (auto it = copies_.find(std::string(text)); it != copies_.end()) return it->second;
  const std::string_view core = trim(text);
  for (const Name& w : whole_)
    if (core == w.original) {
      const std::size_t lead = static_cast<std::size_t>(core.data() - text.data());
      return std::string(text.substr(0, lead)) + w.replacement + std::string(text.substr(lead + core.size()));
    }
  // Names as words, longest first at each position.
  std::string out;
  bool changed = false;
  std::size_t copied = 0;
  for (std::size_t at = 0; at < text.size();) {
    const Name* hit = nullptr;
    for (const Name& n : names_)
      if (text.compare(at, n.original.size(), n.original) == 0 && !word_char_before(text, at) &&
          !word_char_after(text, at + n.original.size())) {
        hit = &n;
        break;  // names_ is longest first
      }
    if (hit == nullptr) {
      ++at;
      continue;
    }
    out.append(text, copied, at - copied);
    out += hit->replacement;
    at += hit->original.size();
    copied = at;
    changed = true;
  }
  if (!changed) return std::nullopt;
  out.append(text, copied, std::string_view::npos);
  return out;
}

bool TextRules::mentions_identifier(std::string_view text) const {
  const std::string decoded = ascii_lower(percent_decoded(text));
  for (const std::string& o : others_lowered_)
    if (decoded.find(o) != std::string::npos) return true;
  for (std::size_t i = 0; i < decoded.size();) {
    std::size_t j = i;
    while (j < decoded.size() && (std::isalnum(static_cast<unsigned char>(decoded[j])) ||
                                  static_cast<unsigned char>(decoded[j]) >= 0x80))
      ++j;
    if (j > i && name_words_.count(std::string_view(decoded).substr(i, j - i)) != 0) return true;
    i = j == i ? i + 1 : j;
  }
  return false;
}

}  // namespace dhr::write::docx
