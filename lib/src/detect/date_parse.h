// Reading the dates that dates of birth and death are written in (internal).
//
// British reports write "12 March 1988", "12th of March 1988", "16TH March 2014",
// "March 12, 1988", "12/03/1988", "12.03.88", "12-03-1988" (always day before month),
// and already generalised forms: "March 1988", "1988". parse_uk_date reads any of
// these and says which parts were present, so a check can tell a real date from
// "31/02/1988" or a sentence length, and policy can keep just the year.
#pragma once

#include <optional>
#include <string_view>

namespace dhr::detect {

struct UkDate {
  int day = 0;    // 0 when absent
  int month = 0;  // 0 when absent
  int year = 0;   // four digits (two-digit years are read as 19xx or 20xx)
  bool has_day() const { return day != 0; }
};

// The date the whole of `text` spells (surrounding spaces and a trailing full stop are
// ignored), or nullopt when it is not one or is impossible (day 31 of April, month 13,
// a year before 1880 or after 2099).
std::optional<UkDate> parse_uk_date(std::string_view text);

// 1..12 for an English month name or its three-letter abbreviation (any case; "Sept"
// too), else 0.
int month_from_name(std::string_view word);

}  // namespace dhr::detect
