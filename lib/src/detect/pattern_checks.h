// Named checks that pattern files can ask for with `validate = "..."` (internal).
//
// A regex cannot compute a check digit or look a town up in a gazetteer; these can. Each
// check sees the identifier the regex found (and the named groups around it) and either
// rejects it, accepts it, or narrows it (an address whose "town" turns out to be the
// next sentence's first word is cut before it).
//
//   nhs_mod11       10 digits whose last is the NHS modulus-11 check digit
//   ni_prefix       a National Insurance prefix HMRC issues (not QQ, its specimen prefix:
//                   patterns that want it need National Insurance context instead)
//   vehicle_age     a current-format registration whose two digits are an age identifier
//   date            the named group `date` (else the identifier) is a real calendar date
//   date_of_death   as `date`, and it has a day (a month and year is already general)
//   address_town    the named group `town` is a town: known, followed by a postcode, or
//                   followed by the end of a clause; otherwise the address ends before it
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

using Check = bool (*)(CheckArgs&);

// The check of that name, or null when there is none.
Check find_check(std::string_view name);

// The names of all checks (for messages).
std::vector<std::string> check_names();

// The checks on their own, for tests.
bool nhs_mod11_valid(std::string_view digits_and_spaces);
bool ni_prefix_valid(std::string_view two_letters);

}  // namespace dhr::detect
