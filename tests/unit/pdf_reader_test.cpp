// The PDF reader on broken files and on structure.pdf (testdata/fixtures/README.md says
// what each fixture holds): errors, headings, numbers, lists, line-end repairs, running
// headers and footers, footnotes, tables.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "dhr/error.h"
#include "dhr/reader.h"
#include "test_files.h"

namespace dhr {
namespace {

using test::testdata;

std::string dump(const Document& doc) {
  std::string s;
  for (const Block& b : doc.blocks)
    s += std::string(to_string(b.kind)) + "[" + b.number + "|" + b.name + "|p" + std::to_string(b.page) + "] " +
         b.text + "\n";
  return s;
}

const Block* find(const Document& doc, BlockKind kind, std::string_view starts_with) {
  for (const Block& b : doc.blocks)
    if (b.kind == kind && b.text.starts_with(starts_with)) return &b;
  return nullptr;
}

int count(const Document& doc, BlockKind kind) {
  int n = 0;
  for (const Block& b : doc.blocks) n += b.kind == kind;
  return n;
}

ErrorKind error_kind(const std::string& path, const ReadOptions& options = {}, std::string* message = nullptr) {
  try {
    read_pdf(path, options);
  } catch (const Error& e) {
    if (message != nullptr) *message = e.message();
    return e.kind();
  }
  ADD_FAILURE() << path << " was read without error";
  return ErrorKind::internal;
}

const Document& structure() {
  static const Document doc = read_pdf(testdata("fixtures/structure.pdf"));
  return doc;
}

TEST(PdfReaderErrors, TruncatedIsCorrupt) {
  std::string message;
  EXPECT_EQ(error_kind(testdata("bad/truncated.pdf"), {}, &message), ErrorKind::corrupt);
  EXPECT_NE(message.find("truncated"), std::string::npos) << message;
}

TEST(PdfReaderErrors, EmptyAndNotAPdf) {
  EXPECT_EQ(error_kind(testdata("bad/empty.pdf")), ErrorKind::corrupt);
  EXPECT_EQ(error_kind(testdata("bad/notapdf.pdf")), ErrorKind::unsupported);
  EXPECT_EQ(error_kind(testdata("bad/no-such-file.pdf")), ErrorKind::not_found);
}

TEST(PdfReaderErrors, EncryptedWithoutWithWrongAndWithPassword) {
  const std::string path = testdata("bad/encrypted.pdf");
  std::string message;
  EXPECT_EQ(error_kind(path, {}, &message), ErrorKind::encrypted);
  EXPECT_EQ(message, "encrypted PDF: give the password with --password");

  ReadOptions wrong;
  wrong.password = "not-it";
  EXPECT_EQ(error_kind(path, wrong, &message), ErrorKind::encrypted);
  EXPECT_EQ(message, "wrong password");

  ReadOptions right;
  right.password = "secret";  // the user password (README of testdata/bad)
  const Document doc = read_pdf(path, right);
  EXPECT_EQ(doc.pages, 1);
  const Block* first = find(doc, BlockKind::paragraph, "Anytown Police first met Natasha");
  ASSERT_NE(first, nullptr) << dump(doc);
  EXPECT_EQ(first->number, "1.");
}

TEST(PdfReaderErrors, PageLimit) {
  ReadOptions tight;
  tight.max_pages = 2;
  std::string message;
  EXPECT_EQ(error_kind(testdata("fixtures/structure.pdf"), tight, &message), ErrorKind::limit);
  EXPECT_NE(message.find("3 pages"), std::string::npos) << message;
}

TEST(PdfReaderErrors, FileSizeLimit) {
  ReadOptions tight;
  tight.max_file_bytes = 1000;
  EXPECT_EQ(error_kind(testdata("fixtures/structure.pdf"), tight), ErrorKind::limit);
}

TEST(PdfReaderStructure, PagesAndFormat) {
  EXPECT_EQ(structure().format, Format::pdf);
  EXPECT_EQ(structure().pages, 3);
}

TEST(PdfReaderStructure, NumberedHeadingsWithLevels) {
  const Document& doc = structure();
  struct Expected {
    const char* number;
    int level;
    const char* text;
    int page;
  };
  for (const Expected& e : {Expected{"1", 1, "Introduction", 1}, Expected{"2", 1, "Terms of Reference", 1},
                            Expected{"3", 1, "Background Information", 1}, Expected{"3.1", 2, "The family", 1},
                            Expected{"3.2", 2, "Agency contact", 2}}) {
    const Block* h = find(doc, BlockKind::heading, e.text);
    ASSERT_NE(h, nullptr) << e.text << "\n" << dump(doc);
    EXPECT_EQ(h->text, e.text);
    EXPECT_EQ(h->number, e.number);
    EXPECT_EQ(h->level, e.level) << e.text;
    EXPECT_EQ(h->page, e.page) << e.text;
  }
}

TEST(PdfReaderStructure, ParagraphNumbersAreNotInTheText) {
  const Document& doc = structure();
  for (const auto& [number, start] : {std::pair{"1.1", "The Review Panel offers its sincere condolences"},
                                      std::pair{"1.2", "This review was commissioned"},
                                      std::pair{"1.3", "The purpose of the review is to:"},
                                      std::pair{"2.1", "The panel agreed the terms of reference"},
                                      std::pair{"2.2", "In 2021 Natasha told her GP"},
                                      std::pair{"2.3", "The review covers the period"}}) {
    const Block* p = find(doc, BlockKind::paragraph, start);
    ASSERT_NE(p, nullptr) << start << "\n" << dump(doc);
    EXPECT_EQ(p->number, number);
  }
}

TEST(PdfReaderStructure, LettersAndRomanNumeralsAreNestedListItems) {
  const Document& doc = structure();
  const Block* a = find(doc, BlockKind::list_item, "establish what lessons");
  const Block* i = find(doc, BlockKind::list_item, "within agencies; and");
  const Block* c = find(doc, BlockKind::list_item, "apply those lessons");
  ASSERT_TRUE(a && i && c) << dump(doc);
  EXPECT_EQ(a->number, "a)");
  EXPECT_EQ(a->level, 1);
  EXPECT_EQ(i->number, "i.");
  EXPECT_EQ(i->level, 2);
  EXPECT_EQ(c->number, "c)");
  EXPECT_EQ(c->level, 1);
  // Reading order: c) after ii. (Poppler's own order puts the c) label first).
  EXPECT_LT(i, c);
}

TEST(PdfReaderStructure, LineEndsAreRepaired) {
  const Document& doc = structure();
  // A name across a line break: joined with a space.
  EXPECT_NE(find(doc, BlockKind::paragraph, "Natasha grew up")->text.find("remembered Natasha Okafor as calm"),
            std::string::npos);
  // Soft hyphens (U+002D in the PDF) before a lower-case continuation: removed.
  const Block* agencies = find(doc, BlockKind::paragraph, "Agencies had several opportunities");
  ASSERT_NE(agencies, nullptr);
  EXPECT_NE(agencies->text.find("adult safeguarding gave"), std::string::npos) << agencies->text;
  const Block* friends = find(doc, BlockKind::paragraph, "Friends said that Natasha");
  ASSERT_NE(friends, nullptr);
  EXPECT_NE(friends->text.find("her husband, Daniel Okafor, began"), std::string::npos) << friends->text;
  // A prefix written with a hyphen keeps it.
  EXPECT_NE(find(doc, BlockKind::paragraph, "Information was not always shared")->text.find("the multi-agency risk"),
            std::string::npos);
}

TEST(PdfReaderStructure, RunningHeaderAndFooterOutOfTheFlowOnEveryPage) {
  const Document& doc = structure();
  int headers = 0, footers = 0;
  for (const Block& b : doc.blocks) {
    if (b.kind == BlockKind::header) {
      ++headers;
      EXPECT_EQ(b.text, "Overview Report \xE2\x80\x93 DHR 12 \xE2\x80\x93 CONFIDENTIAL DRAFT");
    } else if (b.kind == BlockKind::footer) {
      ++footers;
      EXPECT_EQ(b.text, "Page " + std::to_string(b.page) + " of 3");
    } else if (is_visible(b.kind)) {
      EXPECT_EQ(b.text.find("CONFIDENTIAL DRAFT"), std::string::npos) << b.text;
      EXPECT_EQ(b.text.find("Page 1 of"), std::string::npos) << b.text;
    }
  }
  EXPECT_EQ(headers, 3);
  EXPECT_EQ(footers, 3);
}

TEST(PdfReaderStructure, FootnoteAndEndnote) {
  const Document& doc = structure();
  const Block* note = find(doc, BlockKind::footnote, "Natasha Okafor was known");
  ASSERT_NE(note, nullptr) << dump(doc);
  EXPECT_EQ(note->text, "Natasha Okafor was known to her friends as Tash.");
  EXPECT_EQ(note->name, "1");
  EXPECT_EQ(note->page, 1);
  const Block* endnote = find(doc, BlockKind::footnote, "Daniel Okafor was convicted");
  ASSERT_NE(endnote, nullptr) << dump(doc);
  EXPECT_EQ(endnote->name, "i");
  EXPECT_EQ(endnote->page, 3);
  // The reference stays in the text, marked off so that it never fuses with a word.
  EXPECT_NE(find(doc, BlockKind::paragraph, "The Review Panel offers")->text.find("Natasha Okafor.[1] We are"),
            std::string::npos);
  // Footnote text does not leak into the body.
  EXPECT_EQ(count(doc, BlockKind::footnote), 2);
  for (const Block& b : doc.blocks)
    if (b.kind == BlockKind::paragraph) {
      EXPECT_EQ(b.text.find("known to her friends"), std::string::npos);
    }
}

TEST(PdfReaderStructure, TableCells) {
  const Document& doc = structure();
  const Block* cell = find(doc, BlockKind::table_cell, "Natasha Okafor reported two incidents");
  ASSERT_NE(cell, nullptr) << dump(doc);
  EXPECT_EQ(cell->cell.row, 1);
  EXPECT_EQ(cell->cell.col, 1);
  const Block* header = find(doc, BlockKind::table_cell, "Agency");
  ASSERT_NE(header, nullptr);
  EXPECT_EQ(header->cell.row, 0);
  EXPECT_EQ(header->cell.col, 0);
  EXPECT_EQ(header->cell.table, cell->cell.table);
  for (const Block& b : doc.blocks) {  // a bold header row is no heading
    EXPECT_FALSE(b.kind == BlockKind::heading && b.text.starts_with("Agency Contact")) << b.text;
  }
}

}  // namespace
}  // namespace dhr
