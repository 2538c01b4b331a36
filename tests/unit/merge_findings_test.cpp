#include "detect/merge_findings.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

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

// Many overlapping, nested and repeated findings in few blocks: the result is what the
// plain rule gives (in specificity order, a finding goes when a kept one of its block
// contains it), computed here the slow way.
TEST(MergeFindings, ManyOverlappingFindingsMatchThePlainRule) {
  std::mt19937 rng(11);  // fixed seed: the same findings on every run
  const Category kinds[] = {Category::person, Category::address, Category::postcode, Category::age, Category::place};
  std::vector<Finding> raw;
  for (int i = 0; i < 600; ++i) {
    const std::uint32_t b = rng() % 300, len = 1 + rng() % 40;
    Finding x = f(kinds[rng() % std::size(kinds)], rng() % 3, b, b + len, rng() % 4 == 0 ? "N" : "");
    x.confidence = 0.5 + 0.1 * static_cast<double>(rng() % 5);
    raw.push_back(std::move(x));
  }
  std::vector<Finding> sorted = raw;
  std::stable_sort(sorted.begin(), sorted.end(), [](const Finding& a, const Finding& b) {
    if (a.block != b.block) return a.block < b.block;
    if (specificity(a) != specificity(b)) return specificity(a) > specificity(b);
    return a.confidence > b.confidence;
  });
  std::vector<Finding> expected;
  for (const Finding& x : sorted)
    if (std::none_of(expected.begin(), expected.end(), [&](const Finding& k) {
          return k.block == x.block && k.begin <= x.begin && x.end <= k.end;
        }))
      expected.push_back(x);
  std::sort(expected.begin(), expected.end(), [](const Finding& a, const Finding& b) {
    if (a.block != b.block) return a.block < b.block;
    if (a.begin != b.begin) return a.begin < b.begin;
    return a.end > b.end;
  });
  const auto out = merge_findings(raw, AllowList{});
  ASSERT_EQ(out.size(), expected.size());
  for (std::size_t i = 0; i < out.size(); ++i) {
    EXPECT_EQ(out[i].block, expected[i].block) << i;
    EXPECT_EQ(out[i].begin, expected[i].begin) << i;
    EXPECT_EQ(out[i].end, expected[i].end) << i;
    EXPECT_EQ(out[i].category, expected[i].category) << i;
  }
}

}  // namespace
}  // namespace dhr::detect
