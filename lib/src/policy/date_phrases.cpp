#include "policy/date_phrases.h"

#include <optional>

#include "detect/date_parse.h"

namespace dhr::policy {
namespace {

const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                               "July",    "August",   "September", "October", "November", "December"};

bool is_boundary(std::string_view s, std::size_t i) {
  return i == 0 || i >= s.size() || s[i - 1] == ' ' || s[i] == ' ' || s[i - 1] == ':' || s[i - 1] == '(';
}

struct DateSpan {
  std::size_t begin = 0, end = 0;
  detect::UkDate date;
};

// The longest substring on word boundaries that reads as a date with a year.
std::optional<DateSpan> find_date(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (!is_boundary(s, i) || s[i] == ' ') continue;
    for (std::size_t j = s.size(); j > i; --j) {
      if (j < s.size() && !(s[j] == ' ' || s[j] == ',' || s[j] == '.' || s[j] == ')' || s[j] == ';')) continue;
      if (auto d = detect::parse_uk_date(s.substr(i, j - i)); d && d->year > 0) return DateSpan{i, j, *d};
    }
  }
  return std::nullopt;
}

bool starts_with_word(std::string_view s, std::string_view word) {
  if (s.size() < word.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(s[i])) != word[i]) return false;
  return s.size() == word.size() || s[word.size()] == ' ';
}

}  // namespace

std::string generalise_date(std::string_view phrase, DateKeep keep, std::string_view verb) {
  const auto span = find_date(phrase);
  std::string kept;
  if (!span) {
    kept = keep == DateKeep::nothing ? "" : "[date]";
  } else if (keep == DateKeep::year || span->date.month == 0) {
    kept = std::to_string(span->date.year);
  } else {
    kept = std::string(kMonths[span->date.month - 1]) + " " + std::to_string(span->date.year);
  }
  if (keep == DateKeep::nothing) kept = verb == "died" ? "[date of death]" : "[date of birth]";
  // No date we can read: replace the whole phrase (fail closed), never keep it.
  if (!span) return kept;
  if (starts_with_word(phrase, verb)) {
    // "born on the 12th of March 1988" -> "born in 1988"; anything after the date stays.
    const std::string verb_as_written(phrase.substr(0, verb.size()));
    const std::string joiner = keep == DateKeep::nothing ? " " : " in ";
    return verb_as_written + joiner + kept + std::string(phrase.substr(span->end));
  }
  return std::string(phrase.substr(0, span->begin)) + kept + std::string(phrase.substr(span->end));
}

}  // namespace dhr::policy
