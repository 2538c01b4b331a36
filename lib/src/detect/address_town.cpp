#include "detect/address_town.h"

#include <array>
#include <string>

#include "detect/lexicon.h"
#include "text/fold.h"

namespace dhr::detect {
namespace {

// Words that start a clause after a comma far more often than they name a town; the
// lexicon's common words cover the rest when dictionaries are loaded.
bool never_a_town(const std::string& folded_word) {
  static constexpr std::array<const char*, 24> kWords{
      "mr", "mrs", "ms", "miss", "dr", "the", "and", "but", "on", "in", "at", "he", "she", "they",
      "it", "this", "that", "which", "who", "where", "when", "police", "her", "his"};
  for (const char* w : kWords)
    if (folded_word == w) return true;
  return false;
}

bool closes_clause(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return true;
  const char c = text[pos];
  return c == ',' || c == '.' || c == ';' || c == ':' || c == ')' || c == '\n';
}

// Trims trailing separators (", " and spaces) before position `pos`.
std::uint32_t back_over_separators(std::string_view text, std::uint32_t begin, std::uint32_t pos) {
  while (pos > begin && (text[pos - 1] == ' ' || text[pos - 1] == ',')) --pos;
  return pos;
}

}  // namespace

bool check_address_town(CheckArgs& args) {
  const GroupSpan town = args.group("town");
  if (!town.matched() || args.group("postcode").matched()) return true;
  const auto tb = static_cast<std::uint32_t>(town.begin);
  const auto te = static_cast<std::uint32_t>(town.end);
  // Candidate ends: after each word of the town group, longest first.
  std::uint32_t accepted = 0;
  for (std::uint32_t end = te; end > tb;) {
    const std::string candidate(args.text.substr(tb, end - tb));
    const std::string key = unicode::fold(candidate);
    const std::string first_word = key.substr(0, key.find_first_of(" ,"));
    const bool known = args.lexicon != nullptr && args.lexicon->place(key) != nullptr;
    const bool ordinary = never_a_town(first_word) ||
                          (args.lexicon != nullptr && args.lexicon->is_common_word(first_word) &&
                           args.lexicon->place(first_word) == nullptr);
    if (known || (!ordinary && closes_clause(args.text, end))) {
      accepted = end;
      break;
    }
    // Step back to the end of the previous word.
    std::uint32_t p = end;
    while (p > tb && args.text[p - 1] != ' ') --p;
    end = back_over_separators(args.text, tb, p);
  }
  args.end = accepted ? accepted : back_over_separators(args.text, args.begin, tb);
  return true;
}

}  // namespace dhr::detect
