// The PDF writer's pure parts: sharing a replacement over the lines an edit crosses, the
// text rules for hidden strings, and Helvetica's WinAnsi encoding and widths.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dhr/document.h"
#include "dhr/policy.h"
#include "write/pdf_edit_geometry.h"
#include "write/pdf_standard_font.h"
#include "write/pdf_text_rules.h"

namespace dhr::write::pdf {
namespace {

TEST(PdfShareOut, OneSegmentTakesItAll) {
  EXPECT_EQ(share_out("a woman in her late thirties", {20}, {12}), std::vector<std::string>{"a woman in her late thirties"});
}

TEST(PdfShareOut, WordsGoWhereTheirMiddleFalls) {
  // Two lines of equal width: the words are shared out left to right, whole.
  const auto pieces = share_out("an address in Kettering", {60, 60}, {12, 12});
  ASSERT_EQ(pieces.size(), 2u);
  EXPECT_EQ(pieces[0] + " " + pieces[1], "an address in Kettering");
  EXPECT_FALSE(pieces[0].empty());
  EXPECT_FALSE(pieces[1].empty());
  // A short pseudonym over a name broken across lines: all on the first, none on the second.
  EXPECT_EQ(share_out("N", {40, 40}, {12, 12}), (std::vector<std::string>{"N", ""}));
}

Document doc_with(const std::string& text) {
  Document d;
  d.format = Format::pdf;
  Block b;
  b.kind = BlockKind::outline;
  b.text = text;
  d.blocks.push_back(b);
  return d;
}

Edit edit(const std::string& text, const std::string& original, const std::string& replacement,
          const std::string& subject = {}) {
  Edit e;
  e.begin = static_cast<std::uint32_t>(text.find(original));
  e.end = static_cast<std::uint32_t>(e.begin + original.size());
  e.replacement = replacement;
  e.subject = subject;
  e.original = original;
  return e;
}

TEST(PdfTextRules, WholeBlocksWordsAndNameWords) {
  const std::string title = "Chronology for Natasha Okafor's family";
  const Document d = doc_with(title);
  const TextRules rules(d, {edit(title, "Natasha Okafor", "N", "N")});
  EXPECT_EQ(rules.apply(title), "Chronology for N's family");  // the block itself
  EXPECT_EQ(rules.apply("Natasha Okafor (draft)"), "N (draft)");  // another string, as a word
  EXPECT_EQ(rules.apply("Ask Okafor first"), "Ask N first");      // a lone name word
  EXPECT_EQ(rules.apply("Okaforville and Natashas"), "Okaforville and Natashas");  // not words
  EXPECT_TRUE(rules.touches("see Okafor"));
  EXPECT_FALSE(rules.touches("see Okaforville"));
}

TEST(PdfStandardFont, WinAnsiAndWidths) {
  EXPECT_EQ(to_win_ansi("Zo\xC3\xAB"), "Zo\xEB");          // ë is in WinAnsi
  EXPECT_EQ(to_win_ansi("\xE2\x80\x99"), "\x92");          // right single quote
  bool lossy = false;
  EXPECT_EQ(to_win_ansi("\xC5\x81ukasz", &lossy), "Lukasz");  // Ł is not: transliterated
  EXPECT_TRUE(lossy);
  EXPECT_EQ(win_ansi_to_utf8("Zo\xEB"), "Zo\xC3\xAB");
  EXPECT_DOUBLE_EQ(helvetica_width(std::string_view("N")), 0.722);
  EXPECT_DOUBLE_EQ(helvetica_width(std::string_view("ii")), 0.444);
}

}  // namespace
}  // namespace dhr::write::pdf
