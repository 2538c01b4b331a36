#include "detect/age_words.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <string>

namespace dhr::detect {
namespace {

template <std::size_t N>
bool in(const std::string_view (&words)[N], std::string_view w) {
  return !w.empty() && std::find(std::begin(words), std::end(words), w) != std::end(words);
}

constexpr std::array<std::string_view, 20> kUnits{
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
constexpr std::array<std::string_view, 10> kTens{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};

int index_of(std::string_view w, const auto& list) {
  for (std::size_t i = 0; i < list.size(); ++i)
    if (!list[i].empty() && list[i] == w) return static_cast<int>(i);
  return -1;
}

}  // namespace

const char* age_number_regex() {
  return "(?:\\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|"
         "seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
         "fifteen|sixteen|seventeen|eighteen|nineteen)";
}

std::optional<int> parse_age_number(std::string_view w) {
  if (w.empty()) return std::nullopt;
  if (std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    if (w.size() > 3) return std::nullopt;
    int v = 0;
    for (char c : w) v = v * 10 + (c - '0');
    return v;
  }
  if (int u = index_of(w, kUnits); u >= 0) return u;
  const auto sep = w.find_first_of("- ");
  const int tens = index_of(w.substr(0, sep), kTens);
  if (tens < 0) return std::nullopt;
  if (sep == std::string_view::npos) return tens * 10;
  const int unit = index_of(w.substr(sep + 1), kUnits);
  if (unit < 1 || unit > 9) return std::nullopt;
  return tens * 10 + unit;
}

std::optional<int> parse_ordinal(std::string_view w) {
  static constexpr std::string_view kOrdinals[] = {
      "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
      "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"};
  static constexpr std::string_view kTenths[] = {"", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth",
                                                 "seventieth", "eightieth", "ninetieth"};
  if (w.size() > 2 && w[0] >= '0' && w[0] <= '9') return parse_age_number(w.substr(0, w.size() - 2));
  for (int i = 1; i < 20; ++i)
    if (w == kOrdinals[i]) return i;
  for (int i = 2; i < 10; ++i)
    if (w == kTenths[i]) return i * 10;
  const auto sep = w.find_first_of("- ");
  if (sep == std::string_view::npos) return std::nullopt;
  const int tens = index_of(w.substr(0, sep), kTens);
  for (int i = 1; i < 10 && tens >= 2; ++i)
    if (w.substr(sep + 1) == kOrdinals[i]) return tens * 10 + i;
  return std::nullopt;
}

bool is_person_noun(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "woman", "man", "girl", "boy", "child", "son", "daughter", "baby", "infant", "toddler", "teenager", "teen",
      "youth", "adult", "male", "female", "mother", "father", "mum", "mom", "dad", "brother", "sister", "husband",
      "wife", "partner", "ex-partner", "boyfriend", "girlfriend", "victim", "perpetrator", "friend", "neighbour",
      "neighbor", "grandmother", "grandfather", "grandson", "granddaughter", "grandchild", "nephew", "niece",
      "cousin", "uncle", "aunt", "stepson", "stepdaughter", "stepfather", "stepmother", "step-son", "step-daughter",
      "half-brother", "half-sister", "lodger", "tenant", "driver", "passenger", "student", "pupil", "person",
      "individual", "resident", "worker", "carer", "relative", "widow", "widower", "pensioner", "lady", "gentleman",
      "twins", "twin", "sibling", "suspect", "offender", "defendant", "patient", "client", "acquaintance",
      "associate", "colleague", "employee", "fiance", "fiancee", "spouse", "grandparent", "parent", "mother-of-two",
      "father-of-two", "mother-of-three", "father-of-three", "lad", "schoolgirl", "schoolboy", "newborn", "kid",
      "stepchild", "national", "citizen", "resident", "mother-of-one", "father-of-one"};
  return in(kWords, w);
}

bool is_thing_noun(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "car", "vehicle", "van", "house", "home", "property", "relationship", "marriage", "conviction", "convictions",
      "order", "sentence", "history", "case", "policy", "strategy", "plan", "programme", "program", "review",
      "report", "dog", "cat", "pet", "building", "flat", "tenancy", "debt", "loan", "mortgage", "record", "records",
      "phone", "laptop", "computer", "injury", "scar", "photo", "photograph", "incident", "investigation",
      "warrant", "business", "company", "licence", "license", "friendship", "feud", "dispute", "addiction",
      "habit", "problem", "information", "referral", "assessment", "data", "message", "messages", "entry", "note",
      "notes", "account", "allegation", "complaint", "disclosure", "log", "file", "letter", "email", "photos",
      "injunction", "bail", "caution", "prescription", "diagnosis", "agreement", "contract", "scheme", "service",
      "event", "affair", "grudge", "marker", "flag", "warning", "system", "procedure", "protocol"};
  return in(kWords, w);
}

bool is_group_noun(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "person", "persons", "people", "those", "anyone", "anybody", "everyone", "someone", "individuals", "adults",
      "children", "young", "victims", "prisoners", "clients", "patients", "women", "men", "girls", "boys",
      "males", "females", "residents", "pupils", "students", "offenders", "applicants", "users", "survivors",
      "perpetrators", "parents", "carers", "youths", "teenagers", "learners", "claimants", "citizens", "all",
      "groups", "cohort"};
  return in(kWords, w);
}

bool is_function_word(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "and", "or", "but", "who", "which", "that", "was", "is", "were", "are", "had", "has", "have", "when", "while",
      "at", "in", "on", "with", "by", "for", "to", "from", "of", "as", "would", "could", "should", "will", "did",
      "does", "being", "been", "then", "there", "so", "because", "after", "before", "into", "during", "whose",
      "whom", "also", "still", "now", "not", "said", "told", "made", "the", "a", "an", "she", "he", "they", "it",
      "if", "called", "named", "known", "whom", "whose"};
  return in(kWords, w);
}

bool is_bound_word(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "from", "under", "over", "than", "below", "above", "until", "till", "least", "between", "beyond", "upto",
      "exceeding", "most", "min"};
  return in(kWords, w);
}

bool is_rule_age_word(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "under", "over", "minimum", "maximum", "legal", "retirement", "pension", "pensionable", "school", "leaving",
      "consent", "voting", "criminal", "same", "below", "above", "of", "the", "statutory", "qualifying"};
  return in(kWords, w);
}

bool is_numbering_word(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "section", "sections", "paragraph", "para", "appendix", "annex", "recommendation", "recommendations",
      "table", "figure", "fig", "page", "chapter", "act", "regulation", "rule", "part", "schedule", "article",
      "note", "step", "stage", "level", "tier", "option", "question", "point", "item", "priority", "volume", "issue",
      "version", "footnote", "ref", "no", "number", "year", "phase", "term", "week", "day", "month", "list", "box"};
  return in(kWords, w);
}

}  // namespace dhr::detect
