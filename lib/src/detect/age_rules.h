// The regexes of age detection (internal), compiled once and shared by every scan.
// They run on folded text (text/fold.h: lower case, straight quotes, '-' for every dash),
// so "38‑year‑old" with non-breaking hyphens reads as "38-year-old". What a regex cannot
// see - the word before a match, whether a name is capitalised, a table's header cell -
// age_detector.cpp checks in code.
#pragma once

#include <memory>

#include <re2/re2.h>
#include <re2/set.h>

namespace dhr::detect {

struct AgeRules {
  // Rules run on every scanned block, in this order; `set` holds them all so that one
  // pass over a block says which can match.
  enum Index { aged, year_old, of_age, label, age_of, paren, attr, bare, apposition, years_months, birthday, table_line, count };
  std::unique_ptr<RE2> rule[count];
  std::unique_ptr<RE2::Set> set;

  std::unique_ptr<RE2> bound_after;   // anchored: "+", " or over", " or 17" ... after an age
  std::unique_ptr<RE2> table_header;  // a header cell that says Age
  std::unique_ptr<RE2> table_value;   // a value cell that is just an age
  std::unique_ptr<RE2> number;        // one number (digits or words), for table lines

  static const AgeRules& get();
};

}  // namespace dhr::detect
