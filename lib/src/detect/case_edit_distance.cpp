#include "detect/case_edit_distance.h"

#include <algorithm>

namespace dhr::detect {

bool one_edit_apart(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > 1) return false;
  std::size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  if (a.size() == b.size()) {
    if (i == a.size()) return false;  // equal
    if (a.substr(i + 1) == b.substr(i + 1)) return true;  // substitution
    return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] && a.substr(i + 2) == b.substr(i + 2);  // swap
  }
  return a.substr(i) == b.substr(i + 1);  // b has one byte more
}

void OneEditIndex::add(std::string_view word, std::uint32_t id) {
  const auto index = static_cast<std::uint32_t>(words_.size());
  words_.emplace_back(std::string(word), id);
  min_length_ = std::min(min_length_, word.size());
  max_length_ = std::max(max_length_, word.size());
  auto add_key = [&](std::string key) {
    filter_.add(key);
    auto& list = keys_[std::move(key)];
    if (list.empty() || list.back() != index) list.push_back(index);
  };
  add_key(std::string(word));
  for (std::size_t k = 0; k < word.size(); ++k) {
    std::string d(word);
    d.erase(k, 1);
    add_key(std::move(d));
  }
}

void OneEditIndex::find(std::string_view word, std::vector<std::uint32_t>& out) const {
  if (word.size() + 1 < min_length_ || word.size() > max_length_ + 1) return;
  const std::size_t first_out = out.size();
  auto probe = [&](std::string_view key) {
    if (!filter_.may_contain(key)) return;
    const auto it = keys_.find(key);
    if (it == keys_.end()) return;
    for (std::uint32_t w : it->second) {
      const auto& [name, id] = words_[w];
      if (!one_edit_apart(word, name)) continue;
      if (std::find(out.begin() + static_cast<std::ptrdiff_t>(first_out), out.end(), id) == out.end()) out.push_back(id);
    }
  };
  probe(word);  // word is the name with one byte deleted
  // word with one byte deleted: word has one byte more, or a substitution/swap (a shared
  // deletion). Built in a stack buffer: names are short, longer words cannot match.
  char buffer[64];
  if (word.size() > sizeof buffer) return;
  for (std::size_t k = 0; k < word.size(); ++k) {
    std::copy(word.begin(), word.begin() + static_cast<std::ptrdiff_t>(k), buffer);
    std::copy(word.begin() + static_cast<std::ptrdiff_t>(k) + 1, word.end(), buffer + k);
    probe(std::string_view(buffer, word.size() - 1));
  }
}

}  // namespace dhr::detect
