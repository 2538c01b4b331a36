#include "detect/allow_list.h"

#include <algorithm>
#include <array>

namespace dhr::detect {

namespace {

// A byte that continues a word in folded text: lower-case ASCII letters and digits, and
// every byte of a non-ASCII character (folded text keeps other scripts' letters), so a
// phrase never matches inside a longer word.
// (A table: the allow list reads every byte of a report.)
struct WordBytes {
  bool table[256];
  constexpr WordBytes() : table{} {
    for (int b = 0; b < 256; ++b) table[b] = (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b >= 0x80;
  }
};
constexpr WordBytes kWordBytes;

inline bool is_word_byte(char c) { return kWordBytes.table[static_cast<unsigned char>(c)]; }

std::size_t head_end(std::string_view s, std::size_t from) {
  while (from < s.size() && is_word_byte(s[from])) ++from;
  return from;
}

}  // namespace

const char* describe(KeepReason reason) {
  switch (reason) {
    case KeepReason::keep_entry: return "a [[keep]] entry of the case file";
    case KeepReason::professional: return "a professional of the case file";
    case KeepReason::report_professional: return "a professional the report names";
    case KeepReason::pseudonym: return "a pseudonym";
    case KeepReason::lexicon: return "an agency, law or scheme (dictionaries/keep)";
    case KeepReason::institution: return "an institution, law or charity named after a person";
    case KeepReason::place: return "a place (\"in\", \"at\", \"from\" before it)";
    case KeepReason::street: return "the name of a street, park or square";
  }
  return "kept";
}

PhraseSet::PhraseSet(const std::vector<std::string>& phrases, KeepReason reason) : reason_(reason) {
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

std::size_t PhraseSet::match_at(std::string_view text, std::size_t p, std::string_view head) const {
  const auto it = by_head_.find(head);
  if (it == by_head_.end()) return 0;
  for (const std::string& phrase : it->second)
    if (text.substr(p).starts_with(phrase) && (p + phrase.size() == text.size() || !is_word_byte(text[p + phrase.size()])))
      return phrase.size();
  return 0;
}

void PhraseSet::find(const unicode::FoldedText& folded, std::span<const PhraseSet* const> sets, std::vector<TextSpan>& out) {
  // One pass over the text for all the sets: the bytes are read, and each word's head
  // found, once. Each set keeps its own occurrences apart: within one set they do not
  // overlap; across sets they may.
  std::vector<std::size_t> resume(sets.size(), 0);  // per set: where its last occurrence ended
  const std::size_t count = sets.size();
  bool any_empty_head = false;
  for (std::size_t k = 0; k < count; ++k) any_empty_head = any_empty_head || (sets[k] != nullptr && sets[k]->by_head_.contains(""));
  const std::string_view text = folded.text();
  const std::size_t n = text.size();
  for (std::size_t p = 0; p < n;) {
    const bool word = is_word_byte(text[p]);
    if (!word && !any_empty_head) {  // the usual case: phrases start only at word starts
      ++p;
      continue;
    }
    const std::size_t h = word ? head_end(text, p) : p;
    const std::string_view head = text.substr(p, h - p);
    const std::uint64_t head_hash = word_hash(head);
    for (std::size_t k = 0; k < count; ++k) {
      // Most words open no phrase: the filter says so here, without a call.
      if (sets[k] == nullptr || p < resume[k] || !sets[k]->heads_.may_contain_hash(head_hash)) continue;
      // A phrase starts after a non-word byte, at the text's start, or where the set's
      // last occurrence ended (that one's trailing separator is its leading one too).
      if (p > 0 && p != resume[k] && is_word_byte(text[p - 1])) continue;
      const std::size_t matched = sets[k]->match_at(text, p, head);
      if (matched == 0) continue;
      const auto [ob, oe] = folded.original_range(static_cast<std::uint32_t>(p), static_cast<std::uint32_t>(p + matched));
      out.push_back({ob, oe, sets[k]->reason_});
      resume[k] = p + matched;
    }
    p = word ? h : p + 1;  // no phrase starts inside a word
  }
}

AllowList::AllowList(const std::vector<std::string>& phrases, const std::vector<unicode::FoldedText>& folded,
                     const PhraseSet* fixed) {
  const PhraseSet own(phrases);
  const std::array<const PhraseSet*, 2> sets{&own, fixed};
  all_.spans.resize(folded.size());
  for (std::size_t b = 0; b < folded.size(); ++b) PhraseSet::find(folded[b], sets, all_.spans[b]);
  index();
}

AllowList::AllowList(std::span<const PhraseSet* const> sets, const std::vector<unicode::FoldedText>& folded,
                     std::vector<std::vector<TextSpan>> extra) {
  all_.spans = std::move(extra);
  all_.spans.resize(folded.size());
  for (std::size_t b = 0; b < folded.size(); ++b) PhraseSet::find(folded[b], sets, all_.spans[b]);
  index();
}

void AllowList::index() {
  general_.spans.assign(all_.spans.size(), {});
  for (std::size_t b = 0; b < all_.spans.size(); ++b)
    for (const TextSpan& s : all_.spans[b])
      if (!person_only(s.reason)) general_.spans[b].push_back(s);
  for (Index* ix : {&all_, &general_}) {
    ix->max_end.assign(ix->spans.size(), {});
    for (std::size_t b = 0; b < ix->spans.size(); ++b) {
      std::vector<TextSpan>& spans = ix->spans[b];
      std::sort(spans.begin(), spans.end(), [](const TextSpan& x, const TextSpan& y) { return x.begin < y.begin; });
      std::uint32_t reach = 0;
      ix->max_end[b].reserve(spans.size());
      for (const TextSpan& s : spans) ix->max_end[b].push_back(reach = std::max(reach, s.end));
    }
  }
}

bool AllowList::Index::covers(std::size_t block, std::uint32_t begin, std::uint32_t end) const {
  if (block >= spans.size()) return false;
  // Some span covers [begin, end) iff the furthest end among the spans starting at or
  // before `begin` reaches `end`: a binary search, not a walk through every span (a
  // huge paragraph can hold a hundred thousand occurrences of "Police").
  const std::vector<TextSpan>& list = spans[block];
  const auto after = std::upper_bound(list.begin(), list.end(), begin,
                                      [](std::uint32_t b, const TextSpan& s) { return b < s.begin; });
  if (after == list.begin()) return false;
  return max_end[block][static_cast<std::size_t>(after - list.begin() - 1)] >= end;
}

bool AllowList::covers(std::size_t block, std::uint32_t begin, std::uint32_t end) const {
  return all_.covers(block, begin, end);
}

bool AllowList::covers(std::size_t block, std::uint32_t begin, std::uint32_t end, Category category) const {
  return category == Category::person ? all_.covers(block, begin, end) : general_.covers(block, begin, end);
}

const TextSpan* AllowList::covering(std::size_t block, std::uint32_t begin, std::uint32_t end) const {
  if (!covers(block, begin, end)) return nullptr;
  for (const TextSpan& s : all_.spans[block]) {
    if (s.begin > begin) break;
    if (s.end >= end) return &s;
  }
  return nullptr;
}

const std::vector<TextSpan>& AllowList::spans(std::size_t block) const {
  static const std::vector<TextSpan> none;
  return block < all_.spans.size() ? all_.spans[block] : none;
}

}  // namespace dhr::detect
