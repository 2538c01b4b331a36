#include "detect/allow_list.h"

#include <algorithm>

namespace dhr::detect {

namespace {

// A byte that continues a word in folded text: lower-case ASCII letters and digits, and
// every byte of a non-ASCII character (folded text keeps other scripts' letters), so a
// phrase never matches inside a longer word.
bool is_word_byte(char c) {
  const auto b = static_cast<unsigned char>(c);
  return (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b >= 0x80;
}

std::size_t head_end(std::string_view s, std::size_t from) {
  while (from < s.size() && is_word_byte(s[from])) ++from;
  return from;
}

}  // namespace

PhraseSet::PhraseSet(const std::vector<std::string>& phrases) {
  for (const std::string& p : phrases) {
    std::string k = unicode::fold(p);
    if (k.find_first_not_of(' ') == std::string::npos) continue;
    std::string head = k.substr(0, head_end(k, 0));
    heads_.add(head);
    by_head_[std::move(head)].push_back(std::move(k));
  }
  for (auto& [head, list] : by_head_) {
    // Longest first, so that "West Midlands Police" wins over "West Midlands".
    std::sort(list.begin(), list.end(), [](const std::string& a, const std::string& b) {
      return a.size() != b.size() ? a.size() > b.size() : a < b;
    });
    list.erase(std::unique(list.begin(), list.end()), list.end());
  }
}

void PhraseSet::find(const unicode::FoldedText& folded, std::vector<TextSpan>& out) const {
  if (by_head_.empty()) return;
  const std::string_view text = folded.text();
  const std::size_t n = text.size();
  std::size_t resume = 0;  // where the last occurrence ended: a phrase may start right there
  for (std::size_t p = 0; p < n;) {
    if (p != resume && is_word_byte(text[p - 1])) {
      ++p;
      continue;
    }
    const std::size_t h = head_end(text, p);
    const std::string_view head = text.substr(p, h - p);
    const auto it = heads_.may_contain(head) ? by_head_.find(head) : by_head_.end();
    std::size_t matched = 0;
    if (it != by_head_.end())
      for (const std::string& phrase : it->second)
        if (text.substr(p).starts_with(phrase) && (p + phrase.size() == n || !is_word_byte(text[p + phrase.size()]))) {
          matched = phrase.size();
          break;
        }
    if (matched == 0) {
      p = h > p ? h : p + 1;  // no phrase starts inside a word
      continue;
    }
    const auto [ob, oe] = folded.original_range(static_cast<std::uint32_t>(p), static_cast<std::uint32_t>(p + matched));
    out.push_back({ob, oe});
    p = resume = p + matched;
  }
}

AllowList::AllowList(const std::vector<std::string>& phrases, const std::vector<unicode::FoldedText>& folded,
                     const PhraseSet* fixed)
    : spans_(folded.size()) {
  const PhraseSet own(phrases);
  for (std::size_t b = 0; b < folded.size(); ++b) {
    own.find(folded[b], spans_[b]);
    if (fixed != nullptr) fixed->find(folded[b], spans_[b]);
    std::sort(spans_[b].begin(), spans_[b].end(), [](const TextSpan& x, const TextSpan& y) { return x.begin < y.begin; });
  }
}

bool AllowList::covers(std::size_t block, std::uint32_t begin, std::uint32_t end) const {
  if (block >= spans_.size()) return false;
  for (const TextSpan& s : spans_[block])
    if (s.begin <= begin && end <= s.end) return true;
  return false;
}

const std::vector<TextSpan>& AllowList::spans(std::size_t block) const {
  static const std::vector<TextSpan> none;
  return block < spans_.size() ? spans_[block] : none;
}

}  // namespace dhr::detect
