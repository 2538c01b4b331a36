#include "text/context.h"

#include <algorithm>

#include "text/fold.h"

namespace dhr::unicode {
namespace {

bool word_byte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u >= 0x80;
}

bool sentence_end_at(std::string_view t, std::size_t i) {
  if (t[i] == '\n' || t[i] == '\r') return true;
  return (t[i] == '.' || t[i] == '!' || t[i] == '?') && i + 1 < t.size() && t[i + 1] == ' ';
}

// Moves p back (or forward) to a UTF-8 character boundary.
std::size_t boundary(std::string_view t, std::size_t p, bool forward) {
  while (p > 0 && p < t.size() && (static_cast<unsigned char>(t[p]) & 0xC0) == 0x80) p += forward ? 1 : -1;
  return std::min(p, t.size());
}

}  // namespace

std::pair<std::size_t, std::size_t> sentence_around(std::string_view t, std::size_t begin, std::size_t end,
                                                    std::size_t reach) {
  begin = std::min(begin, t.size());
  end = std::clamp(end, begin, t.size());
  std::size_t b = begin;
  const std::size_t floor = begin > reach ? begin - reach : 0;
  while (b > floor && !sentence_end_at(t, b - 1)) --b;
  if (b == floor && b > 0) {  // cut at a space
    const std::size_t sp = t.find(' ', b);
    if (sp != std::string_view::npos && sp < begin) b = sp + 1;
  }
  std::size_t e = end;
  const std::size_t ceiling = std::min(t.size(), end + reach);
  while (e < ceiling && !sentence_end_at(t, e)) ++e;
  if (e < t.size() && (t[e] == '.' || t[e] == '!' || t[e] == '?')) ++e;
  else if (e == ceiling && e < t.size()) {
    const std::size_t sp = t.rfind(' ', e);
    if (sp != std::string_view::npos && sp > end) e = sp;
  }
  while (b < begin && t[b] == ' ') ++b;
  return {boundary(t, b, false), boundary(t, e, true)};
}

std::string masked(std::string_view text, const std::vector<std::string>& forms, std::string_view mask) {
  const FoldedText folded(text);
  const std::string& f = folded.text();
  // Occurrences in original offsets, then replaced from the end.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> spans;
  for (const std::string& form : forms) {
    const std::string needle = fold(form);
    if (needle.size() < 2) continue;
    for (std::size_t pos = f.find(needle); pos != std::string::npos; pos = f.find(needle, pos + 1)) {
      const std::size_t e = pos + needle.size();
      if ((pos > 0 && word_byte(f[pos - 1])) || (e < f.size() && word_byte(f[e]))) continue;
      spans.push_back(folded.original_range(static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(e)));
    }
  }
  std::sort(spans.begin(), spans.end());
  std::string out;
  std::size_t at = 0;
  for (const auto& [b, e] : spans) {
    if (b < at) continue;
    out.append(text.substr(at, b - at)).append(mask);
    at = e;
  }
  out.append(text.substr(std::min(at, text.size())));
  return out;
}

std::string masked_context(std::string_view text, std::size_t begin, std::size_t end,
                           const std::vector<std::string>& forms, std::string_view mask) {
  const auto [b, e] = sentence_around(text, begin, end);
  std::string out = b > 0 ? "..." : "";
  out += masked(text.substr(b, begin - b), forms, mask);
  out += mask;
  out += masked(text.substr(end, e - end), forms, mask);
  if (e < text.size() && text.substr(e).find_first_not_of(" \n\r") != std::string_view::npos &&
      !(e > 0 && (text[e - 1] == '.' || text[e - 1] == '!' || text[e - 1] == '?')))
    out += "...";
  for (char& c : out)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  return out;
}

}  // namespace dhr::unicode
