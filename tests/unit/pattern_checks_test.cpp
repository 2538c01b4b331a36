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
bool run(const char* check, std::string_view text, std::uint32_t begin, std::uint32_t end,
         std::map<std::string, GroupSpan> groups, const Lexicon* lexicon, std::uint32_t* new_end = nullptr) {
  CheckArgs a;
  a.text = text;
  a.begin = begin;
  a.end = end;
  a.groups = &groups;
  a.lexicon = lexicon;
  const bool ok = find_check(check)(a);
  if (new_end != nullptr) *new_end = a.end;
  return ok;
}

TEST(PatternChecks, VehicleAgeAndDates) {
  EXPECT_TRUE(run("vehicle_age", "FT62 WOQ", 0, 8, {}, nullptr));
  EXPECT_TRUE(run("vehicle_age", "AB02 CDE", 0, 8, {}, nullptr));
  EXPECT_FALSE(run("vehicle_age", "AB99 CDE", 0, 8, {}, nullptr));
  EXPECT_FALSE(run("vehicle_age", "AB00 CDE", 0, 8, {}, nullptr));
  const std::string_view t = "born 31 June 1988";
  EXPECT_FALSE(run("date", t, 0, 17, {{"date", {5, 17}}}, nullptr));
  const std::string_view dod = "died June 2015";
  EXPECT_TRUE(run("date", dod, 0, 14, {{"date", {5, 14}}}, nullptr));
  EXPECT_FALSE(run("date_of_death", dod, 0, 14, {{"date", {5, 14}}}, nullptr));
  EXPECT_EQ(find_check("no_such_check"), nullptr);
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
