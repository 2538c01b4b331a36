#include "detect/address_parts.h"

#include <algorithm>

#include "text/fold.h"

namespace dhr::detect {
namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }

// The last word of a part, folded, without a full stop: "Court" of "Amber Court".
std::string last_word(std::string_view part) {
  const auto space = part.rfind(' ');
  std::string w = unicode::fold(space == std::string_view::npos ? part : part.substr(space + 1));
  if (!w.empty() && w.back() == '.') w.pop_back();
  return w;
}

bool names_a_building(std::string_view word) {
  return word == "court" || word == "house" || word == "lodge" || word == "mansions" || word == "tower" ||
         word == "heights" || word == "point" || word == "apartments" || word == "buildings" || word == "block" ||
         word == "cottage" || word == "farm";
}

}  // namespace

std::string street_of_address(std::string_view address, const std::vector<std::string>& street_types) {
  // Words with their spans; a comma or digit ends a run of name words.
  struct Word {
    std::size_t b, e;
    bool capital;
    bool number;
  };
  std::vector<Word> words;
  for (std::size_t i = 0; i < address.size();) {
    if (address[i] == ' ' || address[i] == ',') {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < address.size() && address[j] != ' ' && address[j] != ',') ++j;
    const bool capital = address[i] >= 'A' && address[i] <= 'Z';
    const bool number = digit(address[i]);
    words.push_back({i, j, capital, number});
    i = j;
  }
  for (std::size_t k = 1; k < words.size(); ++k) {
    if (!words[k].capital) continue;
    std::string key = unicode::fold(address.substr(words[k].b, words[k].e - words[k].b));
    if (!key.empty() && key.back() == '.') key.pop_back();
    if (!std::binary_search(street_types.begin(), street_types.end(), key)) continue;
    std::size_t left = k;
    while (left > 0 && words[left - 1].capital && !words[left - 1].number &&
           address.substr(words[left - 1].e, words[left].b - words[left - 1].e).find(',') == std::string_view::npos)
      --left;
    if (left == k) continue;
    return std::string(address.substr(words[left].b, words[k].e - words[left].b));
  }
  return {};
}

std::string locality_of_address(std::string_view address, const std::vector<std::string>& street_types,
                                const Lexicon& lexicon) {
  std::vector<std::string> parts;  // the comma-separated parts after the first, postcodes cut off
  std::string_view rest = address;
  std::size_t comma;
  while ((comma = rest.find(',')) != std::string_view::npos) {
    rest.remove_prefix(comma + 1);
    std::string_view part = rest.substr(0, rest.find(','));
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    // A trailing postcode ("Cannock WS11 1AB"): keep the leading words without digits.
    std::size_t cut = part.size();
    for (std::size_t i = 0; i < part.size(); ++i)
      if (digit(part[i])) {
        cut = part.rfind(' ', i);
        cut = cut == std::string_view::npos ? 0 : cut;
        break;
      }
    part = part.substr(0, cut);
    while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
    if (!part.empty()) parts.emplace_back(part);
  }
  for (auto it = parts.rbegin(); it != parts.rend(); ++it) {
    const std::string word = last_word(*it);
    if (std::binary_search(street_types.begin(), street_types.end(), word) || names_a_building(word)) break;
    const Place* p = lexicon.place(unicode::fold(*it));
    if (p != nullptr && p->is_county && std::next(it) != parts.rend()) continue;  // "..., Hathersage, Derbyshire"
    return p != nullptr ? p->name : *it;
  }
  return {};
}

}  // namespace dhr::detect
