#include "detect/pattern_checks.h"

#include <array>
#include <utility>

#include "detect/address_town.h"
#include "detect/date_parse.h"
#include "detect/lexicon.h"

namespace dhr::detect {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
char upper(char c) { return is_lower(c) ? static_cast<char>(c - 'a' + 'A') : c; }
char lower(char c) { return is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

std::string digits_of(std::string_view s) {
  std::string out;
  for (char c : s)
    if (is_digit(c)) out += c;
  return out;
}

// The identifier without its separators (spaces, dots, dashes, brackets).
std::string compact(std::string_view s) {
  std::string out;
  for (char c : s)
    if (c != ' ' && c != '.' && c != '-' && c != '(' && c != ')') out += c;
  return out;
}

// The identifier's groups: runs between spaces, dots and dashes.
std::vector<std::string_view> groups_of(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '.' || s[i] == '-')) ++i;
    std::size_t j = i;
    while (j < s.size() && s[j] != ' ' && s[j] != '.' && s[j] != '-') ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

// NHS numbers. A number of the right length with a wrong check digit is a mistyped
// NHS number and still identifies; ten digits starting with 0 that fail the check
// have a phone number's shape (NHS numbers are issued from 3 up), so the phone
// patterns decide about them.
CheckResult check_nhs(CheckArgs& a) {
  const std::string d = digits_of(a.identifier());
  if (d.size() == 10 && nhs_mod11_valid(d)) return CheckResult::passed();
  if (d.empty() || d[0] == '0') return CheckResult::none();
  if (d.size() == 10) return CheckResult::failed("modulus-11 check digit does not match");
  if (d.size() == 9) return CheckResult::failed("nine digits, not ten");
  if (d.size() == 11) return CheckResult::failed("eleven digits, not ten");
  return CheckResult::none();
}

// National Insurance numbers: prefix (two letters), six digits, suffix A-D. Patterns
// find the shape loosely (any case, digits grouped anyhow, a zero in the prefix, a
// wrong or missing suffix); this says what is wrong with it.
CheckResult check_ni(CheckArgs& a) {
  std::string s = compact(a.identifier());
  if (s.size() < 8 || s.size() > 9) return CheckResult::none();
  std::vector<std::string> reasons;
  const bool lower_case = is_lower(s[0]) || is_lower(s[1]);
  for (std::size_t i = 0; i < 2; ++i)
    if (s[i] == '0') {
      s[i] = 'O';
      reasons.emplace_back("a zero for the letter O");
    }
  if (!is_upper(upper(s[0])) || !is_upper(upper(s[1]))) return CheckResult::none();
  for (std::size_t i = 2; i < 8; ++i)
    if (!is_digit(s[i])) return CheckResult::none();
  if (!ni_prefix_valid(s.substr(0, 2))) reasons.emplace_back("a prefix HMRC never issues");
  if (s.size() == 8) {
    // "ab 12 34 56" in lower case and nothing after it is too weak a shape to call one.
    if (lower_case) return CheckResult::none();
    reasons.emplace_back("no suffix letter");
  } else if (is_digit(s[8])) {
    reasons.emplace_back("a digit where the suffix letter should be");
  } else {
    const char suffix = upper(s[8]);
    if (suffix < 'A' || suffix > 'D') reasons.emplace_back("a suffix outside A-D");
  }
  return CheckResult::from(reasons);
}

// UK personal telephone numbers: mobiles 07 and geographic 01/02, eleven digits in
// national form (01 also ten), written nationally, +44, 0044 or 44. One digit off, a
// letter O for a zero, no leading 0 or 44 without + is a number mistyped in a record:
// still somebody's number. A run of 24-hour times is not.
CheckResult check_uk_phone(CheckArgs& a) {
  std::string_view s = a.identifier();
  std::vector<std::string> reasons;
  bool international = false;
  if (s.starts_with("+44")) {
    international = true;
    s.remove_prefix(3);
  } else if (s.starts_with("0044")) {
    international = true;
    s.remove_prefix(4);
  } else if (s.starts_with("44")) {
    international = true;
    s.remove_prefix(2);
    reasons.emplace_back("44 without a + in front");
  }
  while (!s.empty() && (s.front() == ' ' || s.front() == '.' || s.front() == '-')) s.remove_prefix(1);
  if (international && s.starts_with("(0)")) s.remove_prefix(3);
  const std::vector<std::string_view> groups = groups_of(s);
  if (groups.empty()) return CheckResult::none();
  // "at 0128 0130 0145": times, not a telephone number.
  if (groups.size() >= 2) {
    bool all_times = true;
    for (std::string_view g : groups) all_times = all_times && g.size() == 4 && is_hhmm(g);
    if (all_times) return CheckResult::none();
  }
  std::string national;
  bool letter_o = false;
  for (std::string_view g : groups) {
    bool digit = false;
    for (char c : g) {
      if (c == 'O' || c == 'o') {
        national += '0';
        letter_o = true;
      } else if (is_digit(c)) {
        national += c;
        digit = true;
      } else {
        return CheckResult::none();
      }
    }
    if (!digit) return CheckResult::none();  // a word ("O") after the number
  }
  if (letter_o) reasons.emplace_back("a letter O for a zero");
  if (national.empty()) return CheckResult::none();
  if (international) {
    if (national[0] != '0') national.insert(national.begin(), '0');
  } else if (national[0] != '0') {
    reasons.emplace_back("no leading 0");
    national.insert(national.begin(), '0');
  }
  if (national.size() < 2) return CheckResult::none();
  std::size_t shortest = 11, longest = 11;
  if (national[1] == '1') shortest = 10;
  else if (national[1] != '2' && national[1] != '7') return CheckResult::none();
  const std::size_t n = national.size();
  if (n + 1 == shortest) reasons.emplace_back("a digit missing");
  else if (n == longest + 1) reasons.emplace_back("a digit too many");
  else if (n < shortest || n > longest) return CheckResult::none();
  return CheckResult::from(reasons);
}

// Postcodes written with the space elsewhere ("MK4 28HL") or a letter O for the
// inward code's digit ("NG25OJH"); the pattern's regex has checked the rest.
CheckResult check_uk_postcode(CheckArgs& a) {
  const std::string_view id = a.identifier();
  const std::string s = compact(id);
  if (s.size() < 5) return CheckResult::none();
  std::vector<std::string> reasons;
  const std::size_t space = id.find(' ');
  if (space != std::string_view::npos && space != id.size() - 4) reasons.emplace_back("the space in the wrong place");
  const char inward_digit = s[s.size() - 3];
  if (inward_digit == 'O' || inward_digit == 'o') reasons.emplace_back("a letter O for a zero");
  else if (!is_digit(inward_digit)) return CheckResult::none();
  return CheckResult::from(reasons);
}

// Current plates (since September 2001): two letters, an age identifier, three letters.
// The age identifier is the year (02 = March 2002) or the year + 50 (51 = September
// 2001); allow a few years ahead so the pattern does not expire. Records also show a
// zero for an O and an 8 for a B.
CheckResult check_vehicle_plate(CheckArgs& a) {
  const std::string_view id = a.identifier();
  std::string s = compact(id);
  if (s.size() != 7) return CheckResult::none();
  std::vector<std::string> reasons;
  const std::size_t space = id.find(' ');
  if (space != std::string_view::npos && space != 4) reasons.emplace_back("the space in the wrong place");
  bool any_lower = false;
  for (char c : s) any_lower = any_lower || is_lower(c);
  if (any_lower && a.lexicon != nullptr) {
    std::string last(s.substr(4));
    for (char& c : last) c = lower(c);
    if (a.lexicon->is_common_word(last)) return CheckResult::none();  // "yr10 and"
  }
  int letters = 0;
  bool zero = false, eight = false;
  for (const std::size_t i : {0u, 1u, 4u, 5u, 6u}) {
    char& c = s[i];
    if (c == '0') {
      c = 'O';
      zero = true;
    } else if (c == '8') {
      c = 'B';
      eight = true;
    } else if (is_upper(upper(c))) {
      ++letters;
    } else {
      return CheckResult::none();
    }
  }
  if (letters < 4) return CheckResult::none();  // one confusion at most: "0812 ABC" is a time
  if (!is_digit(s[2]) || !is_digit(s[3])) return CheckResult::none();
  if (zero) reasons.emplace_back("a zero for the letter O");
  if (eight) reasons.emplace_back("an 8 for the letter B");
  const int age = (s[2] - '0') * 10 + (s[3] - '0');
  if (!((age >= 2 && age <= 35) || (age >= 51 && age <= 85))) reasons.emplace_back("no age identifier in its digits");
  return CheckResult::from(reasons);
}

std::string_view date_text(const CheckArgs& a) {
  const GroupSpan g = a.group("date");
  if (g.matched()) return a.text.substr(static_cast<std::size_t>(g.begin), static_cast<std::size_t>(g.end - g.begin));
  return a.identifier();
}

// Structural: a date that is no date is not a date of birth written wrongly, it is
// something else ("born 31 June": no finding).
CheckResult check_date(CheckArgs& a) {
  return parse_uk_date(date_text(a)).has_value() ? CheckResult::passed() : CheckResult::none();
}

CheckResult check_date_of_death(CheckArgs& a) {
  const auto d = parse_uk_date(date_text(a));
  return d && d->has_day() ? CheckResult::passed() : CheckResult::none();
}

CheckResult check_town(CheckArgs& a) {
  check_address_town(a);
  return CheckResult::passed();
}

constexpr std::array<std::pair<const char*, Check>, 9> kChecks{{
    {"nhs_mod11", check_nhs},
    {"ni_prefix", check_ni},
    {"uk_phone", check_uk_phone},
    {"uk_postcode", check_uk_postcode},
    {"vehicle_plate", check_vehicle_plate},
    {"vehicle_age", check_vehicle_plate},
    {"date", check_date},
    {"date_of_death", check_date_of_death},
    {"address_town", check_town},
}};

}  // namespace

CheckResult CheckResult::from(const std::vector<std::string>& reasons) {
  if (reasons.empty()) return passed();
  std::string joined;
  for (const std::string& r : reasons) {
    if (joined.find(r) != std::string::npos) continue;  // "a zero for the letter O" twice
    if (!joined.empty()) joined += "; ";
    joined += r;
  }
  return failed(std::move(joined));
}

GroupSpan CheckArgs::group(const std::string& name) const {
  if (groups == nullptr) return {};
  const auto it = groups->find(name);
  return it == groups->end() ? GroupSpan{} : it->second;
}

Check find_check(std::string_view name) {
  for (const auto& [n, c] : kChecks)
    if (name == n) return c;
  return nullptr;
}

std::vector<std::string> check_names() {
  std::vector<std::string> out;
  for (const auto& [n, c] : kChecks) out.emplace_back(n);
  return out;
}

// NHS numbers: weights 10..2 on the first nine digits; 11 - (sum mod 11) is the check
// digit, 11 meaning 0; a result of 10 is never issued.
bool nhs_mod11_valid(std::string_view text) {
  const std::string d = digits_of(text);
  if (d.size() != 10) return false;
  int sum = 0;
  for (int i = 0; i < 9; ++i) sum += (d[static_cast<std::size_t>(i)] - '0') * (10 - i);
  int check = 11 - sum % 11;
  if (check == 11) check = 0;
  if (check == 10) return false;
  return check == d[9] - '0';
}

// HMRC: the first letter is never D, F, I, Q, U or V; the second never D, F, I, O, Q, U or
// V; and BG, GB, KN, NK, NT, TN and ZZ are not allocated.
bool ni_prefix_valid(std::string_view p) {
  if (p.size() != 2) return false;
  const char a = static_cast<char>(p[0] & ~0x20), b = static_cast<char>(p[1] & ~0x20);
  if (a < 'A' || a > 'Z' || b < 'A' || b > 'Z') return false;
  if (std::string_view("DFIQUV").find(a) != std::string_view::npos) return false;
  if (std::string_view("DFIOQUV").find(b) != std::string_view::npos) return false;
  const std::string pair{a, b};
  for (const char* bad : {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})
    if (pair == bad) return false;
  return true;
}

bool is_hhmm(std::string_view t) {
  if (t.size() != 4) return false;
  for (char c : t)
    if (!is_digit(c)) return false;
  const int h = (t[0] - '0') * 10 + (t[1] - '0'), m = (t[2] - '0') * 10 + (t[3] - '0');
  return h < 24 && m < 60;
}

}  // namespace dhr::detect
