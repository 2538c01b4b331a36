#include "detect/merge_findings.h"

#include <gtest/gtest.h>

namespace dhr::detect {
namespace {

Finding f(Category c, std::size_t block, std::uint32_t b, std::uint32_t e, std::string subject = {}) {
  Finding x;
  x.category = c;
  x.block = block;
  x.begin = b;
  x.end = e;
  x.subject = std::move(subject);
  x.confidence = 0.9;
  return x;
}

TEST(MergeFindings, ContainedLessSpecificFindingsGo) {
  std::vector<Finding> raw = {
      f(Category::person, 0, 0, 7),             // residual "Natasha" inside ...
      f(Category::person, 0, 0, 14, "N"),       // ... the case subject "Natasha Okafor"
      f(Category::postcode, 1, 20, 28),         // a postcode inside ...
      f(Category::address, 1, 0, 28),           // ... an address
      f(Category::place, 1, 16, 19),            // a town partly inside the address: contained
      f(Category::person, 2, 5, 10),            // partly overlapping pair: both kept
      f(Category::age, 2, 8, 14),
  };
  const auto out = merge_findings(raw, AllowList{});
  ASSERT_EQ(out.size(), 4u);
  EXPECT_EQ(out[0].subject, "N");
  EXPECT_EQ(out[1].category, Category::address);
  EXPECT_EQ(out[2].category, Category::person);
  EXPECT_EQ(out[3].category, Category::age);
}

TEST(MergeFindings, AllowedTextIsNeverAFinding) {
  std::vector<unicode::FoldedText> folded = {unicode::FoldedText("The chair, Kam Sandhu, met George Eliot Hospital staff.")};
  const AllowList allow({"Kam Sandhu", "George Eliot Hospital"}, folded);
  std::vector<Finding> raw = {f(Category::person, 0, 11, 21), f(Category::person, 0, 27, 39), f(Category::person, 0, 4, 9)};
  const auto out = merge_findings(raw, allow);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].begin, 4u);
}

}  // namespace
}  // namespace dhr::detect
