// The DOCX reader on the LibreOffice-made fixtures of testdata/fixtures and the broken
// files of testdata/bad, asserting what their README.md says they contain.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>

#include "dhr/error.h"
#include "dhr/reader.h"
#include "docx_test_package.h"
#include "test_files.h"

namespace dhr {
namespace {

using test::testdata;

const Block* find_block(const Document& doc, BlockKind kind, std::string_view text) {
  for (const Block& b : doc.blocks)
    if (b.kind == kind && b.text == text) return &b;
  return nullptr;
}

const Block* find_starting(const Document& doc, BlockKind kind, std::string_view start) {
  for (const Block& b : doc.blocks)
    if (b.kind == kind && b.text.starts_with(start)) return &b;
  return nullptr;
}

int count_containing(const Document& doc, std::string_view text) {
  int n = 0;
  for (const Block& b : doc.blocks) n += b.text.find(text) != std::string::npos;
  return n;
}

class DocxStructureFixture : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    const std::string path = testdata("fixtures/structure.docx");
    if (!std::filesystem::exists(path)) return;
    doc_ = new Document(read_docx(path));
    entries_ = new std::map<std::string, std::string>(test::read_zip_entries(path));
  }
  static void TearDownTestSuite() {
    delete doc_;
    delete entries_;
    doc_ = nullptr;
    entries_ = nullptr;
  }
  void SetUp() override {
    if (doc_ == nullptr) GTEST_SKIP() << "testdata/fixtures/structure.docx is missing";
  }
  static const Document& doc() { return *doc_; }
  static Document* doc_;
  static std::map<std::string, std::string>* entries_;
};
Document* DocxStructureFixture::doc_ = nullptr;
std::map<std::string, std::string>* DocxStructureFixture::entries_ = nullptr;

TEST_F(DocxStructureFixture, AnchorsAreExactAndEveryCarrierIsPlaced) {
  test::CarrierLookup carriers(*entries_);
  test::expect_exact_docx_anchors(doc(), carriers);
  test::expect_every_carrier_placed(doc(), carriers);
  EXPECT_EQ(doc().format, Format::docx);
  EXPECT_EQ(doc().pages, 0);
}

TEST_F(DocxStructureFixture, HeadingsNumberedFromTheirStyles) {
  const std::tuple<const char*, int, const char*> headings[] = {
      {"Introduction", 1, "1"}, {"Terms of Reference", 1, "2"}, {"Background Information", 1, "3"},
      {"The family", 2, "3.1"}, {"Agency contact", 2, "3.2"}};
  for (const auto& [text, level, number] : headings) {
    const Block* b = find_block(doc(), BlockKind::heading, text);
    ASSERT_NE(b, nullptr) << text;
    EXPECT_EQ(b->level, level) << text;
    EXPECT_EQ(b->number, number) << text;
  }
}

TEST_F(DocxStructureFixture, NumberedParagraphsStartAtTheUnusedLevelsStart) {
  const std::pair<const char*, const char*> paragraphs[] = {
      {"1.1", "The Review Panel offers its sincere condolences to the family of Natasha Okafor."},
      {"1.2", "This review was commissioned by Anytown Community Safety Partnership"},
      {"1.3", "The purpose of the review is to:"},
      {"2.1", "The panel agreed the terms of reference at its first meeting."},
      {"2.2", "In 2021 Natasha told her GP that she felt unsafe at home. Records show that Daniel Okafor missed three appointments."},
      {"2.3", "The review covers the period from 1 January 2019 to the death of Natasha on 14 March 2023."}};
  for (const auto& [number, start] : paragraphs) {
    const Block* b = find_starting(doc(), BlockKind::paragraph, start);
    ASSERT_NE(b, nullptr) << start;
    EXPECT_EQ(b->number, number) << start;
  }
}

TEST_F(DocxStructureFixture, ListWithTwoLevels) {
  const std::tuple<const char*, int, const char*> items[] = {
      {"a)", 1, "establish what lessons are to be learned from the death of Natasha;"},
      {"b)", 1, "identify clearly what those lessons are:"},
      {"i.", 2, "within agencies; and"},
      {"ii.", 2, "between agencies;"},
      {"c)", 1, "apply those lessons to service responses."}};
  const Block* previous = nullptr;
  for (const auto& [number, level, text] : items) {
    const Block* b = find_block(doc(), BlockKind::list_item, text);
    ASSERT_NE(b, nullptr) << text;
    EXPECT_EQ(b->number, number) << text;
    EXPECT_EQ(b->level, level) << text;
    if (previous != nullptr) {
      EXPECT_EQ(b, previous + 1) << "list items out of order at " << text;
    }
    previous = b;
  }
}

TEST_F(DocxStructureFixture, TableCells) {
  const char* cells[3][3] = {{"Agency", "Contact", "Period"},
                             {"Anytown Police", "Natasha Okafor reported two incidents", "2021\xE2\x80\x93" "2022"},
                             {"Anytown Surgery", "GP consultations with Daniel Okafor", "2019\xE2\x80\x93" "2023"}};
  for (int r = 0; r < 3; ++r)
    for (int c = 0; c < 3; ++c) {
      const Block* b = find_block(doc(), BlockKind::table_cell, cells[r][c]);
      ASSERT_NE(b, nullptr) << cells[r][c];
      EXPECT_EQ(b->cell, (CellPosition{0, r, c})) << cells[r][c];
    }
}

TEST_F(DocxStructureFixture, NotesHeaderFooterComment) {
  EXPECT_NE(find_block(doc(), BlockKind::footnote, "Natasha Okafor was known to her friends as Tash."), nullptr);
  EXPECT_NE(find_block(doc(), BlockKind::footnote,
                       "Daniel Okafor was convicted of murder at Anytown Crown Court on 2 October 2023."),
            nullptr);
  const Block* header = find_block(doc(), BlockKind::header, "Overview Report \xE2\x80\x93 DHR 12 \xE2\x80\x93 CONFIDENTIAL DRAFT");
  ASSERT_NE(header, nullptr);
  EXPECT_EQ(header->name, "word/header1.xml");
  EXPECT_EQ(header, &doc().blocks.front());
  EXPECT_NE(find_block(doc(), BlockKind::footer, "Page 3 of 3"), nullptr);
  const Block* comment = find_block(
      doc(), BlockKind::comment, "Check with Will whether his father Daniel Okafor may be named in the published report.");
  ASSERT_NE(comment, nullptr);
  EXPECT_EQ(comment->name, "Joanne Wood");
  EXPECT_EQ(doc().metadata_value("comment_author"), "Joanne Wood");
}

TEST_F(DocxStructureFixture, FieldCodesAndResults) {
  for (const char* name : {"AUTHOR", "DATE", "REF", "PAGEREF", "PAGE", "NUMPAGES"}) {
    bool found = false;
    for (const Block& b : doc().blocks) found |= b.kind == BlockKind::field && b.name == name;
    EXPECT_TRUE(found) << name;
  }
  EXPECT_NE(find_block(doc(), BlockKind::field, "REF victim \\h"), nullptr);
  EXPECT_NE(find_starting(doc(), BlockKind::paragraph, "Report author: Kam Sandhu, Independent Chair. Date of this draft: 14 March 2024."), nullptr);
  EXPECT_NE(find_block(doc(), BlockKind::paragraph, "This report refers to Natasha Okafor throughout (see page 1)."), nullptr);
}

TEST_F(DocxStructureFixture, TrackedChanges) {
  EXPECT_NE(find_block(doc(), BlockKind::paragraph, "The panel heard from a family friend and her employer."), nullptr);
  const Block* del = find_block(doc(), BlockKind::tracked_deletion, "Natasha\xE2\x80\x99s sister, Grace Adeyemi, and");
  ASSERT_NE(del, nullptr);
  EXPECT_EQ(del->name, "Kam Sandhu");
  const Block* ins = find_block(doc(), BlockKind::tracked_insertion, "a family friend and");
  ASSERT_NE(ins, nullptr);
  EXPECT_EQ(ins->name, "Kam Sandhu");
  EXPECT_EQ(count_containing(doc(), "Grace Adeyemi"), 1);
}

TEST_F(DocxStructureFixture, SplitNamesAndSoftHyphens) {
  const Block* b = find_starting(doc(), BlockKind::paragraph, "In 2021 Natasha told her GP");
  ASSERT_NE(b, nullptr);
  const std::size_t at = b->text.find("Natasha");
  EXPECT_NE(b->locate(at).node, b->locate(at + 4).node);  // "Nata" and "sha" are two runs
  EXPECT_EQ(b->locate(at + 4).offset, 0u);
  EXPECT_NE(find_starting(doc(), BlockKind::paragraph, "Agencies had several opportunities"), nullptr);
  EXPECT_EQ(count_containing(doc(), "adult safeguarding gave practitioners"), 1);
  EXPECT_EQ(count_containing(doc(), "her husband, Daniel Okafor, began"), 1);
  EXPECT_EQ(count_containing(doc(), "the multi-agency risk assessment"), 1);
}

TEST_F(DocxStructureFixture, TextBoxOnceAndImageDescription) {
  const char* box = "Family statement: Will Okafor asked the panel to remember his mother\xE2\x80\x99s laugh.";
  ASSERT_NE(find_block(doc(), BlockKind::text_box, box), nullptr);
  EXPECT_EQ(count_containing(doc(), "asked the panel to remember"), 1);
  const Block* alt = find_block(doc(), BlockKind::alt_text, "Natasha Okafor with her son Will at the seaside, 2019");
  ASSERT_NE(alt, nullptr);
  EXPECT_EQ(alt->name, "description");
  EXPECT_EQ(count_containing(doc(), "at the seaside"), 1);
}

TEST_F(DocxStructureFixture, Properties) {
  EXPECT_EQ(doc().metadata_value("title"), "DHR 12 Overview Report");
  EXPECT_EQ(doc().metadata_value("author"), "Kam Sandhu");
  EXPECT_EQ(doc().metadata_value("last_modified_by"), "Kam Sandhu");
  EXPECT_EQ(doc().metadata_value("subject"), "Domestic Homicide Review 12");
  EXPECT_EQ(doc().metadata_value("description"), "Draft 3, prepared for the family of Natasha Okafor");
  EXPECT_EQ(doc().metadata_value("keywords"), "DHR Anytown");
  EXPECT_EQ(doc().metadata_value("custom:Victim"), "Natasha Okafor");
  EXPECT_EQ(doc().metadata_value("custom:Case reference"), "DHR-12-2023");
  EXPECT_EQ(doc().metadata_value("revision_author"), "Kam Sandhu");
  // Every metadata value is also a metadata block, so detection sees it.
  for (const auto& [key, value] : doc().metadata) {
    bool found = false;
    for (const Block& b : doc().blocks) found |= b.kind == BlockKind::metadata && b.name == key && b.text == value;
    EXPECT_TRUE(found) << key;
  }
  // Metadata blocks come last.
  EXPECT_EQ(doc().blocks.back().kind, BlockKind::metadata);
}

TEST(DocxFixtures, TwoColumnsInOrder) {
  const std::string path = testdata("fixtures/twocolumn.docx");
  if (!std::filesystem::exists(path)) GTEST_SKIP() << path << " is missing";
  const Document doc = read_docx(path);
  test::CarrierLookup carriers(test::read_zip_entries(path));
  test::expect_exact_docx_anchors(doc, carriers);
  const Block* heading = find_block(doc, BlockKind::heading, "Summary of Agency Contact");
  ASSERT_NE(heading, nullptr);
  EXPECT_EQ(heading->number, "");
  const char* starts[] = {"Anytown Police first met", "Officers completed", "In January 2020", "The practice later",
                          "Anytown Housing received", "The housing officer", "Her employer noticed", "A manager spoke"};
  const Block* previous = heading;
  for (int i = 0; i < 8; ++i) {
    const Block* b = nullptr;
    for (const Block& c : doc.blocks)
      if (c.text.starts_with(starts[i])) b = &c;
    ASSERT_NE(b, nullptr) << starts[i];
    EXPECT_EQ(b->number, std::to_string(i + 1) + ".") << starts[i];
    EXPECT_EQ(b, previous + 1) << starts[i];
    previous = b;
  }
  EXPECT_EQ((previous + 1)->text, "The panel considered each of these contacts in turn.");
}

TEST(DocxFixtures, LongReportCounts) {
  const std::string path = testdata("fixtures/long.docx");
  if (!std::filesystem::exists(path)) GTEST_SKIP() << path << " is missing";
  const Document doc = read_docx(path);
  int headings = 0, numbered = 0;
  std::set<int> tables;
  std::set<std::pair<int, int>> rows;
  for (const Block& b : doc.blocks) {
    if (b.kind == BlockKind::heading && !b.number.empty()) ++headings;
    if (b.kind == BlockKind::paragraph && b.number.find('.') != std::string::npos) ++numbered;
    if (b.kind == BlockKind::table_cell) {
      tables.insert(b.cell.table);
      rows.insert({b.cell.table, b.cell.row});
    }
  }
  EXPECT_EQ(headings, 38);
  EXPECT_EQ(numbered, 219);
  EXPECT_EQ(tables.size(), 7u);
  EXPECT_EQ(rows.size(), 106u);
  EXPECT_NE(find_block(doc, BlockKind::heading, "Recommendations (continued)"), nullptr);
}

// The fictional corpus drafts: anchors exact, nothing readable left out of every block.
TEST(DocxFixtures, CorpusDraftsAnchorsAndCarriers) {
  const std::filesystem::path corpus = testdata("corpus");
  if (!std::filesystem::exists(corpus)) GTEST_SKIP() << "no testdata/corpus";
  int read = 0;
  for (const auto& entry : std::filesystem::directory_iterator(corpus)) {
    const std::filesystem::path draft = entry.path() / "draft.docx";
    if (!std::filesystem::exists(draft)) continue;
    SCOPED_TRACE(draft.string());
    const Document doc = read_docx(draft.string());
    test::CarrierLookup carriers(test::read_zip_entries(draft.string()));
    test::expect_exact_docx_anchors(doc, carriers);
    test::expect_every_carrier_placed(doc, carriers);
    EXPECT_FALSE(doc.blocks.empty());
    ++read;
  }
  if (read == 0) GTEST_SKIP() << "no corpus draft.docx yet";
}

// testdata/bad: each file fails with the kind its README gives.
TEST(DocxFixtures, BadFilesFailWithTheirKind) {
  const std::pair<const char*, ErrorKind> cases[] = {
      {"empty.docx", ErrorKind::corrupt},      {"notadocx.docx", ErrorKind::unsupported},
      {"notdocx.docx", ErrorKind::unsupported}, {"nodocument.docx", ErrorKind::corrupt},
      {"zipbomb.docx", ErrorKind::limit},       {"traversal.docx", ErrorKind::hostile},
      {"entities.docx", ErrorKind::hostile},    {"deepxml.docx", ErrorKind::limit},
      {"encrypted.docx", ErrorKind::encrypted},
  };
  for (const auto& [name, kind] : cases) {
    const std::string path = testdata(std::string("bad/") + name);
    if (!std::filesystem::exists(path)) continue;
    try {
      read_docx(path);
      ADD_FAILURE() << name << " was read";
    } catch (const Error& e) {
      EXPECT_EQ(e.kind(), kind) << e.what();
      EXPECT_EQ(e.path(), path);
    }
  }
}

}  // namespace
}  // namespace dhr
