// The named checks of pattern files (detect/pattern_checks.h) on their own.
#include "detect/pattern_checks.h"

#include <gtest/gtest.h>

#include "detect/lexicon.h"

namespace dhr::detect {
namespace {

TEST(PatternChecks, NhsModulus11) {
  EXPECT_TRUE(nhs_mod11_valid("943 476 5919"));   // the NHS's published example
  EXPECT_TRUE(nhs_mod11_valid("9997389549"));
  EXPECT_FALSE(nhs_mod11_valid("943 476 5918"));
  EXPECT_FALSE(nhs_mod11_valid("943 476 591"));   // nine digits
  EXPECT_FALSE(nhs_mod11_valid("0000000010"));    // the check digit would be 9
  EXPECT_TRUE(nhs_mod11_valid("0000000000"));     // sum 0, check digit 0: arithmetic only
}

TEST(PatternChecks, NationalInsurancePrefix) {
  EXPECT_TRUE(ni_prefix_valid("AB"));
  EXPECT_TRUE(ni_prefix_valid("jt"));
  for (const char* bad : {"DA", "FA", "IA", "QA", "UA", "VA", "AD", "AF", "AI", "AO", "AQ", "AU", "AV", "BG", "GB",
                          "KN", "NK", "NT", "TN", "ZZ", "QQ", "A1", "A"})
    EXPECT_FALSE(ni_prefix_valid(bad)) << bad;
}

// Runs a check on `text` with the identifier [begin, end) and the given named groups.
CheckResult check(const char* name, std::string_view text, std::uint32_t begin, std::uint32_t end,
                  std::map<std::string, GroupSpan> groups, const Lexicon* lexicon, std::uint32_t* new_end = nullptr) {
  CheckArgs a;
  a.text = text;
  a.begin = begin;
  a.end = end;
  a.groups = &groups;
  a.lexicon = lexicon;
  CheckResult r = find_check(name)(a);
  if (new_end != nullptr) *new_end = a.end;
  return r;
}

bool run(const char* name, std::string_view text, std::uint32_t begin, std::uint32_t end,
         std::map<std::string, GroupSpan> groups, const Lexicon* lexicon, std::uint32_t* new_end = nullptr) {
  return check(name, text, begin, end, std::move(groups), lexicon, new_end).verdict == Verdict::pass;
}

// The whole text as the identifier: its verdict, and for a failure its reason.
std::string verdict(const char* name, std::string_view text, const Lexicon* lexicon = nullptr) {
  const CheckResult r = check(name, text, 0, static_cast<std::uint32_t>(text.size()), {}, lexicon);
  switch (r.verdict) {
    case Verdict::pass: return "pass";
    case Verdict::failed: return "failed: " + r.reason;
    case Verdict::not_identifier: return "none";
  }
  return "?";
}

TEST(PatternChecks, VehicleAgeAndDates) {
  EXPECT_TRUE(run("vehicle_age", "FT62 WOQ", 0, 8, {}, nullptr));
  EXPECT_TRUE(run("vehicle_age", "AB02 CDE", 0, 8, {}, nullptr));
  EXPECT_EQ(verdict("vehicle_age", "AB99 CDE"), "failed: no age identifier in its digits");
  EXPECT_EQ(verdict("vehicle_plate", "AB00 CDE"), "failed: no age identifier in its digits");
  const std::string_view t = "born 31 June 1988";
  EXPECT_EQ(check("date", t, 0, 17, {{"date", {5, 17}}}, nullptr).verdict, Verdict::not_identifier);
  const std::string_view dod = "died June 2015";
  EXPECT_TRUE(run("date", dod, 0, 14, {{"date", {5, 14}}}, nullptr));
  EXPECT_EQ(check("date_of_death", dod, 0, 14, {{"date", {5, 14}}}, nullptr).verdict, Verdict::not_identifier);
  EXPECT_EQ(find_check("no_such_check"), nullptr);
}

// Failed checks: the identifier's shape with a rule of issue broken is still a finding
// (the reason says which rule); what is not the identifier at all is none.
TEST(PatternChecks, NhsNumberFailures) {
  EXPECT_EQ(verdict("nhs_mod11", "943 476 5919"), "pass");
  EXPECT_EQ(verdict("nhs_mod11", "943 476 5918"), "failed: modulus-11 check digit does not match");
  EXPECT_EQ(verdict("nhs_mod11", "999 415 336"), "failed: nine digits, not ten");
  EXPECT_EQ(verdict("nhs_mod11", "999 415 33661"), "failed: eleven digits, not ten");
  EXPECT_EQ(verdict("nhs_mod11", "0121 496 000"), "none");  // a phone's shape
  EXPECT_EQ(verdict("nhs_mod11", "12345678"), "none");
}

TEST(PatternChecks, NationalInsuranceFailures) {
  EXPECT_EQ(verdict("ni_prefix", "AB 12 34 56 C"), "pass");
  EXPECT_EQ(verdict("ni_prefix", "ab123456c"), "pass");
  EXPECT_EQ(verdict("ni_prefix", "XH 528 559 A"), "pass");
  EXPECT_EQ(verdict("ni_prefix", "ZZ 48 39 27 A"), "failed: a prefix HMRC never issues");
  EXPECT_EQ(verdict("ni_prefix", "QQ 12 34 56 C"), "failed: a prefix HMRC never issues");
  EXPECT_EQ(verdict("ni_prefix", "0J 25 94 06 A"), "failed: a zero for the letter O");
  EXPECT_EQ(verdict("ni_prefix", "SR 09 50 97 G"), "failed: a suffix outside A-D");
  EXPECT_EQ(verdict("ni_prefix", "NA731904 8"), "failed: a digit where the suffix letter should be");
  EXPECT_EQ(verdict("ni_prefix", "SR 09 50 97"), "failed: no suffix letter");
  EXPECT_EQ(verdict("ni_prefix", "UY 77 35 60 F"), "failed: a prefix HMRC never issues; a suffix outside A-D");
  EXPECT_EQ(verdict("ni_prefix", "sr 09 50 97"), "none");
}

TEST(PatternChecks, PhoneFailures) {
  EXPECT_EQ(verdict("uk_phone", "07700 900123"), "pass");
  EXPECT_EQ(verdict("uk_phone", "07700 9006 35"), "pass");  // odd grouping, right length
  EXPECT_EQ(verdict("uk_phone", "016977 4123"), "pass");    // ten digits: some 01 areas
  EXPECT_EQ(verdict("uk_phone", "+44 (0)7700 900 123"), "pass");
  EXPECT_EQ(verdict("uk_phone", "07700 900 61"), "failed: a digit missing");
  EXPECT_EQ(verdict("uk_phone", "07700-900-8133"), "failed: a digit too many");
  EXPECT_EQ(verdict("uk_phone", "020 7946 09182"), "failed: a digit too many");
  EXPECT_EQ(verdict("uk_phone", "+44 7700 900 7811"), "failed: a digit too many");
  EXPECT_EQ(verdict("uk_phone", "07700 90O 216"), "failed: a letter O for a zero");
  EXPECT_EQ(verdict("uk_phone", "7700900718"), "failed: no leading 0");
  EXPECT_EQ(verdict("uk_phone", "447700900813"), "failed: 44 without a + in front");
  EXPECT_EQ(verdict("uk_phone", "07700 900 1"), "none");         // two digits off
  EXPECT_EQ(verdict("uk_phone", "0128 0130 0145"), "none");      // 24-hour times
  EXPECT_EQ(verdict("uk_phone", "0800 123 4567"), "none");       // not a person's
}

TEST(PatternChecks, PostcodeAndPlateFailures) {
  EXPECT_EQ(verdict("uk_postcode", "MK42 8HL"), "pass");
  EXPECT_EQ(verdict("uk_postcode", "MK428HL"), "pass");
  EXPECT_EQ(verdict("uk_postcode", "MK4 28HL"), "failed: the space in the wrong place");
  EXPECT_EQ(verdict("uk_postcode", "NG25OJH"), "failed: a letter O for a zero");
  EXPECT_EQ(verdict("vehicle_plate", "YR62HT0"), "failed: a zero for the letter O");
  EXPECT_EQ(verdict("vehicle_plate", "L870 XRU"), "failed: an 8 for the letter B");
  EXPECT_EQ(verdict("vehicle_plate", "0812 ABC"), "none");  // a time and a word
  EXPECT_EQ(verdict("vehicle_plate", "AB 67KLY"), "failed: the space in the wrong place");
  Lexicon lex;
  lex.add_common_word("and");
  EXPECT_EQ(verdict("vehicle_plate", "kx19nde", &lex), "pass");
  EXPECT_EQ(verdict("vehicle_plate", "yr10 and", &lex), "none");  // school year 10
  EXPECT_EQ(verdict("vehicle_plate", "YR10 AND", &lex), "pass");   // capitals: a plate
}

TEST(PatternChecks, TwentyFourHourTimes) {
  EXPECT_TRUE(is_hhmm("0128"));
  EXPECT_TRUE(is_hhmm("2359"));
  EXPECT_FALSE(is_hhmm("2400"));
  EXPECT_FALSE(is_hhmm("0161"));
}

TEST(PatternChecks, AddressTownIsKeptOnlyWhenItIsOne) {
  Lexicon lex;
  Place cannock;
  cannock.name = "Cannock";
  cannock.county = "Staffordshire";
  lex.add_place(cannock);
  lex.add_common_word("police");
  std::uint32_t end = 0;
  // Known place, though a lower-case word follows.
  std::string_view t = "14 Station Road, Cannock police said";
  EXPECT_TRUE(run("address_town", t, 0, 24, {{"town", {17, 24}}}, &lex, &end));
  EXPECT_EQ(t.substr(0, end), "14 Station Road, Cannock");
  // Unknown, but it closes a clause.
  t = "14 Station Road, Hednesford, in 2012";
  EXPECT_TRUE(run("address_town", t, 0, 27, {{"town", {17, 27}}}, nullptr, &end));
  EXPECT_EQ(t.substr(0, end), "14 Station Road, Hednesford");
  // A title: not a town; the address ends at the street.
  t = "14 Station Road, Mr Z said";
  EXPECT_TRUE(run("address_town", t, 0, 19, {{"town", {17, 19}}}, nullptr, &end));
  EXPECT_EQ(t.substr(0, end), "14 Station Road");
  // Greedy capitals: the known place inside is kept, the rest is not.
  t = "14 Station Road, Cannock Police attended";
  EXPECT_TRUE(run("address_town", t, 0, 31, {{"town", {17, 31}}}, &lex, &end));
  EXPECT_EQ(t.substr(0, end), "14 Station Road, Cannock");
  // A postcode after the town vouches for it.
  t = "9 Saffron Row, Hanley ST1 4HN";
  EXPECT_TRUE(run("address_town", t, 0, 29, {{"town", {15, 21}}, {"postcode", {22, 29}}}, nullptr, &end));
  EXPECT_EQ(end, 29u);
}

}  // namespace
}  // namespace dhr::detect
