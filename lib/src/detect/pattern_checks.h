// Named checks that pattern files can ask for with `validate = "..."` (internal).
//
// A regex cannot compute a check digit or look a town up in a gazetteer; these can. Each
// check sees the identifier the regex found (and the named groups around it) and says
// one of three things:
//
//   pass            the identifier is what the pattern says, as issued
//   failed          it has the identifier's shape but fails a rule of issue: a wrong check
//                   digit, a prefix never issued, a digit missing or one too many, a letter
//                   O for a zero. Such a string is still somebody's number as an agency
//                   recorded it (a mistyped NHS number still points at a patient), so it is
//                   a finding all the same, with lower confidence and a `why` that says what
//                   failed ("failed its check (...): removed anyway")
//   not_identifier  the text is not this kind of identifier at all (a date that is no
//                   date, ten digits starting with 0 that fail the NHS check: a phone's
//                   shape): no finding
//
// A check may also narrow the identifier (an address whose "town" turns out to be the
// next sentence's first word is cut before it). The reason of a failure is a few words
// and never quotes the identifier (the review report shows it).
//
//   nhs_mod11       NHS number: ten digits whose last is the modulus-11 check digit;
//                   failed: a wrong check digit, nine or eleven digits; not_identifier:
//                   any other length, or a failing number that starts with 0
//   ni_prefix       National Insurance number: a prefix HMRC issues (not QQ, its specimen
//                   prefix), six digits, a suffix A-D; failed: a prefix never issued, a
//                   zero for the letter O, a suffix outside A-D, a digit for the suffix,
//                   no suffix; not_identifier: no suffix in lower case (too weak a shape)
//   uk_phone        UK personal number (07, 01, 02; national, +44, 0044, 44): eleven digits
//                   (ten allowed for 01); failed: one digit missing or too many, a letter
//                   O for a zero, no leading 0, 44 without +; not_identifier: further off,
//                   or a run of 24-hour times ("0128 0130 0145")
//   uk_postcode     a postcode written with its space elsewhere than before the inward
//                   code, or a letter O for the inward code's zero: failed; else pass
//   vehicle_plate   current-format plate (two letters, an age identifier, three letters);
//                   failed: digits that are no age identifier (02-35, 51-85), a zero for O,
//                   an 8 for B, the space elsewhere than before the last three letters;
//                   not_identifier: in lower case with an ordinary word as its
//                   last three letters ("yr10 and"), or too few real letters
//   vehicle_age     the same check under its earlier name
//   date            the named group `date` (else the identifier) is a real calendar date;
//                   else not_identifier (structural: a failed date is no date)
//   date_of_death   as `date`, and it has a day (a month and year is already general)
//   address_town    always passes; cuts the address before the named group `town` unless
//                   the town is known, followed by a postcode, or ends a clause
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace dhr::detect {

class Lexicon;

// A capture of the pattern's regex, as byte offsets in the scanned text; -1 when unset.
struct GroupSpan {
  int begin = -1;
  int end = -1;
  bool matched() const { return begin >= 0; }
};

struct CheckArgs {
  std::string_view text;             // the whole scanned text (case kept, see text/fold.h)
  std::uint32_t begin = 0;           // the identifier; a check may narrow it
  std::uint32_t end = 0;
  const std::map<std::string, GroupSpan>* groups = nullptr;  // named captures
  const Lexicon* lexicon = nullptr;  // may be null (then only what the text shows counts)

  std::string_view identifier() const { return text.substr(begin, end - begin); }
  GroupSpan group(const std::string& name) const;
};

enum class Verdict : std::uint8_t { pass, failed, not_identifier };

struct CheckResult {
  Verdict verdict = Verdict::pass;
  std::string reason;  // for `failed`: what failed, in a few words

  static CheckResult passed() { return {}; }
  static CheckResult failed(std::string why) { return {Verdict::failed, std::move(why)}; }
  static CheckResult none() { return {Verdict::not_identifier, {}}; }
  // pass when no reasons, else failed with the reasons joined by "; ".
  static CheckResult from(const std::vector<std::string>& reasons);
};

using Check = CheckResult (*)(CheckArgs&);

// The check of that name, or null when there is none.
Check find_check(std::string_view name);

// The names of all checks (for messages).
std::vector<std::string> check_names();

// The checks on their own, for tests.
bool nhs_mod11_valid(std::string_view digits_and_spaces);
bool ni_prefix_valid(std::string_view two_letters);
// 24-hour time written as four digits ("0128", "2359").
bool is_hhmm(std::string_view four_digits);

}  // namespace dhr::detect
