#include "detect/repeated_identifiers.h"

#include "detect/address_parts.h"

#include <algorithm>
#include <map>
#include <optional>

#include <fmt/format.h>

namespace dhr::detect {
namespace {

bool alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'); }
bool digit(char c) { return c >= '0' && c <= '9'; }
bool separator(char c) { return c == ' ' || c == '-' || c == '.'; }
// A byte that continues a word: a letter or digit, or any byte of a non-ASCII letter.
bool word_byte(char c) { return alnum(c) || (static_cast<unsigned char>(c) & 0x80); }

// A folded text with the separators inside identifiers dropped: a run of spaces, hyphens
// or full stops between two letters or digits of which one is a digit ("07700 900-123",
// "AB12 CDE", "nn14 4jg"), so that one key finds every spacing. Words stay apart.
struct Squeezed {
  std::string text;
  std::vector<std::uint32_t> at;  // per byte of text: its offset in the folded text

  explicit Squeezed(std::string_view f) {
    text.reserve(f.size());
    at.reserve(f.size());
    for (std::size_t i = 0; i < f.size(); ++i) {
      if (separator(f[i]) && !text.empty() && alnum(text.back())) {
        std::size_t j = i;
        while (j < f.size() && separator(f[j])) ++j;
        if (j < f.size() && alnum(f[j]) && (digit(text.back()) || digit(f[j])) && j - i <= 3) {
          i = j - 1;
          continue;
        }
      }
      text += f[i];
      at.push_back(static_cast<std::uint32_t>(i));
    }
  }
};

// Categories whose identifiers are written the same wherever they recur.
bool repeats(Category c) {
  switch (c) {
    case Category::postcode: case Category::phone: case Category::email: case Category::nhs_number:
    case Category::ni_number: case Category::vehicle: case Category::handle:
      return true;
    default:
      return false;
  }
}

// Every whole-word occurrence of key in hay (byte ranges of hay).
std::vector<std::pair<std::size_t, std::size_t>> occurrences(std::string_view hay, std::string_view key) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  if (key.empty()) return out;
  for (std::size_t p = hay.find(key); p != std::string_view::npos; p = hay.find(key, p + 1)) {
    const std::size_t e = p + key.size();
    if ((p == 0 || !word_byte(hay[p - 1])) && (e >= hay.size() || !word_byte(hay[e]))) out.emplace_back(p, e);
  }
  return out;
}

// Common abbreviations of street types, both ways ("Mill Lane" is also "Mill Ln").
const std::map<std::string, std::string>& street_abbreviations() {
  static const std::map<std::string, std::string> m = {
      {"street", "st"}, {"road", "rd"},     {"avenue", "ave"}, {"lane", "ln"},   {"crescent", "cres"},
      {"terrace", "tce"}, {"gardens", "gdns"}, {"grove", "gr"}, {"close", "cl"}, {"drive", "dr"},
      {"place", "pl"},  {"square", "sq"},   {"court", "ct"}};
  return m;
}

struct Occupied {
  // Per block: the ranges existing findings cover, sorted.
  std::map<std::size_t, std::vector<std::pair<std::uint32_t, std::uint32_t>>> ranges;
  bool overlaps(std::size_t block, std::uint32_t b, std::uint32_t e) const {
    const auto it = ranges.find(block);
    if (it == ranges.end()) return false;
    for (const auto& [rb, re] : it->second)
      if (rb < e && b < re) return true;
    return false;
  }
  void add(std::size_t block, std::uint32_t b, std::uint32_t e) { ranges[block].emplace_back(b, e); }
};

}  // namespace

void find_repeated_identifiers(const Document& doc, const std::vector<unicode::FoldedText>& folded,
                               const std::vector<std::string>& street_types, std::vector<Finding>& findings) {
  struct Key {
    std::string key;
    Category category;
    std::string form;
    std::string source;  // where it was found first
    bool street;
  };
  std::vector<Key> keys;
  Occupied occupied;
  for (const Finding& f : findings) {
    // A town is information, not an identifier: the street or number over it goes.
    if (f.category != Category::place) occupied.add(f.block, f.begin, f.end);
    const std::string where_found = where(doc.blocks[f.block]);
    if (repeats(f.category)) {
      std::string k = Squeezed(unicode::fold(f.text)).text;
      const bool has_digit = std::any_of(k.begin(), k.end(), digit);
      if (k.size() >= 5 && (has_digit || f.category == Category::email || f.category == Category::handle))
        keys.push_back({std::move(k), f.category, f.form, where_found, false});
    } else if (f.category == Category::address) {
      const std::string street = street_of_address(f.text, street_types);
      if (street.empty()) continue;
      std::string k = unicode::fold(street);
      keys.push_back({k, Category::address, "street", where_found, true});
      // The same street with its type abbreviated, or written out.
      const auto space = k.rfind(' ');
      if (space == std::string::npos) continue;
      const std::string type = k.substr(space + 1);
      for (const auto& [full, abbr] : street_abbreviations()) {
        if (type == full) keys.push_back({k.substr(0, space + 1) + abbr, Category::address, "street", where_found, true});
        if (type == abbr) keys.push_back({k.substr(0, space + 1) + full, Category::address, "street", where_found, true});
      }
    }
  }
  if (keys.empty()) return;
  std::sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) { return a.key.size() > b.key.size(); });
  keys.erase(std::unique(keys.begin(), keys.end(), [](const Key& a, const Key& b) { return a.key == b.key; }),
             keys.end());

  std::vector<Finding> added;
  for (std::size_t b = 0; b < doc.blocks.size() && b < folded.size(); ++b) {
    if (repeats_other_text(doc.blocks[b].kind)) continue;
    const std::string& f = folded[b].text();
    std::optional<Squeezed> squeezed;
    for (const Key& k : keys) {
      std::vector<std::pair<std::uint32_t, std::uint32_t>> spans;  // folded ranges
      if (k.street) {
        for (const auto& [p, e] : occurrences(f, k.key)) spans.emplace_back(p, e);
      } else {
        if (f.find(k.key.substr(0, 2)) == std::string::npos) continue;  // cheap: most blocks hold none
        if (!squeezed) squeezed.emplace(f);
        for (const auto& [p, e] : occurrences(squeezed->text, k.key))
          spans.emplace_back(squeezed->at[p], squeezed->at[e - 1] + 1);
      }
      for (const auto& [fb, fe] : spans) {
        const auto [ob, oe] = folded[b].original_range(fb, fe);
        if (occupied.overlaps(b, ob, oe)) continue;
        const std::string& text = doc.blocks[b].text;
        // A street is a proper noun: "the mill lane" in lower case is no street of theirs.
        if (k.street && !(text[ob] >= 'A' && text[ob] <= 'Z')) continue;
        Finding n;
        n.category = k.category;
        n.block = b;
        n.begin = ob;
        n.end = oe;
        n.text = text.substr(ob, oe - ob);
        n.form = k.form;
        n.confidence = 0.85;
        n.rule = k.street ? "repeat:street" : fmt::format("repeat:{}", to_string(k.category));
        n.why = k.street ? fmt::format("the street of the address in {}", k.source)
                         : fmt::format("the same {} as in {}", to_string(k.category), k.source);
        occupied.add(b, ob, oe);
        added.push_back(std::move(n));
      }
    }
  }
  if (added.empty()) return;
  std::erase_if(findings, [&](const Finding& f) {
    if (f.category != Category::place) return false;
    for (const Finding& n : added)
      if (n.block == f.block && n.begin < f.end && f.begin < n.end) return true;
    return false;
  });
  for (Finding& n : added) findings.push_back(std::move(n));
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    if (a.block != b.block) return a.block < b.block;
    return a.begin < b.begin;
  });
}

}  // namespace dhr::detect
