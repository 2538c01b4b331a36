#include "text/fold.h"

#include <gtest/gtest.h>

namespace dhr::unicode {
namespace {

TEST(Fold, CaseDiacriticsQuotesDashesSpaces) {
  EXPECT_EQ(fold("Zo\xC3\xAB O\xE2\x80\x99" "Connell\xE2\x80\x93Smith"), "zoe o'connell-smith");
  EXPECT_EQ(fold("WI\xC5\x9ANIEWSKA"), "wisniewska");
  EXPECT_EQ(fold("Natasha\nOkafor\xC2\xA0Jr"), "natasha okafor jr");
  EXPECT_EQ(fold("co\xC2\xADordinated"), "coordinated");        // soft hyphen dropped
  EXPECT_EQ(fold("\xEF\xAC\x81nancial"), "financial");           // ligature fi
  EXPECT_EQ(fold("Stra\xC3\x9F" "e"), "strasse");
  EXPECT_EQ(fold("Clare\xE2\x80\x99s Law"), "clare's law");
}

TEST(Fold, OffsetsMapBackToTheOriginal) {
  const std::string original = "Mrs Zo\xC3\xAB O\xE2\x80\x99" "Connell's \xEF\xAC\x81le";
  const FoldedText f(original);
  EXPECT_EQ(f.text(), "mrs zoe o'connell's file");
  // "zoe" in the folded text is "Zoë" in the original (4 bytes).
  const auto zoe = f.text().find("zoe");
  auto [b, e] = f.original_range(static_cast<std::uint32_t>(zoe), static_cast<std::uint32_t>(zoe + 3));
  EXPECT_EQ(original.substr(b, e - b), "Zo\xC3\xAB");
  const auto oc = f.text().find("o'connell");
  std::tie(b, e) = f.original_range(static_cast<std::uint32_t>(oc), static_cast<std::uint32_t>(oc + 9));
  EXPECT_EQ(original.substr(b, e - b), "O\xE2\x80\x99" "Connell");
  // Half of a ligature maps to the whole ligature.
  const auto fi = f.text().find("file");
  std::tie(b, e) = f.original_range(static_cast<std::uint32_t>(fi + 1), static_cast<std::uint32_t>(fi + 4));
  EXPECT_EQ(original.substr(b, e - b), "\xEF\xAC\x81le");
  std::tie(b, e) = f.original_range(static_cast<std::uint32_t>(f.text().size()), static_cast<std::uint32_t>(f.text().size()));
  EXPECT_EQ(b, original.size());
}

}  // namespace
}  // namespace dhr::unicode
