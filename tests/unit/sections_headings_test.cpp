// Which blocks act as headings, and the table of contents (sections/headings.h).
#include "sections/headings.h"

#include <gtest/gtest.h>

namespace dhr::sections {
namespace {

Block block(BlockKind kind, std::string text, std::string number = {}, bool bold = false) {
  Block b;
  b.kind = kind;
  b.text = std::move(text);
  b.number = std::move(number);
  b.bold = bold;
  if (kind == BlockKind::heading) b.level = 1;
  return b;
}

Block para(std::string text, std::string number = {}) { return block(BlockKind::paragraph, std::move(text), std::move(number)); }

TEST(SectionHeadings, StyledNumberedBoldUpperAndTitleLines) {
  EXPECT_TRUE(looks_like_heading(block(BlockKind::heading, "Summary of Events")));
  EXPECT_TRUE(looks_like_heading(para("Summary of the review", "2.0")));     // numbered, sentence case
  EXPECT_TRUE(looks_like_heading(para("Lessons learned", "5.")));
  EXPECT_TRUE(looks_like_heading(para("TERMS OF REFERENCE OF THE REVIEW:")));  // upper case, colon
  EXPECT_TRUE(looks_like_heading(para("Terms of Reference of the Review:")));  // title case, colon
  EXPECT_TRUE(looks_like_heading(para("Scope of the DHR")));
  EXPECT_TRUE(looks_like_heading(block(BlockKind::paragraph, "Family and friends", {}, true)));  // bold
}

TEST(SectionHeadings, SentencesLabelsAndItemsAreNot) {
  EXPECT_FALSE(looks_like_heading(para("The Review Panel comprised the following post holders:", "1.22")));
  EXPECT_FALSE(looks_like_heading(para("The purpose of a DHR is to", "1.3")));
  EXPECT_FALSE(looks_like_heading(para("To enhance the profile and understanding of the role of the CSH.", "6.2")));
  EXPECT_FALSE(looks_like_heading(para("Organisations that were required to complete Individual Management Reviews")));
  EXPECT_FALSE(looks_like_heading(para("Author: Kathy McAteer")));
  EXPECT_FALSE(looks_like_heading(para("Independent Chair and Author \xE2\x80\x93 Kam Sandhu")));
  EXPECT_FALSE(looks_like_heading(para("Recommendation No 1")));
  EXPECT_FALSE(looks_like_heading(para("Terms of Reference ........ 4")));
  EXPECT_FALSE(looks_like_heading(para("Introduction 4 - 10")));
  EXPECT_FALSE(looks_like_heading(para("\xE2\x81\xB5 Home Office Guidance page 25")));  // a footnote
  EXPECT_FALSE(looks_like_heading(block(BlockKind::list_item, "Terms of Reference")));
  EXPECT_FALSE(looks_like_heading(block(BlockKind::table_cell, "Terms of Reference")));
  Block hidden = block(BlockKind::heading, "Terms of Reference");
  hidden.hidden = true;
  EXPECT_FALSE(looks_like_heading(hidden));
}

TEST(SectionHeadings, TableOfContentsAndCoverAreSkipped) {
  Document doc;
  doc.blocks = {
      block(BlockKind::heading, "OVERVIEW REPORT"),
      para("Independent Author:"),
      block(BlockKind::heading, "CONTENTS"),
      para("Terms of Reference 4"),
      para("Understanding of control by a perpetrator and taking steps to minimise its"),
      para("potential effect 45"),
      para("Discrimination affecting agencies' responses to N and Z? 49"),
      block(BlockKind::heading, "Terms of Reference"),
      para("The full Terms of Reference for this Review are at Appendix A, and these are the key points."),
      para("Discrimination affecting agencies' responses to N and Z"),
      para("The IPCC investigation found no evidence that the response was affected by prejudice."),
  };
  const Range toc = find_table_of_contents(doc);
  EXPECT_EQ(toc.begin, 2u);
  EXPECT_EQ(toc.end, 7u);
  const std::vector<Candidate> c = heading_candidates(doc);
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].block, 7u);
  EXPECT_EQ(c[1].block, 9u);  // a plain line, confirmed by the contents list
}

TEST(SectionHeadings, CoverPageWithoutContents) {
  Document doc;
  doc.blocks = {
      para("NUNEATON & BEDWORTH COMMUNITY SAFETY PARTNERSHIP"),
      para("Independent Chair and Author"),
      para("Publication Date: 14th May 2015"),  // not a heading: the run of headings above the text stops here
      block(BlockKind::heading, "INTRODUCTION"),
      para("This report of the Domestic Homicide Review examines the circumstances and agency responses leading up to "
           "the homicide of the victim, by her ex-partner, and what agencies knew beforehand."),
  };
  const std::vector<Candidate> c = heading_candidates(doc);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].block, 3u);
}

TEST(SectionHeadings, SectionEnds) {
  EXPECT_TRUE(ends_section(2, 2));
  EXPECT_TRUE(ends_section(2, 1));
  EXPECT_FALSE(ends_section(1, 2));  // a sub-heading
  EXPECT_FALSE(ends_section(1, 0));  // a bold line under a styled heading
  EXPECT_TRUE(ends_section(0, 0));
  EXPECT_TRUE(ends_section(0, 3));
}

}  // namespace
}  // namespace dhr::sections
