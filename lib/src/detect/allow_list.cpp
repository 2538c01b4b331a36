#include "detect/allow_list.h"

#include <re2/re2.h>

#include <algorithm>
#include <memory>

namespace dhr::detect {

AllowList::AllowList(const std::vector<std::string>& phrases, const std::vector<unicode::FoldedText>& folded)
    : spans_(folded.size()) {
  // One alternation of all phrases, longest first so that "West Midlands Police" wins
  // over "West Midlands"; RE2 keeps this linear in the text whatever the phrase count.
  std::vector<std::string> keys;
  for (const std::string& p : phrases) {
    std::string k = unicode::fold(p);
    if (k.find_first_not_of(' ') != std::string::npos) keys.push_back(std::move(k));
  }
  if (keys.empty()) return;
  std::sort(keys.begin(), keys.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  std::string pattern = "(?:^|[^\\pL\\pN])(";
  for (std::size_t i = 0; i < keys.size(); ++i) pattern += (i ? "|" : "") + RE2::QuoteMeta(keys[i]);
  pattern += ")(?:[^\\pL\\pN]|$)";
  RE2::Options options;
  options.set_max_mem(64 << 20);
  options.set_log_errors(false);
  const RE2 re(pattern, options);
  if (!re.ok()) return;
  for (std::size_t b = 0; b < folded.size(); ++b) {
    const std::string& text = folded[b].text();
    re2::StringPiece input(text);
    re2::StringPiece match;
    while (RE2::FindAndConsume(&input, re, &match)) {
      const auto begin = static_cast<std::uint32_t>(match.data() - text.data());
      const auto [ob, oe] = folded[b].original_range(begin, begin + static_cast<std::uint32_t>(match.size()));
      spans_[b].push_back({ob, oe});
      // Step back over the trailing separator so adjacent phrases both match.
      if (input.data() > match.data() + match.size()) input = re2::StringPiece(match.data() + match.size(), text.data() + text.size() - (match.data() + match.size()));
    }
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
