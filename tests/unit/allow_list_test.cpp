// The allow list's phrase matching: whole words, folded, leftmost then longest, one set's
// occurrences never overlapping, spans in original offsets.
#include "detect/allow_list.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <random>
#include <string>
#include <vector>

namespace dhr::detect {
namespace {

// The original text of every span found in `text` by the given sets.
std::vector<std::string> found(const std::string& text, const PhraseSet& a, const PhraseSet* b = nullptr) {
  const unicode::FoldedText folded(text);
  std::vector<TextSpan> spans;
  const std::array<const PhraseSet*, 2> sets{&a, b};
  PhraseSet::find(folded, sets, spans);
  std::vector<std::string> out;
  for (const TextSpan& s : spans) out.push_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

using Strings = std::vector<std::string>;

TEST(PhraseSet, LongestPhraseAtAPositionWins) {
  const PhraseSet set({"West Midlands", "West Midlands Police"});
  EXPECT_EQ(found("Officers of West Midlands Police attended.", set), Strings{"West Midlands Police"});
  EXPECT_EQ(found("in the West Midlands.", set), Strings{"West Midlands"});
}

TEST(PhraseSet, WholeWordsOnly) {
  const PhraseSet set({"Police"});
  EXPECT_TRUE(found("a policeman and the xpolice", set).empty());
  EXPECT_EQ(found("police, POLICE and (Police)", set), (Strings{"police", "POLICE", "Police"}));
  // A letter is part of the word, whatever its script: no match in "Zoëpolice", "policeé",
  // "λpolice".
  EXPECT_TRUE(found("Zo\xC3\xABpolice police\xC3\xA9 \xCE\xBBpolice", set).empty());
  // Hyphens and apostrophes separate words: "multi-agency" holds "agency".
  EXPECT_EQ(found("the multi-agency panel", PhraseSet({"agency"})), Strings{"agency"});
}

TEST(PhraseSet, FoldedCaseDiacriticsAndQuotes) {
  const PhraseSet set({"Clare's Law", "Zoe Hart"});
  EXPECT_EQ(found("under CLARE\xE2\x80\x99S LAW, Zo\xC3\xAB Hart said", set),
            (Strings{"CLARE\xE2\x80\x99S LAW", "Zo\xC3\xAB Hart"}));
}

TEST(PhraseSet, AdjacentOccurrencesBothFoundOverlappingOnesNot) {
  const PhraseSet set({"NHS Trust", "Trust NHS"});
  // "NHS Trust NHS Trust": the first occurrence takes "NHS Trust"; "Trust NHS" would
  // overlap it, so the next one found is the second "NHS Trust".
  EXPECT_EQ(found("NHS Trust NHS Trust", set), (Strings{"NHS Trust", "NHS Trust"}));
  EXPECT_EQ(found("NHS Trust, NHS Trust", set), (Strings{"NHS Trust", "NHS Trust"}));
}

TEST(PhraseSet, EachSetKeepsItsOwnOccurrences) {
  const PhraseSet own({"Dr Jane Hart"});
  const PhraseSet fixed({"Hart Hospital"});
  // Overlapping occurrences from different sets are both reported.
  EXPECT_EQ(found("seen by Dr Jane Hart Hospital staff", own, &fixed), (Strings{"Dr Jane Hart", "Hart Hospital"}));
}

TEST(PhraseSet, EmptyAndBlankPhrasesMatchNothing) {
  const PhraseSet set({"", "   "});
  EXPECT_TRUE(found("any text at all", set).empty());
  EXPECT_TRUE(found("", PhraseSet({"police"})).empty());
}

TEST(AllowList, CoversFindingsInsideAnOccurrence) {
  const std::vector<unicode::FoldedText> blocks{unicode::FoldedText("Jane Hart of Hart Hospital"),
                                                unicode::FoldedText("no phrase here")};
  const PhraseSet fixed({"Hart Hospital"});
  const AllowList allow({"Jane Hart"}, blocks, &fixed);
  EXPECT_TRUE(allow.covers(0, 0, 4));     // "Jane"
  EXPECT_TRUE(allow.covers(0, 13, 26));   // "Hart Hospital"
  EXPECT_FALSE(allow.covers(0, 10, 17));  // "of Hart": partly outside
  EXPECT_FALSE(allow.covers(1, 0, 2));
  EXPECT_FALSE(allow.covers(7, 0, 2));    // no such block
  ASSERT_EQ(allow.spans(0).size(), 2u);
  EXPECT_LT(allow.spans(0)[0].begin, allow.spans(0)[1].begin);
}

// A block with many overlapping occurrences from both sets: covers() answers as a walk
// through every span would.
TEST(AllowList, CoversAgreesWithEverySpanWalked) {
  std::string text;
  for (int i = 0; i < 300; ++i) text += i % 3 == 0 ? "West Midlands Police and " : i % 3 == 1 ? "Midlands Police Trust " : "the police ";
  const std::vector<unicode::FoldedText> blocks{unicode::FoldedText(text)};
  const PhraseSet fixed({"Police", "Midlands Police Trust"});
  const AllowList allow({"West Midlands", "West Midlands Police", "Police and"}, blocks, &fixed);
  const auto& spans = allow.spans(0);
  ASSERT_GT(spans.size(), 300u);
  std::mt19937 rng(5);
  for (int q = 0; q < 5000; ++q) {
    const auto b = static_cast<std::uint32_t>(rng() % text.size());
    const auto e = b + 1 + static_cast<std::uint32_t>(rng() % 30);
    const bool walked = std::any_of(spans.begin(), spans.end(), [&](const TextSpan& s) { return s.begin <= b && e <= s.end; });
    ASSERT_EQ(allow.covers(0, b, e), walked) << b << "-" << e;
  }
}

}  // namespace
}  // namespace dhr::detect
