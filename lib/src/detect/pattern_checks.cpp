#include "detect/pattern_checks.h"

#include <array>
#include <utility>

#include "detect/address_town.h"
#include "detect/date_parse.h"

namespace dhr::detect {
namespace {

std::string digits_of(std::string_view s) {
  std::string out;
  for (char c : s)
    if (c >= '0' && c <= '9') out += c;
  return out;
}

std::string letters_of(std::string_view s) {
  std::string out;
  for (char c : s)
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) out += static_cast<char>(c & ~0x20);
  return out;
}

bool check_nhs(CheckArgs& a) { return nhs_mod11_valid(a.identifier()); }

bool check_ni(CheckArgs& a) {
  const std::string letters = letters_of(a.identifier());
  return letters.size() >= 2 && ni_prefix_valid(std::string_view(letters).substr(0, 2));
}

// Current plates (since September 2001): two letters, an age identifier, three letters.
// The age identifier is the year (02 = March 2002) or the year + 50 (51 = September
// 2001); allow a few years ahead so the pattern does not expire.
bool check_vehicle_age(CheckArgs& a) {
  const std::string d = digits_of(a.identifier());
  if (d.size() != 2) return false;
  const int age = (d[0] - '0') * 10 + (d[1] - '0');
  return (age >= 2 && age <= 35) || (age >= 51 && age <= 85);
}

std::string_view date_text(const CheckArgs& a) {
  const GroupSpan g = a.group("date");
  if (g.matched()) return a.text.substr(static_cast<std::size_t>(g.begin), static_cast<std::size_t>(g.end - g.begin));
  return a.identifier();
}

bool check_date(CheckArgs& a) { return parse_uk_date(date_text(a)).has_value(); }

bool check_date_of_death(CheckArgs& a) {
  const auto d = parse_uk_date(date_text(a));
  return d && d->has_day();
}

constexpr std::array<std::pair<const char*, Check>, 6> kChecks{{
    {"nhs_mod11", check_nhs},
    {"ni_prefix", check_ni},
    {"vehicle_age", check_vehicle_age},
    {"date", check_date},
    {"date_of_death", check_date_of_death},
    {"address_town", check_address_town},
}};

}  // namespace

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

}  // namespace dhr::detect
