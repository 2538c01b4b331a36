// Heading words: folding, numbering, stop words and the light stemmer (sections/words.h).
#include "sections/words.h"

#include <gtest/gtest.h>

namespace dhr::sections {
namespace {

using Stems = std::vector<std::string>;

TEST(SectionWords, InflectionsShareAStem) {
  const std::pair<const char*, const char*> same[] = {
      {"lessons", "lesson"},           {"learnt", "learned"},          {"learning", "learn"},
      {"recommendations", "recommendation"}, {"recommended", "recommend"}, {"families", "family"},
      {"summaries", "summary"},        {"processes", "process"},       {"involvement", "involved"},
      {"equalities", "equality"},      {"references", "reference"},    {"scoping", "scope"},
      {"timescales", "timescale"},     {"proceedings", "proceeding"},  {"findings", "finding"},
      {"engagement", "engaged"},       {"analyses", "analysis"},       {"members", "member"},
  };
  for (const auto& [a, b] : same) EXPECT_EQ(stem(a), stem(b)) << a << " / " << b;
}

TEST(SectionWords, DifferentWordsStayApart) {
  EXPECT_NE(stem("panel"), stem("parallel"));
  EXPECT_NE(stem("process"), stem("proceedings"));
  EXPECT_NE(stem("analysis"), stem("author"));
  EXPECT_EQ(stem("key"), "key");  // short words are left alone
}

TEST(SectionWords, NumberingCaseAndPunctuationDoNotMatter) {
  const Stems tor = content_stems("Terms of Reference");
  EXPECT_EQ(content_stems("1.91 TERMS OF REFERENCE:"), tor);
  EXPECT_EQ(content_stems("a) Terms of reference"), tor);
  EXPECT_EQ(content_stems("(iv) Terms-of-Reference"), tor);
  EXPECT_EQ(content_stems("2.  Terms of Reference<sup>3</sup>"), tor);
  EXPECT_EQ(content_stems("Terms of Reference of the Review"), (Stems{stem("terms"), stem("reference"), stem("review")}));
}

TEST(SectionWords, PseudonymLettersAndTitlesAreDropped) {
  EXPECT_EQ(content_stems("Background of N"), Stems{stem("background")});
  EXPECT_EQ(content_stems("Mr. Z\xE2\x80\x99s history of violence"), (Stems{stem("history"), stem("violence")}));
  EXPECT_EQ(content_stems("Discrimination affecting agencies' responses to N and Z"),
            (Stems{stem("discrimination"), stem("affecting"), stem("agencies"), stem("responses")}));
  EXPECT_TRUE(content_stems("of the and to").empty());
}

TEST(SectionWords, WordCount) {
  EXPECT_EQ(word_count(""), 0);
  EXPECT_EQ(word_count("  Terms of\tReference \n"), 3);
}

}  // namespace
}  // namespace dhr::sections
