#include "text/fold.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

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

// Folds longer than their characters (an invalid byte becomes the three bytes of U+FFFD,
// a ligature two or three letters) before a run of ASCII: the folded text outgrows the
// original, and must still equal fold()'s, with every offset inside the original. (A
// buffer sized for the original once overflowed here.)
TEST(Fold, LongFoldsBeforeAsciiRuns) {
  const std::string bad = "\xFF\xFF\xFF" "ab";
  const FoldedText f(bad);
  EXPECT_EQ(f.text(), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD" "ab");
  EXPECT_EQ(f.original_range(9, 11), (std::pair<std::uint32_t, std::uint32_t>{3, 5}));

  std::mt19937 rng(7);  // fixed seed: the same strings on every run
  const std::string pieces[] = {"\xFF", "\xC3", "\xA9", "\xC3\xA9", "\xEF\xAC\x83", "A", "b", "\n", " "};
  for (int round = 0; round < 5000; ++round) {
    std::string s;
    for (std::uint32_t k = rng() % 24; k > 0; --k) s += pieces[rng() % std::size(pieces)];
    for (const bool keep_case : {false, true}) {
      const FoldedText folded(s, FoldOptions{.keep_case = keep_case});
      ASSERT_EQ(folded.text(), fold(s, FoldOptions{.keep_case = keep_case})) << "round " << round;
      for (std::uint32_t i = 0; i < folded.text().size(); ++i) {
        const auto [b, e] = folded.original_range(i, i + 1);
        ASSERT_LE(b, e);
        ASSERT_LE(e, s.size());
      }
    }
  }
}

TEST(Fold, FoldsToItselfOnlyWhenFoldChangesNothing) {
  EXPECT_TRUE(folds_to_itself("WS11 1AB, 14 Station Road", FoldOptions{.keep_case = true}));
  EXPECT_FALSE(folds_to_itself("WS11 1AB", FoldOptions{}));                           // capitals fold
  EXPECT_TRUE(folds_to_itself("ws11 1ab", FoldOptions{}));
  EXPECT_FALSE(folds_to_itself("line\nbreak", FoldOptions{.keep_case = true}));       // becomes a space
  EXPECT_FALSE(folds_to_itself("it`s", FoldOptions{.keep_case = true}));              // becomes '
  EXPECT_FALSE(folds_to_itself("Zo\xC3\xAB", FoldOptions{.keep_case = true}));        // not ASCII
  for (const char* s : {"Mr E said", "a\tb", "caf\xC3\xA9", ""})
    for (const bool keep : {false, true})
      EXPECT_EQ(folds_to_itself(s, FoldOptions{.keep_case = keep}), fold(s, FoldOptions{.keep_case = keep}) == s) << s;
}

}  // namespace
}  // namespace dhr::unicode
