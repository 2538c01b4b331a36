// The PDF reader's small rules, one by one: joining lines at hyphens, recognising
// running-header text and page numbers, note marks, number depth, bold font names.
#include <gtest/gtest.h>

#include "read/pdf_block_text.h"
#include "read/pdf_footnotes.h"
#include "read/pdf_line_start.h"
#include "read/pdf_running_headers.h"
#include "read/pdf_words.h"

namespace dhr::read::pdf {
namespace {

TEST(PdfJoinLines, HyphenBeforeLowerCaseIsDropped) {
  EXPECT_EQ(join_lines("safe-", "guarding"), LineJoin::drop_hyphen);
  EXPECT_EQ(join_lines("Oka-", "for,"), LineJoin::drop_hyphen);
  EXPECT_EQ(join_lines("Oka\xC2\xAD", "for"), LineJoin::drop_hyphen);  // a real soft hyphen
}

TEST(PdfJoinLines, HyphenBeforeCapitalOrDigitStays) {
  EXPECT_EQ(join_lines("Hughes-", "Mbeki"), LineJoin::glue);
  EXPECT_EQ(join_lines("Stoke-on-", "Trent"), LineJoin::glue);
  EXPECT_EQ(join_lines("2021-", "2022"), LineJoin::glue);
}

TEST(PdfJoinLines, HyphenatedPrefixesKeepTheirHyphen) {
  EXPECT_EQ(join_lines("multi-", "agency"), LineJoin::glue);
  EXPECT_EQ(join_lines("inter-", "agency"), LineJoin::glue);
  EXPECT_EQ(join_lines("co-", "ordinated"), LineJoin::glue);
  EXPECT_EQ(join_lines("self-", "harm"), LineJoin::glue);
  EXPECT_EQ(join_lines("multi-", "ple"), LineJoin::drop_hyphen);  // mul-ti-ple
}

TEST(PdfJoinLines, OtherLineEndsTakeASpace) {
  EXPECT_EQ(join_lines("Natasha", "Okafor"), LineJoin::space);
  EXPECT_EQ(join_lines("-", "and"), LineJoin::space);        // a dash standing alone
  EXPECT_EQ(join_lines("\xE2\x80\x93", "and"), LineJoin::space);  // en dash
  EXPECT_EQ(join_lines("2 -", "and"), LineJoin::space);
}

TEST(PdfRunningHeaders, KeysReadDigitRunsAsOne) {
  EXPECT_EQ(furniture_key("Page 12 of 60"), "page # of #");
  EXPECT_EQ(furniture_key("Overview Report \xE2\x80\x93 DHR 12"), "overview report \xE2\x80\x93 dhr #");
  EXPECT_EQ(furniture_key("  OFFICIAL   Page 3 "), "official page #");
}

TEST(PdfRunningHeaders, PageNumberShapes) {
  for (const char* k : {"#", "page #", "page # of #", "# of #", "- # -", "iv", "page ii"})
    EXPECT_TRUE(is_page_number_key(k)) << k;
  for (const char* k : {"# natasha okafor", "introduction", "dhr #"}) {
    EXPECT_FALSE(is_page_number_key(k)) << k;
  }
}

TEST(PdfFootnotes, NoteMarks) {
  for (const char* m : {"1", "12", "iv", "*", "\xE2\x80\xA0"}) {
    EXPECT_TRUE(is_note_mark(m)) << m;
  }
  for (const char* m : {"2023", "th", "st", "a", ""}) {
    EXPECT_FALSE(is_note_mark(m)) << m;
  }
}

TEST(PdfLineStart, NumberDepthAndPrefix) {
  EXPECT_EQ(number_depth("3"), 1);
  EXPECT_EQ(number_depth("3."), 1);
  EXPECT_EQ(number_depth("3.1"), 2);
  EXPECT_EQ(number_depth("1.2.3."), 3);
  EXPECT_EQ(number_prefix("3.1.2"), "3.1");
  EXPECT_EQ(number_prefix("3."), "");
  EXPECT_TRUE(is_decimal_label("3.21."));
  EXPECT_FALSE(is_decimal_label("a)"));
  EXPECT_FALSE(is_decimal_label("2023"));
}

TEST(PdfWords, BoldFontNames) {
  EXPECT_TRUE(is_bold_font_name("CAAAAA+DejaVuSans-Bold"));
  EXPECT_TRUE(is_bold_font_name("Arial,Bold"));
  EXPECT_TRUE(is_bold_font_name("ABCDEF+Calibri-SemiBold"));
  EXPECT_FALSE(is_bold_font_name("BAAAAA+DejaVuSans"));
  EXPECT_FALSE(is_bold_font_name("TimesNewRomanPS-ItalicMT"));
}

}  // namespace
}  // namespace dhr::read::pdf
