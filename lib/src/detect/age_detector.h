// Ages of persons (internal).
//
//   AgeDetector ages;
//   ages.find(ctx, findings);
//
// Finds a person's age in the phrasings of real reports and gives each finding the span
// of the whole phrase policy rewrites, so that "a 38 year old woman" can become "a woman
// in her late thirties" and "aged 34" "in her mid-thirties". Numbers that are not a
// person's age are never taken: the statutory "a person aged 16 or over", sentence
// lengths ("sentenced to 6 years and 3 months", "should serve 19 years"), durations ("for
// 3 years", "2 years ago", "over twenty years' experience"), bounds ("adults from 18 years
// old", "under 18s", "aged 18 years or more"), differences ("11 years her senior"),
// dates, money and paragraph numbers. Phrases already general ("in her late fifties",
// "aged 16 or 17", "under 16") are not findings either, so a rewritten report re-scans
// clean.
//
// Finding::category is Category::age, Finding::rule "age:<shape>", and Finding::form
//
//     "<age>|<shape>"            or, for year_old_adjective,  "<age>|<shape>|<noun phrase>"
//
// <age> is the age in whole years ("38"); a range for a group ("23-31"); or, under two
// years, months, weeks or days with a unit letter ("9m", "3w", "5d"). The shapes, with
// the span each finding covers (brackets), are:
//
//   aged                [aged 34] / then [aged 24] / [aged 21 years] / [Aged 21]
//   aged_range          [aged 23-31 years] / a man [aged between 30 and 35]
//                       (a group or an estimate; <age> is "23-31")
//   year_old_adjective  [a 38 year old woman] / [a 31-year-old man] / her [20 year old son]
//                       / [the 28 year old driver]: the article a/an/the when present,
//                       then the number, "year old" and the noun phrase, which is also
//                       the third field of form ("woman", "white woman", "son")
//   year_old_noun       [the 2 year old] / [a 17-year-old], with no noun after it
//   year_old_before_name [17-year-old] Zoe / [the 28 year old] Will Kenward: the name
//                       after it is a finding of its own
//   years_old           was [21 years old] / was [around 22 years old] (an approximating
//                       word - around, about, approximately, nearly, almost - is inside
//                       the span: a band already approximates)
//   years_of_age        was [18 years of age]
//   years_months        Z's age ([17 years 9 months]) / at that time [17 years and 9 months]
//   age_label           [age 33] / [Age: 33] / [age (17)]
//   age_of              [at the age of 15] / [from the age of 12] / [the age of 15]
//   parenthesised       Tomasz Nowak [(71)] / her son [(12)]   (the brackets are inside)
//   bare                (male, homosexual, [58]) / Jonah was [31] at the time /
//                       Lewis Young, [31], was arrested / she turned [18] that week
//   birthday            her [18th birthday] / his [eighteenth birthday]
//   table               a cell [33] under or beside an "Age" header cell, or a line
//                       "Age (in May 2015) [33] [20]" of a table read as text
//
// Confidence: 0.9-0.95 for explicit phrasings (aged, year old + person noun, years old,
// years of age, tables), 0.75-0.85 for the shapes that lean on context (parenthesised,
// bare, age_of after "from"/"since", year old + a noun not known as a person's).
#pragma once

#include <vector>

#include "detect/scan_context.h"

namespace dhr::detect {

class AgeDetector {
 public:
  // Appends the ages in every scanned block. Thread-safe.
  void find(const ScanContext& ctx, std::vector<Finding>& out) const;
};

}  // namespace dhr::detect
