// Page layout in the PDF reader, on the fixtures (testdata/fixtures/README.md):
// headings found from size, weight and capitals alone (headings.pdf), paragraph numbers
// in the margin and on a line of their own, paragraphs continuing across page breaks
// with the running header and footer between their halves, two-column reading order
// (twocolumn.pdf), and the 60-page benchmark report (long.pdf).
#include <gtest/gtest.h>

#include <regex>
#include <string>
#include <string_view>
#include <vector>

#include "dhr/reader.h"
#include "test_files.h"

namespace dhr {
namespace {

using test::testdata;

std::string dump(const Document& doc) {
  std::string s;
  for (const Block& b : doc.blocks)
    s += std::string(to_string(b.kind)) + "[" + b.number + "|L" + std::to_string(b.level) + "|p" +
         std::to_string(b.page) + "] " + b.text + "\n";
  return s;
}

const Block* find(const Document& doc, BlockKind kind, std::string_view starts_with) {
  for (const Block& b : doc.blocks)
    if (b.kind == kind && b.text.starts_with(starts_with)) return &b;
  return nullptr;
}

const Document& headings() {
  static const Document doc = read_pdf(testdata("fixtures/headings.pdf"));
  return doc;
}

TEST(PdfLayoutHeadings, FromSizeWeightAndCapitals) {
  struct Expected {
    const char* text;
    const char* number;
    int level;
    int page;
  };
  std::vector<Expected> expected = {
      {"OVERVIEW REPORT", "", 1, 1},      {"Introduction", "1.", 1, 1},           // 16 pt bold; 14 pt bold
      {"Scope of the Review", "", 2, 1},  {"TERMS OF REFERENCE", "", 1, 1},       // 11 pt bold; capitals only
      {"Methodology", "3.", 1, 2},        {"BACKGROUND INFORMATION", "", 1, 2},   // 13 pt regular
      {"Equality and Diversity", "", 2, 3}, {"Conclusions", "5.", 1, 3},
  };
  std::vector<const Block*> found;
  for (const Block& b : headings().blocks)
    if (b.kind == BlockKind::heading) found.push_back(&b);
  ASSERT_EQ(found.size(), expected.size()) << dump(headings());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(found[i]->text, expected[i].text);
    EXPECT_EQ(found[i]->number, expected[i].number) << expected[i].text;
    EXPECT_EQ(found[i]->level, expected[i].level) << expected[i].text;
    EXPECT_EQ(found[i]->page, expected[i].page) << expected[i].text;
  }
}

TEST(PdfLayoutHeadings, ShortLinesAndBoldPhrasesAreNotHeadings) {
  const Document& doc = headings();
  const Block* said = find(doc, BlockKind::paragraph, "Natasha\xE2\x80\x99s family said:");
  ASSERT_NE(said, nullptr) << dump(doc);
  const Block* p33 = find(doc, BlockKind::paragraph, "The panel also reviewed the minutes");
  ASSERT_NE(p33, nullptr) << dump(doc);
  EXPECT_EQ(p33->number, "3.3");
  EXPECT_NE(p33->text.find("The MARAC did not receive"), std::string::npos);
}

TEST(PdfLayoutNumbers, InTheMarginAndOnALineOfTheirOwn) {
  const Document& doc = headings();
  // Hanging: "1.1<tab>The Independent Chair ..."
  const Block* hanging = find(doc, BlockKind::paragraph, "The Independent Chair and the Review Panel");
  ASSERT_NE(hanging, nullptr) << dump(doc);
  EXPECT_EQ(hanging->number, "1.1");
  // Alone on a line above the text (seed 001's layout): "2.1" then "The panel set ...".
  const Block* alone = find(doc, BlockKind::paragraph, "The panel set the following key lines of enquiry");
  ASSERT_NE(alone, nullptr) << dump(doc);
  EXPECT_EQ(alone->number, "2.1");
  const Block* p41 = find(doc, BlockKind::paragraph, "Natasha was 38 years old");
  ASSERT_NE(p41, nullptr);
  EXPECT_EQ(p41->number, "4.1");
  for (const Block& b : doc.blocks)  // no number is left as a paragraph of its own
    EXPECT_FALSE(std::regex_match(b.text, std::regex(R"(\d+\.\d+)"))) << b.text;
}

TEST(PdfLayoutPages, ParagraphsContinueAcrossPageBreaks) {
  const Document& doc = headings();
  const Block* p22 = find(doc, BlockKind::paragraph, "Agencies were also asked whether their staff");
  ASSERT_NE(p22, nullptr) << dump(doc);
  EXPECT_EQ(p22->number, "2.2");
  EXPECT_EQ(p22->page, 1);
  EXPECT_NE(p22->text.find("coercive and controlling behaviour, and whether the needs of Will"), std::string::npos)
      << p22->text;
  EXPECT_TRUE(p22->text.ends_with("were properly assessed and met.")) << p22->text;
  const Block* p43 = find(doc, BlockKind::paragraph, "In May 2019 a neighbour called the police");
  ASSERT_NE(p43, nullptr);
  EXPECT_TRUE(p43->text.ends_with("the risk was graded as standard.")) << p43->text;
}

TEST(PdfLayoutPages, HeaderFooterAndPageNumbersLeaveTheText) {
  const Document& doc = headings();
  int headers = 0, footers = 0;
  for (const Block& b : doc.blocks) {
    if (b.kind == BlockKind::header) {
      ++headers;
      EXPECT_EQ(b.text, "Anytown Community Safety Partnership \xE2\x80\x93 DHR 12 Overview Report");
    } else if (b.kind == BlockKind::footer) {
      ++footers;
      EXPECT_EQ(b.text, "OFFICIAL \xE2\x80\x93 FOR PUBLICATION Page " + std::to_string(b.page));
    } else {
      EXPECT_EQ(b.text.find("OFFICIAL"), std::string::npos) << b.text;
      EXPECT_EQ(b.text.find("Safety Partnership \xE2\x80\x93 DHR"), std::string::npos) << b.text;
      EXPECT_FALSE(std::regex_search(b.text, std::regex(R"(Page \d)"))) << b.text;
    }
  }
  EXPECT_EQ(headers, 3);
  EXPECT_EQ(footers, 3);
}

TEST(PdfLayoutColumns, LeftColumnIsReadBeforeTheRight) {
  const Document doc = read_pdf(testdata("fixtures/twocolumn.pdf"));
  std::vector<const Block*> body;
  for (const Block& b : doc.blocks)
    if (b.kind == BlockKind::paragraph || b.kind == BlockKind::heading) body.push_back(&b);
  ASSERT_EQ(body.size(), 10u) << dump(doc);
  EXPECT_EQ(body[0]->kind, BlockKind::heading);
  EXPECT_EQ(body[0]->text, "Summary of Agency Contact");
  const char* expected[] = {
      "Anytown Police first met Natasha in May 2019, when a neighbour reported shouting at the flat she shared with Daniel.",
      "Officers completed a risk assessment and graded the risk as standard. No referral was made to specialist support.",
      "In January 2020 Natasha told her GP that she was not sleeping. The GP did not ask about abuse at home.",
      "The practice later introduced routine enquiry about domestic abuse for all patients who report anxiety.",
      "Anytown Housing received a request from Natasha in March 2021 to move to a new address without Daniel.",
      "The housing officer offered temporary accommodation, but Natasha declined it because of her son\xE2\x80\x99s school.",
      "Her employer noticed that she often arrived late and that Daniel telephoned the office several times a day.",
      "A manager spoke to Natasha privately and gave her the number of the local domestic abuse service.",
  };
  for (int i = 0; i < 8; ++i) {
    EXPECT_EQ(body[static_cast<std::size_t>(i) + 1]->number, std::to_string(i + 1) + ".");
    EXPECT_EQ(body[static_cast<std::size_t>(i) + 1]->text, expected[i]);
  }
  EXPECT_EQ(body[9]->text, "The panel considered each of these contacts in turn.");
}

TEST(PdfLayoutLong, SixtyPagesOfStructure) {
  const Document doc = read_pdf(testdata("fixtures/long.pdf"));
  EXPECT_EQ(doc.pages, 60);
  int numbered_headings = 0, numbered_paragraphs = 0, headers = 0, footers = 0, cells = 0;
  for (const Block& b : doc.blocks) {
    if (b.kind == BlockKind::heading && std::regex_match(b.number, std::regex(R"(\d+)"))) {
      ++numbered_headings;
      EXPECT_EQ(b.level, 1) << b.text;
    }
    if (b.kind == BlockKind::paragraph && std::regex_match(b.number, std::regex(R"(\d+\.\d+)"))) ++numbered_paragraphs;
    if (b.kind == BlockKind::header) ++headers;
    if (b.kind == BlockKind::footer) {
      ++footers;
      EXPECT_EQ(b.text, "Page " + std::to_string(b.page) + " of 60");
    }
    if (b.kind == BlockKind::table_cell) ++cells;
    if (b.kind == BlockKind::paragraph) {
      EXPECT_EQ(b.text.find(" of 60"), std::string::npos) << b.text;
      EXPECT_EQ(b.text.find("DHR 12 \xE2\x80\x93 OFFICIAL"), std::string::npos) << b.text;
    }
  }
  EXPECT_EQ(numbered_headings, 38);
  EXPECT_EQ(numbered_paragraphs, 219);
  EXPECT_EQ(headers, 60);
  EXPECT_EQ(footers, 60);
  // The chronology tables (106 rows of Date | Agency | Event) come out as cells.
  EXPECT_GE(cells, 3 * 106);
}

}  // namespace
}  // namespace dhr
