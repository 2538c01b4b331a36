#include "detect/date_parse.h"

#include <array>
#include <cctype>
#include <string>
#include <vector>

namespace dhr::detect {
namespace {

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int m, int y) {
  static constexpr std::array<int, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : kDays[static_cast<std::size_t>(m - 1)];
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

int to_int(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

// A day: "12", "12th", "1st", "2nd", "3rd", "16TH".
int read_day(std::string_view w) {
  std::size_t n = 0;
  while (n < w.size() && n < 2 && w[n] >= '0' && w[n] <= '9') ++n;
  if (n == 0) return 0;
  const std::string suffix = lower(w.substr(n));
  if (!suffix.empty() && suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return 0;
  return to_int(w.substr(0, n));
}

// A year of four digits, or two (read as 20yy up to 30, else 19yy).
int read_year(std::string_view w, bool allow_two) {
  if (!all_digits(w)) return 0;
  if (w.size() == 4) return to_int(w);
  if (w.size() == 2 && allow_two) {
    const int yy = to_int(w);
    return yy <= 30 ? 2000 + yy : 1900 + yy;
  }
  return 0;
}

std::optional<UkDate> checked(UkDate d) {
  if (d.year < 1880 || d.year > 2099) return std::nullopt;
  if (d.month != 0 && (d.month < 1 || d.month > 12)) return std::nullopt;
  if (d.day != 0 && (d.month == 0 || d.day < 1 || d.day > days_in_month(d.month, d.year))) return std::nullopt;
  return d;
}

// Splits on spaces and commas; "of" between day and month is dropped.
std::vector<std::string_view> words_of(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == ',')) ++i;
    std::size_t j = i;
    while (j < s.size() && s[j] != ' ' && s[j] != ',') ++j;
    if (j > i) {
      const std::string_view w = s.substr(i, j - i);
      if (lower(w) != "of" && lower(w) != "the") out.push_back(w);
    }
    i = j;
  }
  return out;
}

}  // namespace

int month_from_name(std::string_view word) {
  static constexpr std::array<const char*, 12> kMonths{"january", "february", "march", "april", "may", "june",
                                                       "july", "august", "september", "october", "november", "december"};
  std::string w = lower(word);
  if (!w.empty() && w.back() == '.') w.pop_back();
  if (w == "sept") return 9;
  for (std::size_t i = 0; i < kMonths.size(); ++i) {
    const std::string_view full = kMonths[i];
    if (w == full || (w.size() == 3 && full.substr(0, 3) == w)) return static_cast<int>(i + 1);
  }
  return 0;
}

std::optional<UkDate> parse_uk_date(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '.')) text.remove_suffix(1);
  if (text.empty()) return std::nullopt;

  // Numeric: d/m/y with one separator kind ('/', '.', '-').
  for (char sep : {'/', '.', '-'}) {
    const auto a = text.find(sep);
    if (a == std::string_view::npos) continue;
    const auto b = text.find(sep, a + 1);
    if (b == std::string_view::npos || text.find(sep, b + 1) != std::string_view::npos) continue;
    const std::string_view d = text.substr(0, a), m = text.substr(a + 1, b - a - 1), y = text.substr(b + 1);
    if (!all_digits(d) || !all_digits(m) || d.size() > 2 || m.size() > 2) return std::nullopt;
    UkDate out{to_int(d), to_int(m), read_year(y, true)};
    return checked(out);
  }

  const auto words = words_of(text);
  if (words.size() == 1) {  // "1988"
    const int y = read_year(words[0], false);
    return y ? checked(UkDate{0, 0, y}) : std::nullopt;
  }
  if (words.size() == 2) {  // "March 1988"
    const int m = month_from_name(words[0]);
    const int y = read_year(words[1], false);
    return m && y ? checked(UkDate{0, m, y}) : std::nullopt;
  }
  if (words.size() == 3) {
    if (int day = read_day(words[0]); day) {  // "12th March 1988"
      const int m = month_from_name(words[1]);
      const int y = read_year(words[2], true);
      return m && y ? checked(UkDate{day, m, y}) : std::nullopt;
    }
    if (int m = month_from_name(words[0]); m) {  // "March 12, 1988"
      const int day = read_day(words[1]);
      const int y = read_year(words[2], false);
      return day && y ? checked(UkDate{day, m, y}) : std::nullopt;
    }
  }
  return std::nullopt;
}

}  // namespace dhr::detect
