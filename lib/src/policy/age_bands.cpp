#include "policy/age_bands.h"

#include <algorithm>
#include <charconv>
#include <vector>

namespace dhr::policy {
namespace {

const char* const kDecades[] = {"", "", "twenties", "thirties", "forties", "fifties",
                                "sixties", "seventies", "eighties", "nineties"};

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (true) {
    const std::size_t bar = s.find(sep, start);
    out.push_back(s.substr(start, bar == std::string_view::npos ? std::string_view::npos : bar - start));
    if (bar == std::string_view::npos) return out;
    start = bar + 1;
  }
}

// Whole years of an age field: "38" -> 38; "9m", "3w", "5d" (under two years) -> 0.
int years_of(std::string_view age) {
  if (!age.empty() && (age.back() == 'm' || age.back() == 'w' || age.back() == 'd')) return 0;
  int v = -1;
  std::from_chars(age.data(), age.data() + age.size(), v);
  return v;
}

bool is_adult_band(int age) { return age >= 20; }

// The band as it follows a verb or preposition: "in her late thirties", "aged 16 or 17",
// "aged under 16".
std::string predicative(int age, Pronoun pronoun) {
  if (is_adult_band(age)) return "in " + std::string(pronoun) + " " + band_words(age);
  return "aged " + band_words(age);
}

std::string capitalised_like(std::string s, std::string_view original) {
  if (!original.empty() && original[0] >= 'A' && original[0] <= 'Z' && !s.empty() && s[0] >= 'a' && s[0] <= 'z')
    s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

// The leading article of the original span ("a", "an", "the", "her"...), or empty.
std::string_view leading_word(std::string_view original) {
  const std::size_t space = original.find(' ');
  return space == std::string_view::npos ? std::string_view() : original.substr(0, space);
}

bool is_article(std::string_view w) {
  return w == "a" || w == "A" || w == "an" || w == "An" || w == "the" || w == "The";
}

// "aged 23-31" for a group: the decades the range spans.
std::string range_phrase(std::string_view age) {
  const auto dash = age.find('-');
  if (dash == std::string_view::npos) return "of various ages";
  const int lo = years_of(age.substr(0, dash));
  const int hi = years_of(age.substr(dash + 1));
  if (lo < 0 || hi < 0) return "of various ages";
  if (!is_adult_band(lo) || !is_adult_band(hi)) return "of various ages";
  const std::string a = kDecades[std::min(lo / 10, 9)];
  const std::string b = kDecades[std::min(hi / 10, 9)];
  return a == b ? "in their " + a : "in their " + a + " and " + b;
}

}  // namespace

std::string band_words(int age) {
  if (age < 16) return "under 16";
  if (age < 18) return "16 or 17";
  if (age < 20) return "18 or 19";
  if (age >= 100) return "over 100";
  const int unit = age % 10;
  const std::string decade = kDecades[age / 10];
  if (unit <= 3) return "early " + decade;
  if (unit <= 6) return "mid-" + decade;
  return "late " + decade;
}

std::string age_band_phrase(std::string_view form, std::string_view original, Pronoun pronoun) {
  const auto fields = split(form, '|');
  const std::string_view age_field = fields.empty() ? std::string_view() : fields[0];
  const std::string_view shape = fields.size() > 1 ? fields[1] : std::string_view();
  const std::string_view noun = fields.size() > 2 ? fields[2] : std::string_view();
  if (shape == "aged_range") return capitalised_like(range_phrase(age_field), original);
  const int age = years_of(age_field);
  if (age < 0) return capitalised_like("of an age not given", original);
  const std::string band = band_words(age);

  std::string out;
  if (shape == "year_old_adjective") {
    // "a 38 year old woman" -> "a woman in her late thirties"; "her 20 year old son" (span
    // without "her") -> "son in his early twenties".
    const std::string_view first = leading_word(original);
    std::string article = is_article(first) ? std::string(first) : std::string();
    if (article == "a" || article == "an" || article == "A" || article == "An") {
      const bool upper = article[0] == 'A';
      const char n0 = noun.empty() ? 'x' : noun[0];
      const bool vowel = n0 == 'a' || n0 == 'e' || n0 == 'i' || n0 == 'o' || n0 == 'u';
      article = std::string(upper ? "A" : "a") + (vowel ? "n" : "");
    }
    out = (article.empty() ? "" : article + " ") + std::string(noun.empty() ? "person" : noun) + " " +
          predicative(age, pronoun);
    return out;
  }
  if (shape == "year_old_noun") {
    // "a 17-year-old" -> "a person aged 16 or 17"
    const std::string_view first = leading_word(original);
    const std::string article = is_article(first) ? std::string(first) : std::string("a");
    return capitalised_like(article + " person " + predicative(age, "their"), original);
  }
  if (shape == "aged" || shape == "years_old" || shape == "years_of_age" || shape == "age_of") {
    if (shape == "age_of" && (original.starts_with("from") || original.starts_with("From")))
      return capitalised_like(is_adult_band(age) ? "from " + std::string(pronoun) + " " + band : "from an age " + band,
                              original);
    return capitalised_like(predicative(age, pronoun), original);
  }
  if (shape == "year_old_before_name") {
    // "[17-year-old] Zoe" -> "16- or 17-year-old Zoe"; "[the 28 year old] Will" -> "the
    // late-twenties Will": the band as an adjective, since the name follows.
    const std::string_view first = leading_word(original);
    const std::string article = is_article(first) ? std::string(first) + " " : std::string();
    std::string adjective;
    if (age < 16) adjective = "under-16";
    else if (age < 20) adjective = std::to_string(age < 18 ? 16 : 18) + "- or " + std::to_string(age < 18 ? 17 : 19) + "-year-old";
    else {
      adjective = band;
      std::replace(adjective.begin(), adjective.end(), ' ', '-');
    }
    return capitalised_like(article + adjective, original);
  }
  if (shape == "birthday") return "birthday";  // "her 18th birthday" -> "her birthday": the ordinal is the age
  if (shape == "years_months" || shape == "table" || shape == "bare") return capitalised_like(band, original);
  if (shape == "parenthesised") return "(" + band + ")";
  if (shape == "age_label") {
    // "Age: 33" -> "Age: early thirties": keep the label as written.
    std::size_t i = 0;
    while (i < original.size() && !(original[i] >= '0' && original[i] <= '9') && original[i] != '(') ++i;
    return std::string(original.substr(0, i)) + band;
  }
  return capitalised_like(predicative(age, pronoun), original);
}

}  // namespace dhr::policy
