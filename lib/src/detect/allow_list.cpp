#include "detect/allow_list.h"

#include <re2/re2.h>

#include <algorithm>
#include <memory>

namespace dhr::detect {

PhraseSet::PhraseSet(const std::vector<std::string>& phrases) {
  // Longest first so that "West Midlands Police" wins over "West Midlands"; RE2 keeps
  // this linear in the text whatever the phrase count.
  std::vector<std::string> keys;
  for (const std::string& p : phrases) {
    std::string k = unicode::fold(p);
    if (k.find_first_not_of(' ') != std::string::npos) keys.push_back(std::move(k));
  }
  if (keys.empty()) return;
  std::sort(keys.begin(), keys.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  // Byte classes over Latin-1: folded text is lower-case ASCII but for other scripts,
  // whose UTF-8 bytes (>= 0x80) count as word characters, so a phrase never matches
  // inside a longer word. Unicode classes (\\pL) would make the automaton many times
  // larger and its compilation the cost of a scan.
  std::string pattern = "(?:^|[^a-z0-9\\x80-\\xff])(";
  for (std::size_t i = 0; i < keys.size(); ++i) {
    if (i > 0) pattern += '|';
    pattern += RE2::QuoteMeta(keys[i]);
  }
  pattern += ")(?:[^a-z0-9\\x80-\\xff]|$)";
  RE2::Options options;
  options.set_encoding(RE2::Options::EncodingLatin1);
  options.set_max_mem(64 << 20);
  options.set_log_errors(false);
  auto re = std::make_unique<RE2>(pattern, options);
  if (re->ok()) re_ = std::move(re);
}

PhraseSet::~PhraseSet() = default;
PhraseSet::PhraseSet(PhraseSet&&) noexcept = default;
PhraseSet& PhraseSet::operator=(PhraseSet&&) noexcept = default;

void PhraseSet::find(const unicode::FoldedText& folded, std::vector<TextSpan>& out) const {
  if (!re_) return;
  const std::string& text = folded.text();
  re2::StringPiece input(text);
  re2::StringPiece match;
  while (RE2::FindAndConsume(&input, *re_, &match)) {
    const auto begin = static_cast<std::uint32_t>(match.data() - text.data());
    const auto [ob, oe] = folded.original_range(begin, begin + static_cast<std::uint32_t>(match.size()));
    out.push_back({ob, oe});
    // Step back over the trailing separator so adjacent phrases both match.
    const char* after = match.data() + match.size();
    input = re2::StringPiece(after, static_cast<std::size_t>(text.data() + text.size() - after));
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
