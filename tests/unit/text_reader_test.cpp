#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "dhr/error.h"
#include "dhr/reader.h"
#include "test_files.h"

namespace dhr {
namespace {

using test::TempDir;

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Every anchor that claims file bytes must point at exactly the bytes it stands for.
void expect_exact_file_anchors(const Document& doc, const std::string& bytes) {
  for (const Block& b : doc.blocks) {
    std::uint32_t covered = 0;
    for (const Anchor& a : b.anchors) {
      EXPECT_EQ(a.begin, covered) << "gap or overlap in anchors of: " << b.text;
      covered = a.end;
      if (a.source != SourceKind::file_bytes) continue;
      ASSERT_LE(a.offset + a.length, bytes.size());
      if (a.end - a.begin == a.length) {
        EXPECT_EQ(b.text.substr(a.begin, a.end - a.begin), bytes.substr(a.offset, a.length));
      }
    }
    EXPECT_EQ(covered, b.text.size()) << "anchors do not cover: " << b.text;
  }
}

const Block* find_block(const Document& doc, std::string_view starts_with) {
  for (const Block& b : doc.blocks)
    if (b.text.starts_with(starts_with)) return &b;
  return nullptr;
}

TEST(TextReader, HeadingsNumbersListsAndTables) {
  TempDir dir;
  const std::string path = dir.write("report.txt",
                                     "OVERVIEW REPORT\n"
                                     "\n"
                                     "1. Introduction\n"
                                     "\n"
                                     "1.1 Domestic Homicide Reviews were introduced by the Domestic Violence, Crime and\n"
                                     "Victims Act (2004), section 9.\n"
                                     "\n"
                                     "1.2\n"
                                     "\n"
                                     "The purpose of a DHR is to\n"
                                     "a) Establish what lessons are to be learned.\n"
                                     "b) Apply these lessons.\n"
                                     "\n"
                                     "Name\tAgency\tRole\n"
                                     "Kam Sandhu\tIndependent\tChair\n"
                                     "\n"
                                     "\xE2\x80\xA2 a person aged 16 or over\n");
  const Document doc = read_document(path);
  EXPECT_EQ(doc.format, Format::text);
  ASSERT_GE(doc.blocks.size(), 10u);

  EXPECT_EQ(doc.blocks[0].kind, BlockKind::heading);
  EXPECT_EQ(doc.blocks[0].text, "OVERVIEW REPORT");
  EXPECT_EQ(doc.blocks[1].kind, BlockKind::heading);
  EXPECT_EQ(doc.blocks[1].number, "1.");
  EXPECT_EQ(doc.blocks[1].text, "Introduction");

  const Block* p11 = find_block(doc, "Domestic Homicide Reviews");
  ASSERT_NE(p11, nullptr);
  EXPECT_EQ(p11->kind, BlockKind::paragraph);
  EXPECT_EQ(p11->number, "1.1");
  EXPECT_EQ(p11->text, "Domestic Homicide Reviews were introduced by the Domestic Violence, Crime and Victims Act (2004), section 9.");

  const Block* p12 = find_block(doc, "The purpose");
  ASSERT_NE(p12, nullptr);
  EXPECT_EQ(p12->number, "1.2");  // the number stood on a line of its own
  EXPECT_EQ(p12->text, "The purpose of a DHR is to");

  const Block* a = find_block(doc, "Establish");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->number, "a)");

  const Block* cell = find_block(doc, "Kam Sandhu");
  ASSERT_NE(cell, nullptr);
  EXPECT_EQ(cell->kind, BlockKind::table_cell);
  EXPECT_EQ(cell->cell, (CellPosition{0, 1, 0}));

  const Block* bullet = find_block(doc, "a person aged");
  ASSERT_NE(bullet, nullptr);
  EXPECT_EQ(bullet->kind, BlockKind::list_item);

  expect_exact_file_anchors(doc, slurp(path));
}

// The quick tests in front of the line patterns must let through every line a pattern
// takes, and the lines that only look alike must stay prose.
TEST(TextReader, LineStartsThatOpenNumbersOrBulletsAndLookalikesThatDoNot) {
  TempDir dir;
  const std::string path = dir.write("r.txt",
                                     "iv. Roman numbered item text\n"
                                     "\n"
                                     "(ii) Bracketed numeral text\n"
                                     "\n"
                                     "o An item marked with a letter o\n"
                                     "\n"
                                     "- 3.12 A numbered paragraph a converter made a list item.\n"
                                     "\n"
                                     "of the prose that starts with o.\n"
                                     "\n"
                                     "vivid prose that starts with v.\n"
                                     "\n"
                                     "1234. Not a paragraph number.\n"
                                     "\n"
                                     "-dash without a space is prose.\n");
  const Document doc = read_document(path);
  ASSERT_EQ(doc.blocks.size(), 8u);
  EXPECT_EQ(doc.blocks[0].number, "iv.");
  EXPECT_EQ(doc.blocks[0].text, "Roman numbered item text");
  EXPECT_EQ(doc.blocks[1].number, "(ii)");
  EXPECT_EQ(doc.blocks[2].kind, BlockKind::list_item);
  EXPECT_EQ(doc.blocks[2].text, "An item marked with a letter o");
  EXPECT_EQ(doc.blocks[3].number, "3.12");
  EXPECT_EQ(doc.blocks[3].text, "A numbered paragraph a converter made a list item.");
  for (std::size_t i = 4; i < 8; ++i) {
    EXPECT_EQ(doc.blocks[i].kind, BlockKind::paragraph) << doc.blocks[i].text;
    EXPECT_EQ(doc.blocks[i].number, "") << doc.blocks[i].text;
  }
  EXPECT_EQ(doc.blocks[4].text, "of the prose that starts with o.");
  EXPECT_EQ(doc.blocks[6].text, "1234. Not a paragraph number.");
}

// A short line ends its paragraph unless its last word needs a continuation ("to",
// "and", "Mrs"), matched as a whole word in any case ("photo" needs none).
TEST(TextReader, ShortLineEndingOnADanglingWordContinues) {
  TempDir dir;
  const std::string path = dir.write("r.txt",
                                     "This is a long line of prose that sets the typical length of a wrapped line here.\n"
                                     "This one is long as well, so that short lines can be told from wrapped lines.\n"
                                     "\n"
                                     "She was introduced TO\n"
                                     "Someone at the centre.\n"
                                     "She showed a photo\n"
                                     "The next paragraph starts here.\n");
  const Document doc = read_document(path);
  const Block* joined = find_block(doc, "She was introduced TO Someone");
  ASSERT_NE(joined, nullptr);
  EXPECT_EQ(joined->text, "She was introduced TO Someone at the centre.");
  const Block* photo = find_block(doc, "She showed a photo");
  ASSERT_NE(photo, nullptr);
  EXPECT_EQ(photo->text, "She showed a photo");
}

TEST(TextReader, BlankLineInsideWrappedSentenceDoesNotSplitParagraph) {
  // pdftotext-style output (seed 000) puts blank lines between the lines of a paragraph.
  TempDir dir;
  const std::string path = dir.write("r.txt",
                                     "Introduction\n"
                                     "\n"
                                     "1.1 Domestic Homicide Reviews were introduced by the Domestic Violence, Crime and \n"
                                     "\n"
                                     "Victims Act (2004), section 9. This paragraph keeps going for quite a while yet.\n"
                                     "\n"
                                     "Scope of the DHR\n");
  const Document doc = read_document(path);
  ASSERT_EQ(doc.blocks.size(), 3u);
  EXPECT_EQ(doc.blocks[0].text, "Introduction");
  EXPECT_EQ(doc.blocks[1].number, "1.1");
  EXPECT_TRUE(doc.blocks[1].text.ends_with("quite a while yet."));
  EXPECT_EQ(doc.blocks[2].text, "Scope of the DHR");
}

TEST(TextReader, HyphenAtLineEndJoinsWithoutSpace) {
  TempDir dir;
  const std::string path = dir.write("r.txt", "by developing a co-\nordinated approach with Mrs Hughes-\nMbeki present.\n");
  const Document doc = read_document(path);
  ASSERT_EQ(doc.blocks.size(), 1u);
  // Lower-case continuation: the hyphen stays and the break goes. Upper-case: a space.
  EXPECT_EQ(doc.blocks[0].text, "by developing a co-ordinated approach with Mrs Hughes- Mbeki present.");
}

TEST(TextReader, MarkdownHeadingsTablesAndEmphasis) {
  TempDir dir;
  const std::string path = dir.write("r.md",
                                     "# INTRODUCTION\n"
                                     "\n"
                                     "## Terms of Reference\n"
                                     "\n"
                                     "- 1.1 Domestic Homicide Reviews were introduced.\n"
                                     "\n"
                                     "**Natasha Okafor** was 38.\n"
                                     "\n"
                                     "| Name | Age |\n"
                                     "|------|-----|\n"
                                     "| Natasha | 38 |\n"
                                     "\n"
                                     "- first bullet\n"
                                     "  - nested bullet\n");
  const Document doc = read_document(path);
  EXPECT_EQ(doc.format, Format::markdown);
  ASSERT_GE(doc.blocks.size(), 8u);
  EXPECT_EQ(doc.blocks[0].kind, BlockKind::heading);
  EXPECT_EQ(doc.blocks[0].level, 1);
  EXPECT_EQ(doc.blocks[1].level, 2);
  EXPECT_EQ(doc.blocks[1].text, "Terms of Reference");
  EXPECT_EQ(doc.blocks[2].number, "1.1");
  EXPECT_EQ(doc.blocks[2].kind, BlockKind::paragraph);
  EXPECT_EQ(doc.blocks[3].text, "Natasha Okafor was 38.");
  const Block* cell = find_block(doc, "Natasha");
  ASSERT_NE(cell, nullptr);
  EXPECT_EQ(doc.blocks[4].kind, BlockKind::table_cell);
  EXPECT_EQ(doc.blocks[6].text, "Natasha");
  EXPECT_EQ(doc.blocks[6].cell, (CellPosition{0, 1, 0}));
  const Block* nested = find_block(doc, "nested");
  ASSERT_NE(nested, nullptr);
  EXPECT_EQ(nested->kind, BlockKind::list_item);
  EXPECT_EQ(nested->level, 2);
  expect_exact_file_anchors(doc, slurp(path));
}

TEST(TextReader, FormFeedsCountPages) {
  TempDir dir;
  const std::string path = dir.write("r.txt", "Page one text.\n\fPage two text.\n\fPage three.\n");
  const Document doc = read_document(path);
  EXPECT_EQ(doc.pages, 3);
  ASSERT_EQ(doc.blocks.size(), 3u);
  EXPECT_EQ(doc.blocks[2].page, 3);
}

TEST(TextReader, SeedsReadWithExactAnchors) {
  for (const auto& entry : std::filesystem::directory_iterator(test::testdata("seeds"))) {
    if (entry.path().extension() != ".txt") continue;
    const Document doc = read_document(entry.path().string());
    EXPECT_GT(doc.blocks.size(), 50u) << entry.path();
    expect_exact_file_anchors(doc, slurp(entry.path().string()));
  }
}

// Length of the longest common subsequence of a and b.
std::size_t lcs(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  std::vector<std::size_t> row(b.size() + 1, 0);
  for (const auto& x : a) {
    std::size_t diag = 0;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = x == b[j - 1] ? diag + 1 : std::max(row[j], row[j - 1]);
      diag = up;
    }
  }
  return row[b.size()];
}

TEST(TextReader, Seeds000And001AgreeOnParagraphNumbers) {
  // The same report extracted two ways: numbers inline (000) and on their own line (001).
  // Both must recover (nearly) the same sequence of multi-level paragraph numbers; the
  // extractions themselves differ slightly (000 displaces "1.6"), so not exactly.
  const Document a = read_document(test::testdata("seeds/000_c3744d708595a7cb.txt"));
  const Document b = read_document(test::testdata("seeds/001_a7ee736bc6c01196.txt"));
  auto numbers = [](const Document& d) {
    std::vector<std::string> out;
    for (const Block& blk : d.blocks)
      if (blk.number.size() >= 3 && std::isdigit(static_cast<unsigned char>(blk.number[0])) &&
          blk.number.find('.') < blk.number.size() - 1)
        out.push_back(blk.number);
    return out;
  };
  const auto na = numbers(a);
  const auto nb = numbers(b);
  EXPECT_GE(na.size(), 60u);
  EXPECT_GE(lcs(na, nb) * 100, std::max(na.size(), nb.size()) * 97) << na.size() << " vs " << nb.size();
}

TEST(TextReader, InvalidUtf8IsAnErrorNamingTheByte) {
  TempDir dir;
  const std::string path = dir.write("bad.txt", "Natasha\xFF\xFE Okafor\n");
  try {
    read_document(path);
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::corrupt);
    EXPECT_NE(std::string(e.what()).find("invalid UTF-8 at byte 7"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find(path), std::string::npos);
  }
}

TEST(ReadDocument, MissingEmptyAndMislabelledFiles) {
  TempDir dir;
  EXPECT_THROW(read_document((dir.path() / "nope.pdf").string()), Error);
  const std::string empty = dir.write("empty.txt", "");
  try {
    read_document(empty);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::corrupt);
    EXPECT_NE(std::string(e.what()).find("empty file"), std::string::npos);
  }
  const std::string fake = dir.write("report.pdf", "just some text");
  try {
    read_document(fake);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::unsupported);
    EXPECT_NE(std::string(e.what()).find("not a PDF"), std::string::npos);
  }
  EXPECT_EQ(detect_format(dir.write("x.docx", "PK\x03\x04rest")), Format::docx);
  EXPECT_EQ(detect_format(dir.write("x.bin", "junk\n%PDF-1.7\n")), Format::pdf);
}

}  // namespace
}  // namespace dhr
