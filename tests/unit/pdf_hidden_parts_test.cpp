// Hidden text in PDFs: document properties, XMP metadata, bookmarks, annotations and
// alt text must each land in a block, so that detection sees every name in the file
// (testdata/fixtures/README.md lists what structure.pdf and annotated.pdf hold).
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "dhr/reader.h"
#include "test_files.h"

namespace dhr {
namespace {

using test::testdata;

std::string dump(const Document& doc) {
  std::string s;
  for (const Block& b : doc.blocks)
    s += std::string(to_string(b.kind)) + "[" + b.name + "|L" + std::to_string(b.level) + "] " + b.text + "\n";
  return s;
}

const Block* find(const Document& doc, BlockKind kind, std::string_view text) {
  for (const Block& b : doc.blocks)
    if (b.kind == kind && b.text == text) return &b;
  return nullptr;
}

TEST(PdfHiddenParts, InfoDictionaryAsMetadataBlocks) {
  const Document doc = read_pdf(testdata("fixtures/structure.pdf"));
  EXPECT_EQ(doc.metadata_value("title"), "DHR 12 Overview Report");
  EXPECT_EQ(doc.metadata_value("author"), "Kam Sandhu");
  EXPECT_EQ(doc.metadata_value("subject"), "Domestic Homicide Review 12");
  EXPECT_EQ(doc.metadata_value("keywords"), "DHR, Anytown");
  EXPECT_EQ(doc.metadata_value("producer"), "LibreOffice 7.4");
  EXPECT_EQ(doc.metadata_value("created"), "2024-03-15T09:30:00Z");  // D:20240315093000Z'
  // Each property is a block anchored to its entry in Document::metadata.
  const Block* author = find(doc, BlockKind::metadata, "Kam Sandhu");
  ASSERT_NE(author, nullptr) << dump(doc);
  EXPECT_EQ(author->name, "author");
  ASSERT_EQ(author->anchors.size(), 1u);
  const Anchor& a = author->anchors[0];
  EXPECT_EQ(a.source, SourceKind::property);
  ASSERT_LT(a.node, doc.metadata.size());
  EXPECT_EQ(doc.metadata[a.node].first, "author");
  EXPECT_EQ(a.length, doc.metadata[a.node].second.size());
}

TEST(PdfHiddenParts, OutlineAnnotationsAndAltText) {
  const Document doc = read_pdf(testdata("fixtures/structure.pdf"));
  const Block* outline = find(doc, BlockKind::outline, "3.1 The family");
  ASSERT_NE(outline, nullptr) << dump(doc);
  EXPECT_EQ(outline->level, 2);
  int outlines = 0;
  for (const Block& b : doc.blocks) outlines += b.kind == BlockKind::outline;
  EXPECT_EQ(outlines, 5);

  const Block* comment = find(doc, BlockKind::annotation,
                              "Check with Will whether his father Daniel Okafor may be named in the published report.");
  ASSERT_NE(comment, nullptr) << dump(doc);
  EXPECT_EQ(comment->name, "contents");
  EXPECT_EQ(comment->page, 1);
  const Block* author = find(doc, BlockKind::annotation, "Joanne Wood, 13/03/24, ");
  ASSERT_NE(author, nullptr) << dump(doc);
  EXPECT_EQ(author->name, "author");
  // A link's /Contents holding a name (a REF field's result).
  EXPECT_NE(find(doc, BlockKind::annotation, "Natasha Okafor"), nullptr);

  const Block* alt = find(doc, BlockKind::alt_text, "Family photograph - Natasha Okafor with her son Will at the seaside, 2019");
  ASSERT_NE(alt, nullptr) << dump(doc);
  EXPECT_EQ(alt->name, "Figure");
  EXPECT_FALSE(is_visible(alt->kind));
}

TEST(PdfHiddenParts, XmpValues) {
  const Document doc = read_pdf(testdata("fixtures/annotated.pdf"));
  EXPECT_EQ(doc.metadata_value("xmp:title"), "DHR 12 Executive Summary");
  EXPECT_EQ(doc.metadata_value("xmp:creator"), "Kam Sandhu");
  EXPECT_EQ(doc.metadata_value("xmp:description"), "Executive summary of the review into the death of Natasha Okafor");
  EXPECT_EQ(doc.metadata_value("xmp:Keywords"), "DHR, Okafor");
  EXPECT_EQ(doc.metadata_value("xmp:CreatorTool"), "Writer");
  EXPECT_EQ(doc.metadata_value("subject"), "Executive summary of the review into the death of Natasha Okafor");
  const Block* description = find(doc, BlockKind::metadata, "Executive summary of the review into the death of Natasha Okafor");
  ASSERT_NE(description, nullptr);
}

TEST(PdfHiddenParts, BookmarksWithLevelsAndCommentsWithAuthors) {
  const Document doc = read_pdf(testdata("fixtures/annotated.pdf"));
  const Block* life = find(doc, BlockKind::outline, "2 Natasha\xE2\x80\x99s life");
  ASSERT_NE(life, nullptr) << dump(doc);
  EXPECT_EQ(life->level, 1);
  const Block* contributors = find(doc, BlockKind::outline, "1.1 Contributors to the Review");
  ASSERT_NE(contributors, nullptr);
  EXPECT_EQ(contributors->level, 2);

  EXPECT_NE(find(doc, BlockKind::annotation,
                 "Daniel Okafor\xE2\x80\x99s solicitor has asked to see this paragraph before publication."),
            nullptr)
      << dump(doc);
  const Block* second = find(doc, BlockKind::annotation,
                             "Confirm with Will Okafor that he is content with this description of his mother.");
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(second->page, 2);
  EXPECT_NE(find(doc, BlockKind::annotation, "Kam Sandhu, 14/03/24, "), nullptr);
  const Block* link = find(doc, BlockKind::annotation,
                           "https://www.gov.uk/government/publications/"
                           "revised-statutory-guidance-for-the-conduct-of-domestic-homicide-reviews");
  ASSERT_NE(link, nullptr);
  EXPECT_EQ(link->name, "link");
  // Comments are not page text.
  for (const Block& b : doc.blocks)
    if (is_visible(b.kind)) {
      EXPECT_EQ(b.text.find("solicitor"), std::string::npos) << b.text;
    }
}

}  // namespace
}  // namespace dhr

namespace dhr {
namespace {

// tests/unit/pdf_data/extras.pdf, made by make_extras.sh next to it.
const Document& extras() {
  static const Document doc = read_pdf(std::string(DHR_TESTDATA_DIR) + "/../tests/unit/pdf_data/extras.pdf");
  return doc;
}

TEST(PdfHiddenPartsExtras, CustomInfoKeyAndEmbeddedFile) {
  const Document& doc = extras();
  EXPECT_EQ(doc.metadata_value("custom:Victim"), "Natasha Okafor");
  EXPECT_EQ(doc.metadata_value("author"), "Kam Sandhu");
  EXPECT_EQ(doc.metadata_value("embedded_file"), "okafor-family-contacts.txt");
  EXPECT_EQ(doc.metadata_value("embedded_file_description"), "Chair's notes on Natasha Okafor");
  const Block* victim = find(doc, BlockKind::metadata, "Natasha Okafor");
  ASSERT_NE(victim, nullptr) << dump(doc);
  EXPECT_EQ(victim->name, "custom:Victim");
}

TEST(PdfHiddenPartsExtras, FormFieldAndAnnotationStrings) {
  const Document& doc = extras();
  const Block* value = find(doc, BlockKind::annotation, "Natasha Okafor");
  ASSERT_NE(value, nullptr) << dump(doc);
  EXPECT_EQ(value->name, "field victim_name");
  const Block* tooltip = find(doc, BlockKind::annotation, "Name of the victim");
  ASSERT_NE(tooltip, nullptr);
  EXPECT_EQ(tooltip->name, "field tooltip victim_name");
  const Block* subject = find(doc, BlockKind::annotation, "Note about Grace");
  ASSERT_NE(subject, nullptr);
  EXPECT_EQ(subject->name, "subject");
  EXPECT_NE(find(doc, BlockKind::annotation, "A. Reviewer"), nullptr);
  EXPECT_NE(find(doc, BlockKind::annotation, "Ask Grace Adeyemi before naming her."), nullptr);
}

TEST(PdfHiddenPartsExtras, HyphenBeforeACapitalStaysAndRotatedTextIsKept) {
  const Document& doc = extras();
  const Block* p = find(doc, BlockKind::paragraph,
                        "The panel spoke with her friend Amara Hughes-Mbeki, who had known her for many years.");
  ASSERT_NE(p, nullptr) << dump(doc);  // the line breaks after "Hughes-"
  const Block* rotated = find(doc, BlockKind::text_box, "DRAFT Okafor");
  ASSERT_NE(rotated, nullptr) << dump(doc);
  EXPECT_EQ(rotated->page, 1);
  ASSERT_EQ(rotated->anchors.size(), 3u);  // word, space, word
  EXPECT_EQ(rotated->anchors[2].source, SourceKind::pdf_glyphs);
}

}  // namespace
}  // namespace dhr
