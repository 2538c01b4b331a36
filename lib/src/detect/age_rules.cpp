#include "detect/age_rules.h"

#include <string>

#include "detect/age_words.h"
#include "dhr/error.h"

namespace dhr::detect {
namespace {

std::string with_numbers(std::string re) {
  const std::string num = age_number_regex();
  for (std::size_t p = re.find("NUM"); p != std::string::npos; p = re.find("NUM", p + num.size()))
    re.replace(p, 3, num);
  return re;
}

std::unique_ptr<RE2> compile(const std::string& pattern) {
  RE2::Options o;
  o.set_log_errors(false);
  auto re = std::make_unique<RE2>(with_numbers(pattern), o);
  if (!re->ok()) throw Error(ErrorKind::internal, {}, "age rule rejected by RE2: " + re->error());
  return re;
}

// Words that make a number approximate; kept inside the span (a band approximates too).
constexpr const char* kApprox = "(?:(?P<approx>around|about|approximately|approx\\.?|nearly|almost|roughly|just|only|some) )?";

AgeRules build() {
  AgeRules r;
  const std::string approx = kApprox;
  // aged 34 / aged 23-31 years / aged 21 years / aged 17 years and 9 months / aged 6 months
  const std::string aged =
      "\\baged:? (?:(?P<approx>around|about|approximately|approx\\.?|nearly|almost|roughly|between) )?(?P<n>NUM)\\b(?:(?: ?- ?| to | and )(?P<n2>NUM)\\b)?(?P<unit> (?:years?|yrs?|months?|weeks?)\\b(?: old\\b)?)?"
      "(?:,? (?:and )?(?P<m>\\d{1,2}|NUM) months?\\b)?";
  // a 38 year old / the 28-year-old / 2 years old / around 22 years old / 9 month old
  const std::string year_old = "\\b(?:(?P<det>a|an|the) )?" + approx +
                               "(?P<n>NUM)(?: ?- ?| )(?P<unit>years?|yrs?|months?|weeks?|days?)(?: ?- ?| )old(?P<plural>s)?\\b";
  // 18 years of age / 17 years and 9 months of age
  const std::string of_age = "\\b" + approx + "(?P<n>NUM) (?P<unit>years?|months?)(?: and (?P<m>\\d{1,2}) months?)? of age\\b";
  // age 33 / age: 33 / age (17)
  const std::string label = "\\bage(?: ?[:=-] ?| )(?:(?P<n>\\d{1,3})\\b|\\((?P<pn>\\d{1,3})\\))";
  // at the age of 15 / from the age of 12
  const std::string age_of = "\\b(?:(?P<prep>at|from|since|by) )?the age of (?P<n>NUM)\\b";
  // (71) after a name or a person noun
  const std::string paren = "\\((?P<n>\\d{1,3})(?: years?| yrs?)?\\)";
  // (male, homosexual, 58) / (58, male)
  const std::string attr =
      "\\((?:(?P<list>[a-z][a-z -]{0,30}(?:, [a-z][a-z -]{0,30}){0,4}), (?P<n>\\d{1,3})\\)|(?P<n2>\\d{1,3}), "
      "(?:male|female|man|woman|boy|girl|m|f)\\b)";
  // Jonah was 31 at the time / she was 17. / he turned 18 the following week (after
  // "turned" anything may follow; after "was" only what ends a statement of age)
  const std::string bare =
      "\\b(?P<verb>is|was|were|had turned|turned|turns|turning|is now|was then|was only|was just|was still|is still|"
      "was by then|was by that time|was at that time) (?P<n>NUM)\\b(?P<after>[,.;:)]| at the time\\b| when\\b| and\\b|"
      " in\\b| on\\b| by\\b|$)?";
  // Lewis Young, 31, was arrested / the victim, then 38, had
  const std::string apposition = ", (?:(?P<then>then|now|aged) )?(?P<n>\\d{1,3}),";
  // her 18th birthday / his eighteenth birthday
  const std::string birthday =
      "\\b(?P<n>\\d{1,3}(?:st|nd|rd|th)|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ])?(?:first|second|"
      "third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|"
      "seventeenth|eighteenth|nineteenth)|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth) "
      "birthday\\b";
  // 17 years 9 months / 17 years and 9 months (only after the word age: see the detector)
  const std::string years_months = "\\b(?P<n>NUM) years?,? (?:and )?(?P<m>\\d{1,2}|NUM) months?\\b";
  // A table read as text: "Age (in May 2015) 33 20", "<b>Age</b> 33 20", and as a PDF
  // lays it out, the bracket cut by the values: "Age (in May 33 20".
  const std::string table_line =
      "^\\s*(?:<[a-z]+>|\\*\\*)?ages?(?: ?\\([^)]{0,40}\\)| ?\\([a-z ]{0,30}| (?:in|at|on|as at|when)\\b[^0-9()]{0,25}(?:\\d{4})?)?"
      "(?:</[a-z]+>|\\*\\*)?:?(?P<nums>(?:\\s+\\d{1,3}){1,8})\\s*$";
  const std::string all[AgeRules::count] = {aged, year_old, of_age, label, age_of, paren, attr, bare, apposition, years_months, birthday, table_line};
  RE2::Options o;
  o.set_log_errors(false);
  r.set = std::make_unique<RE2::Set>(o, RE2::UNANCHORED);
  for (int i = 0; i < AgeRules::count; ++i) {
    r.rule[i] = compile(all[i]);
    r.set->Add(with_numbers(all[i]), nullptr);
  }
  if (!r.set->Compile()) r.set.reset();
  r.bound_after = compile(
      "^(?: ?\\+| plus\\b| (?:or|and) (?:over|more|older|above|under|below|younger|upwards|less)\\b| or NUM\\b)");
  r.table_header = compile("^[^a-z0-9]*ages?\\b");
  r.table_value = compile("^\\s*(?P<n>\\d{1,3})(?:\\s*(?:years?|yrs?)(?:\\s*old)?)?\\s*$");
  r.number = compile("\\d{1,3}");
  return r;
}

}  // namespace

const AgeRules& AgeRules::get() {
  static const AgeRules rules = build();
  return rules;
}

}  // namespace dhr::detect
