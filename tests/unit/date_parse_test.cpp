#include "detect/date_parse.h"

#include <gtest/gtest.h>

namespace dhr::detect {
namespace {

TEST(DateParse, TheWaysReportsWriteDates) {
  auto d = parse_uk_date("12 March 1988");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->day, 12);
  EXPECT_EQ(d->month, 3);
  EXPECT_EQ(d->year, 1988);
  EXPECT_TRUE(parse_uk_date("12th of March 1988"));
  EXPECT_TRUE(parse_uk_date("16TH March 2014"));
  EXPECT_TRUE(parse_uk_date("2nd January 2012"));
  EXPECT_TRUE(parse_uk_date("March 12, 1988"));
  EXPECT_TRUE(parse_uk_date("12 Sept 1988"));
  d = parse_uk_date("12.03.88");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->year, 1988);
  d = parse_uk_date("03/01/12");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->year, 2012);
  EXPECT_EQ(d->month, 1);  // day first, always
  d = parse_uk_date("1954");
  ASSERT_TRUE(d);
  EXPECT_FALSE(d->has_day());
  d = parse_uk_date("June 2015");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->month, 6);
  EXPECT_FALSE(d->has_day());
}

TEST(DateParse, ImpossibleDatesAndOtherNumbers) {
  EXPECT_FALSE(parse_uk_date("31 April 1988"));
  EXPECT_FALSE(parse_uk_date("29/02/1987"));
  EXPECT_TRUE(parse_uk_date("29/02/1988"));  // a leap year
  EXPECT_FALSE(parse_uk_date("12/13/1988"));
  EXPECT_FALSE(parse_uk_date("1.2.3"));
  EXPECT_FALSE(parse_uk_date("6 years and 3 months"));
  EXPECT_FALSE(parse_uk_date("1066"));
  EXPECT_FALSE(parse_uk_date("12 Marchington 1988"));
  EXPECT_FALSE(parse_uk_date(""));
  EXPECT_EQ(month_from_name("Sep."), 9);
  EXPECT_EQ(month_from_name("may"), 5);
  EXPECT_EQ(month_from_name("Mayor"), 0);
}

}  // namespace
}  // namespace dhr::detect
