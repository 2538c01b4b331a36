// The DOCX reader on small packages built in the test: text and anchors, structure,
// hidden parts. Each test shows the markup it reads.
#include <gtest/gtest.h>

#include <string>

#include "dhr/error.h"
#include "dhr/reader.h"
#include "docx_test_package.h"
#include "test_files.h"

namespace dhr {
namespace {

using test::CarrierLookup;
using test::DocxPackage;
using test::para;
using test::TempDir;

Document read_package(const DocxPackage& pkg, CarrierLookup* lookup = nullptr) {
  TempDir dir;
  const Document doc = read_docx(pkg.write(dir));
  CarrierLookup own(pkg.entries());
  test::expect_exact_docx_anchors(doc, lookup != nullptr ? *lookup : own);
  return doc;
}

const Block* find_block(const Document& doc, BlockKind kind, std::string_view text) {
  for (const Block& b : doc.blocks)
    if (b.kind == kind && b.text == text) return &b;
  return nullptr;
}

std::string dump(const Document& doc) {
  std::string s;
  for (const Block& b : doc.blocks)
    s += std::string(to_string(b.kind)) + "[" + b.number + "|" + b.name + "] " + b.text + "\n";
  return s;
}

TEST(DocxReader, NameSplitAcrossRunsIsOneWordWithTwoAnchors) {
  const DocxPackage pkg(
      "<w:p><w:r><w:t xml:space=\"preserve\">Victim: </w:t></w:r>"
      "<w:r><w:rPr><w:b/></w:rPr><w:t>Nata</w:t></w:r>"
      "<w:r><w:rPr><w:i/></w:rPr><w:t>sha</w:t></w:r>"
      "<w:r><w:t xml:space=\"preserve\"> Okafor</w:t></w:r></w:p>");
  const Document doc = read_package(pkg);
  ASSERT_EQ(doc.blocks.size(), 1u) << dump(doc);
  const Block& b = doc.blocks[0];
  EXPECT_EQ(b.kind, BlockKind::paragraph);
  EXPECT_EQ(b.text, "Victim: Natasha Okafor");
  EXPECT_EQ(doc.format, Format::docx);
  EXPECT_EQ(doc.pages, 0);
  ASSERT_EQ(doc.parts.at(b.anchors[0].part), "word/document.xml");
  const std::size_t nata = b.text.find("Nata");
  const SourcePosition first = b.locate(nata);
  const SourcePosition second = b.locate(nata + 4);
  EXPECT_EQ(first.source, SourceKind::docx_text);
  EXPECT_EQ(first.node, 1u);
  EXPECT_EQ(first.offset, 0u);
  EXPECT_EQ(second.node, 2u);
  EXPECT_EQ(second.offset, 0u);
  ASSERT_EQ(b.anchors.size(), 4u);
  EXPECT_EQ(b.anchors[1].length, 4u);
  EXPECT_EQ(b.anchors[2].length, 3u);
}


TEST(DocxReader, NameSplitAcrossLineBreakKeepsTheBreak) {
  const DocxPackage pkg("<w:p><w:r><w:t>Natasha</w:t><w:br/><w:t>Okafor</w:t><w:tab/><w:t>x</w:t>"
                        "<w:noBreakHyphen/><w:t>y</w:t><w:softHyphen/><w:t>z</w:t></w:r></w:p>");
  const Document doc = read_package(pkg);
  ASSERT_EQ(doc.blocks.size(), 1u) << dump(doc);
  const Block& b = doc.blocks[0];
  EXPECT_EQ(b.text, "Natasha\nOkafor\tx-yz");
  EXPECT_EQ(b.locate(7).source, SourceKind::synthetic);
  EXPECT_EQ(b.locate(8).source, SourceKind::docx_text);
  EXPECT_EQ(b.locate(8).node, 1u);
}

// styles.xml and numbering.xml shared by the heading and numbering tests.
const std::string kStyles = test::wml("styles", R"(
  <w:docDefaults><w:rPrDefault><w:rPr/></w:rPrDefault></w:docDefaults>
  <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
  <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>
    <w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="MyHeading"><w:name w:val="My Heading"/><w:basedOn w:val="Heading1"/></w:style>
  <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style>
  <w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/></w:style>
  <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>
  <w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>)");

std::string level(int ilvl, const std::string& fmt, const std::string& text, const std::string& extra = {}) {
  return "<w:lvl w:ilvl=\"" + std::to_string(ilvl) + "\"><w:start w:val=\"1\"/><w:numFmt w:val=\"" + fmt +
         "\"/>" + extra + "<w:lvlText w:val=\"" + text + "\"/></w:lvl>";
}

const std::string kNumbering = test::wml(
    "numbering",
    "<w:abstractNum w:abstractNumId=\"0\">" + level(0, "decimal", "%1", "<w:pStyle w:val=\"Heading1\"/>") +
        level(1, "decimal", "%1.%2") + "</w:abstractNum>" +
        "<w:abstractNum w:abstractNumId=\"1\">" + level(0, "lowerLetter", "%1)") + level(1, "lowerRoman", "%2.") +
        "</w:abstractNum>" + "<w:abstractNum w:abstractNumId=\"2\">" + level(0, "bullet", "\xE2\x80\xA2") +
        "</w:abstractNum>" + "<w:abstractNum w:abstractNumId=\"3\">" + level(0, "decimal", "%1.") +
        level(1, "decimal", "%1.%2.", "<w:lvlRestart w:val=\"0\"/>") + "</w:abstractNum>" +
        "<w:abstractNum w:abstractNumId=\"4\">" + level(0, "upperRoman", "%1") +
        level(1, "upperLetter", "%1.%2", "<w:isLgl/>") + "</w:abstractNum>" +
        "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
        "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>"
        "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>"
        "<w:num w:numId=\"4\"><w:abstractNumId w:val=\"2\"/></w:num>"
        "<w:num w:numId=\"5\"><w:abstractNumId w:val=\"3\"/></w:num>"
        "<w:num w:numId=\"6\"><w:abstractNumId w:val=\"1\"/></w:num>"
        "<w:num w:numId=\"7\"><w:abstractNumId w:val=\"4\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"3\"/></w:lvlOverride></w:num>");

std::string numbered(const std::string& text, int num, int ilvl, const std::string& style = {}) {
  return para(text, (style.empty() ? std::string() : "<w:pStyle w:val=\"" + style + "\"/>") +
                        "<w:numPr><w:ilvl w:val=\"" + std::to_string(ilvl) + "\"/><w:numId w:val=\"" +
                        std::to_string(num) + "\"/></w:numPr>");
}

std::string styled(const std::string& text, const std::string& style) {
  return para(text, "<w:pStyle w:val=\"" + style + "\"/>");
}

DocxPackage styled_package(const std::string& body) {
  DocxPackage pkg(body);
  pkg.part("word/styles.xml", kStyles).part("word/numbering.xml", kNumbering);
  pkg.rel("rId1", "styles", "styles.xml").rel("rId2", "numbering", "numbering.xml");
  return pkg;
}

TEST(DocxReader, HeadingsAndNumberingLabelsAsWordShowsThem) {
  const Document doc = read_package(styled_package(
      styled("Introduction", "Heading1") + numbered("Text one", 1, 1) + numbered("Text two", 1, 1) +
      styled("Background", "MyHeading") + numbered("Text three", 1, 1) +
      numbered("first", 2, 0, "ListParagraph") + numbered("second", 2, 0, "ListParagraph") +
      numbered("roman one", 2, 1, "ListParagraph") + numbered("roman two", 2, 1, "ListParagraph") +
      numbered("third", 2, 0, "ListParagraph") + numbered("roman again", 2, 1, "ListParagraph") +
      numbered("fourth via num 6", 6, 0, "ListParagraph") + numbered("restarted", 3, 0, "ListParagraph") +
      numbered("Bullet point", 4, 0) + numbered("Para A", 5, 0) + numbered("Para A.1", 5, 1) +
      numbered("Para B", 5, 0) + numbered("Para B.x", 5, 1) + numbered("Legal", 7, 0) + numbered("Legal sub", 7, 1) +
      styled("Scope", "Heading2") + styled("Overview Report", "Title") +
      para("Direct outline", "<w:outlineLvl w:val=\"2\"/>") + para("Plain")));

  struct Expect {
    const char* text;
    BlockKind kind;
    int level;
    const char* number;
  };
  const Expect expected[] = {
      {"Introduction", BlockKind::heading, 1, "1"},
      {"Text one", BlockKind::paragraph, 0, "1.1"},
      {"Text two", BlockKind::paragraph, 0, "1.2"},
      {"Background", BlockKind::heading, 1, "2"},
      {"Text three", BlockKind::paragraph, 0, "2.1"},
      {"first", BlockKind::list_item, 1, "a)"},
      {"second", BlockKind::list_item, 1, "b)"},
      {"roman one", BlockKind::list_item, 2, "i."},
      {"roman two", BlockKind::list_item, 2, "ii."},
      {"third", BlockKind::list_item, 1, "c)"},
      {"roman again", BlockKind::list_item, 2, "i."},
      {"fourth via num 6", BlockKind::list_item, 1, "d)"},
      {"restarted", BlockKind::list_item, 1, "a)"},
      {"Bullet point", BlockKind::list_item, 1, ""},
      {"Para A", BlockKind::paragraph, 0, "1."},
      {"Para A.1", BlockKind::paragraph, 0, "1.1."},
      {"Para B", BlockKind::paragraph, 0, "2."},
      {"Para B.x", BlockKind::paragraph, 0, "2.2."},  // w:lvlRestart 0: never restarts
      {"Legal", BlockKind::paragraph, 0, "III"},      // startOverride 3, upperRoman
      {"Legal sub", BlockKind::paragraph, 0, "3.1"},  // w:isLgl: all levels decimal
      {"Scope", BlockKind::heading, 2, ""},
      {"Overview Report", BlockKind::heading, 1, ""},
      {"Direct outline", BlockKind::heading, 3, ""},
      {"Plain", BlockKind::paragraph, 0, ""},
  };
  ASSERT_EQ(doc.blocks.size(), std::size(expected)) << dump(doc);
  for (std::size_t i = 0; i < std::size(expected); ++i) {
    const Block& b = doc.blocks[i];
    EXPECT_EQ(b.text, expected[i].text);
    EXPECT_EQ(b.kind, expected[i].kind) << b.text;
    EXPECT_EQ(b.level, expected[i].level) << b.text;
    EXPECT_EQ(b.number, expected[i].number) << b.text;
  }
}

TEST(DocxReader, BoldWhenEveryVisibleRunIsBold) {
  const Document doc = read_package(styled_package(
      "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">All </w:t></w:r>"
      "<w:r><w:rPr><w:rStyle w:val=\"Strong\"/></w:rPr><w:t>bold</w:t></w:r><w:r><w:t xml:space=\"preserve\"> </w:t></w:r></w:p>"
      "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">Half </w:t></w:r><w:r><w:t>plain</w:t></w:r></w:p>"
      "<w:p><w:r><w:rPr><w:b w:val=\"0\"/></w:rPr><w:t>Off</w:t></w:r></w:p>" +
      styled("Heading by style", "Heading2")));
  ASSERT_EQ(doc.blocks.size(), 4u) << dump(doc);
  EXPECT_TRUE(doc.blocks[0].bold);
  EXPECT_EQ(doc.blocks[0].text, "All bold");
  EXPECT_FALSE(doc.blocks[1].bold);
  EXPECT_FALSE(doc.blocks[2].bold);
}

TEST(DocxReader, TableCellsWithPositionsAndNestedTablesFlattened) {
  auto cell = [](const std::string& inner, const std::string& tcpr = {}) {
    return "<w:tc>" + (tcpr.empty() ? std::string() : "<w:tcPr>" + tcpr + "</w:tcPr>") + inner + "</w:tc>";
  };
  const std::string body =
      "<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>"
      "<w:tr>" + cell(para("Name")) + cell(para("Role")) + "</w:tr>"
      "<w:tr>" + cell(para("Kam Sandhu") + para("Independent Chair"), "<w:gridSpan w:val=\"2\"/>") + "</w:tr>"
      "<w:tr>" + cell(para("Outer") + "<w:tbl><w:tr>" + cell(para("Inner A")) + cell(para("Inner B")) + "</w:tr></w:tbl>") +
      cell(para("Last")) + "</w:tr></w:tbl>" + para("After the table") +
      "<w:tbl><w:tr>" + cell(para("T2")) + "</w:tr></w:tbl>";
  const Document doc = read_package(DocxPackage(body));
  ASSERT_EQ(doc.blocks.size(), 7u) << dump(doc);
  auto expect_cell = [&](std::size_t i, const char* text, int table, int row, int col) {
    const Block& b = doc.blocks[i];
    EXPECT_EQ(b.kind, BlockKind::table_cell) << b.text;
    EXPECT_EQ(b.text, text);
    EXPECT_EQ(b.cell, (CellPosition{table, row, col})) << b.text;
  };
  expect_cell(0, "Name", 0, 0, 0);
  expect_cell(1, "Role", 0, 0, 1);
  expect_cell(2, "Kam Sandhu\nIndependent Chair", 0, 1, 0);
  expect_cell(3, "Outer\nInner A\nInner B", 0, 2, 0);
  expect_cell(4, "Last", 0, 2, 1);
  EXPECT_EQ(doc.blocks[5].kind, BlockKind::paragraph);
  EXPECT_EQ(doc.blocks[5].text, "After the table");
  expect_cell(6, "T2", 1, 0, 0);
}

TEST(DocxReader, HeadersFootnotesEndnotesFootersCommentsInOrder) {
  DocxPackage pkg(para("Body text.") +
                  "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdH\"/>"
                  "<w:footerReference w:type=\"default\" r:id=\"rIdF\"/></w:sectPr>");
  pkg.part("word/header1.xml", test::wml("hdr", para("Draft: Natasha Okafor review")))
      .part("word/footer1.xml", test::wml("ftr", "<w:p><w:r><w:t xml:space=\"preserve\">Page </w:t></w:r>"
                                                 "<w:fldSimple w:instr=\" PAGE \"><w:r><w:t>3</w:t></w:r></w:fldSimple></w:p>"))
      .part("word/footnotes.xml",
            test::wml("footnotes", "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
                                   "<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"
                                   "<w:footnote w:id=\"1\">" + para("See Natasha's statement.") + para("Second line.") + "</w:footnote>"))
      .part("word/endnotes.xml", test::wml("endnotes", "<w:endnote w:id=\"1\">" + para("Endnote text.") + "</w:endnote>"))
      .part("word/comments.xml",
            test::wml("comments", "<w:comment w:id=\"0\" w:author=\"Kam Sandhu\" w:initials=\"KS\">" +
                                      para("Check Natasha's age.") + "</w:comment>"))
      .rel("rIdH", "header", "header1.xml")
      .rel("rIdF", "footer", "footer1.xml")
      .rel("rIdN", "footnotes", "footnotes.xml")
      .rel("rIdE", "endnotes", "endnotes.xml")
      .rel("rIdC", "comments", "comments.xml");
  const Document doc = read_package(pkg);
  ASSERT_GE(doc.blocks.size(), 8u) << dump(doc);
  std::size_t i = 0;
  EXPECT_EQ(doc.blocks[i].kind, BlockKind::header);
  EXPECT_EQ(doc.blocks[i].name, "word/header1.xml");
  EXPECT_EQ(doc.blocks[i++].text, "Draft: Natasha Okafor review");
  EXPECT_EQ(doc.blocks[i].kind, BlockKind::paragraph);
  EXPECT_EQ(doc.blocks[i++].text, "Body text.");
  EXPECT_EQ(doc.blocks[i].kind, BlockKind::footnote);
  EXPECT_EQ(doc.blocks[i].name, "1");
  EXPECT_EQ(doc.blocks[i++].text, "See Natasha's statement.\nSecond line.");
  EXPECT_EQ(doc.blocks[i].kind, BlockKind::footnote);
  EXPECT_EQ(doc.blocks[i++].text, "Endnote text.");
  EXPECT_EQ(doc.blocks[i].kind, BlockKind::footer);
  EXPECT_EQ(doc.blocks[i].name, "word/footer1.xml");
  EXPECT_EQ(doc.blocks[i++].text, "Page 3");
  EXPECT_EQ(doc.blocks[i].kind, BlockKind::field);
  EXPECT_EQ(doc.blocks[i].name, "PAGE");
  EXPECT_EQ(doc.blocks[i++].text, "PAGE");
  EXPECT_EQ(doc.blocks[i].kind, BlockKind::comment);
  EXPECT_EQ(doc.blocks[i].name, "Kam Sandhu");
  EXPECT_EQ(doc.blocks[i++].text, "Check Natasha's age.");
  EXPECT_EQ(doc.blocks[i].kind, BlockKind::metadata);
  EXPECT_EQ(doc.blocks[i].name, "comment_author");
  EXPECT_EQ(doc.blocks[i++].text, "Kam Sandhu (KS)");
  EXPECT_EQ(doc.metadata_value("comment_author"), "Kam Sandhu (KS)");
}

TEST(DocxReader, TrackedInsertionsInlineAndRepeatedDeletionsAfter) {
  const Document doc = read_package(DocxPackage(
      "<w:p><w:r><w:t xml:space=\"preserve\">She met </w:t></w:r>"
      "<w:ins w:id=\"1\" w:author=\"Editor One\"><w:r><w:t>Tash</w:t></w:r></w:ins>"
      "<w:del w:id=\"2\" w:author=\"Editor Two\"><w:r><w:delText>Nata</w:delText></w:r></w:del>"
      "<w:del w:id=\"3\" w:author=\"Editor Two\"><w:r><w:rPr><w:b/></w:rPr><w:delText>sha</w:delText></w:r></w:del>"
      "<w:r><w:t xml:space=\"preserve\"> at home.</w:t></w:r>"
      "<w:moveFrom w:id=\"4\" w:author=\"Editor One\"><w:r><w:t>moved away</w:t></w:r></w:moveFrom></w:p>"));
  ASSERT_EQ(doc.blocks.size(), 6u) << dump(doc);
  EXPECT_EQ(doc.blocks[0].kind, BlockKind::paragraph);
  EXPECT_EQ(doc.blocks[0].text, "She met Tash at home.");
  EXPECT_EQ(doc.blocks[1].kind, BlockKind::tracked_insertion);  // in source order
  EXPECT_EQ(doc.blocks[2].kind, BlockKind::tracked_deletion);
  const Block* ins = find_block(doc, BlockKind::tracked_insertion, "Tash");
  ASSERT_NE(ins, nullptr) << dump(doc);
  EXPECT_EQ(ins->name, "Editor One");
  const Block* del = find_block(doc, BlockKind::tracked_deletion, "Natasha");
  ASSERT_NE(del, nullptr) << dump(doc);
  EXPECT_EQ(del->name, "Editor Two");
  EXPECT_EQ(del->anchors.size(), 2u);
  EXPECT_NE(find_block(doc, BlockKind::tracked_deletion, "moved away"), nullptr) << dump(doc);
  EXPECT_NE(find_block(doc, BlockKind::metadata, "Editor One"), nullptr) << dump(doc);
  EXPECT_NE(find_block(doc, BlockKind::metadata, "Editor Two"), nullptr) << dump(doc);
  EXPECT_EQ(doc.metadata_value("revision_author"), "Editor One");
}

TEST(DocxReader, TextBoxInAlternateContentIsReadOnce) {
  const std::string box = "<w:txbxContent>" + para("Box says Natasha") + para("Line two") + "</w:txbxContent>";
  const Document doc = read_package(DocxPackage(
      "<w:p><w:r><w:t xml:space=\"preserve\">Before box </w:t></w:r><w:r><mc:AlternateContent>"
      "<mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><wp:docPr id=\"1\" name=\"Text Box 1\"/><a:graphic><a:graphicData>"
      "<wps:wsp><wps:txbx>" + box + "</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
      "<mc:Fallback><w:pict><v:shape><v:textbox>" + box + "</v:textbox></v:shape></w:pict></mc:Fallback>"
      "</mc:AlternateContent></w:r><w:r><w:t>after.</w:t></w:r></w:p>"));
  EXPECT_EQ(doc.blocks.at(0).text, "Before box after.") << dump(doc);
  int boxes = 0;
  for (const Block& b : doc.blocks) boxes += b.text.find("Box says") != std::string::npos;
  EXPECT_EQ(boxes, 1) << dump(doc);
  const Block* tb = find_block(doc, BlockKind::text_box, "Box says Natasha\nLine two");
  ASSERT_NE(tb, nullptr) << dump(doc);
  EXPECT_EQ(tb - doc.blocks.data(), 1);  // right after its paragraph
  // The shape's name is not text of the document, but still reaches detection.
  EXPECT_NE(find_block(doc, BlockKind::metadata, "Text Box 1"), nullptr) << dump(doc);
}

TEST(DocxReader, AltTextOfImagesOnceEach) {
  const Document doc = read_package(DocxPackage(
      "<w:p><w:r><w:drawing><wp:inline><wp:docPr id=\"2\" name=\"Picture 2\" descr=\"Photo of Natasha Okafor\" "
      "title=\"Family photo\"/><a:graphic><a:graphicData><pic:pic><pic:nvPicPr><pic:cNvPr id=\"0\" name=\"natasha.jpg\" "
      "descr=\"Photo of Natasha Okafor\"/></pic:nvPicPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing>"
      "</w:r><w:r><w:t>Caption</w:t></w:r></w:p>"));
  const Block* descr = find_block(doc, BlockKind::alt_text, "Photo of Natasha Okafor");
  ASSERT_NE(descr, nullptr) << dump(doc);
  EXPECT_EQ(descr->name, "description");
  const Block* title = find_block(doc, BlockKind::alt_text, "Family photo");
  ASSERT_NE(title, nullptr) << dump(doc);
  EXPECT_EQ(title->name, "title");
  int descrs = 0;
  for (const Block& b : doc.blocks) descrs += b.text == "Photo of Natasha Okafor";
  EXPECT_EQ(descrs, 1);
  EXPECT_NE(find_block(doc, BlockKind::metadata, "natasha.jpg"), nullptr) << dump(doc);
  EXPECT_EQ(doc.blocks.at(0).text, "Caption");
}

TEST(DocxReader, FieldCodesAsBlocksResultsInline) {
  const Document doc = read_package(DocxPackage(
      "<w:p><w:r><w:t xml:space=\"preserve\">Dear </w:t></w:r>"
      "<w:fldSimple w:instr=\" MERGEFIELD  VictimName \\* MERGEFORMAT \"><w:r><w:t>Natasha</w:t></w:r></w:fldSimple>"
      "<w:r><w:t xml:space=\"preserve\">, by </w:t></w:r>"
      "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> AUTHOR </w:instrText></w:r>"
      "<w:r><w:instrText>\\* MERGEFORMAT</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
      "<w:r><w:t>Kam Sandhu</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
      "<w:r><w:t>.</w:t></w:r></w:p>"));
  ASSERT_EQ(doc.blocks.size(), 3u) << dump(doc);
  EXPECT_EQ(doc.blocks[0].text, "Dear Natasha, by Kam Sandhu.");
  EXPECT_EQ(doc.blocks[1].kind, BlockKind::field);
  EXPECT_EQ(doc.blocks[1].name, "MERGEFIELD");
  EXPECT_EQ(doc.blocks[1].text, "MERGEFIELD  VictimName \\* MERGEFORMAT");
  EXPECT_EQ(doc.blocks[2].kind, BlockKind::field);
  EXPECT_EQ(doc.blocks[2].name, "AUTHOR");
  EXPECT_EQ(doc.blocks[2].text, "AUTHOR \\* MERGEFORMAT");
}

TEST(DocxReader, NestedFieldResultBelongsToTheOuterCode) {
  const Document doc = read_package(DocxPackage(
      "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> IF </w:instrText></w:r>"
      "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> MERGEFIELD Name </w:instrText></w:r>"
      "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>Natasha</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
      "<w:r><w:instrText xml:space=\"preserve\"> = \"x\" \"yes\" \"no\"</w:instrText></w:r>"
      "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>no</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>"));
  EXPECT_EQ(doc.blocks.at(0).text, "no") << dump(doc);
  EXPECT_NE(find_block(doc, BlockKind::field, "MERGEFIELD Name"), nullptr) << dump(doc);
  EXPECT_NE(find_block(doc, BlockKind::field, "IF Natasha = \"x\" \"yes\" \"no\""), nullptr) << dump(doc);
}

TEST(DocxReader, HyperlinkTargetAndTooltip) {
  DocxPackage pkg("<w:p><w:hyperlink r:id=\"rIdL\" w:tooltip=\"Email Natasha\"><w:r><w:t>email her</w:t></w:r></w:hyperlink></w:p>");
  pkg.rel("rIdL", "hyperlink", "mailto:natasha@example.com", true);
  const Document doc = read_package(pkg);
  ASSERT_EQ(doc.blocks.size(), 3u) << dump(doc);
  EXPECT_EQ(doc.blocks[0].text, "email her");
  EXPECT_EQ(doc.blocks[1].kind, BlockKind::field);
  EXPECT_EQ(doc.blocks[1].name, "hyperlink");
  EXPECT_EQ(doc.blocks[1].text, "mailto:natasha@example.com");
  EXPECT_EQ(doc.parts.at(doc.blocks[1].anchors.at(0).part), "word/_rels/document.xml.rels");
  EXPECT_EQ(doc.blocks[2].name, "tooltip");
  EXPECT_EQ(doc.blocks[2].text, "Email Natasha");
}

TEST(DocxReader, HiddenRunsLeaveTheTextButNotTheDocument) {
  const Document doc = read_package(styled_package(
      "<w:p><w:r><w:t xml:space=\"preserve\">Visible </w:t></w:r>"
      "<w:r><w:rPr><w:vanish/></w:rPr><w:t>Natasha Okafor</w:t></w:r><w:r><w:t>end.</w:t></w:r></w:p>"));
  ASSERT_EQ(doc.blocks.size(), 2u) << dump(doc);
  EXPECT_EQ(doc.blocks[0].text, "Visible end.");
  EXPECT_FALSE(doc.blocks[0].hidden);
  EXPECT_EQ(doc.blocks[1].text, "Natasha Okafor");
  EXPECT_TRUE(doc.blocks[1].hidden);
  EXPECT_EQ(doc.blocks[1].kind, BlockKind::paragraph);
}

TEST(DocxReader, DocumentPropertiesBecomeMetadata) {
  DocxPackage pkg(para("Body"));
  pkg.part("docProps/core.xml",
           R"(<?xml version="1.0"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">)"
           R"(<dc:title>DHR into the death of Natasha</dc:title><dc:subject>Overview</dc:subject><dc:creator>Kam Sandhu</dc:creator>)"
           R"(<cp:keywords>Okafor</cp:keywords><dc:description>Draft notes</dc:description><cp:lastModifiedBy>Jo Bloggs</cp:lastModifiedBy>)"
           R"(<cp:category>Review</cp:category><cp:revision>3</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">2024-01-01T00:00:00Z</dcterms:created></cp:coreProperties>)")
      .part("docProps/app.xml",
            R"(<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">)"
            R"(<Template>Normal.dotm</Template><Pages>3</Pages><Company>Eastbrook CSP</Company><Manager>Pat Manager</Manager></Properties>)")
      .part("docProps/custom.xml",
            R"(<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">)"
            R"(<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="CaseOfficer"><vt:lpwstr>Sam Jones</vt:lpwstr></property></Properties>)")
      .part("word/settings.xml",
            test::wml("settings", "<w:attachedTemplate r:id=\"rId1\"/><w:docVars><w:docVar w:name=\"Victim\" w:val=\"Natasha Okafor\"/></w:docVars>"))
      .part("word/_rels/settings.xml.rels",
            R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" Target="file:///C:/Users/natasha/Templates/DHR.dotm" TargetMode="External"/></Relationships>)")
      .part("word/people.xml", std::string("<?xml version=\"1.0\"?><w15:people") + test::kDocxNamespaces +
                                   "><w15:person w15:author=\"Kam Sandhu\"><w15:presenceInfo w15:providerId=\"AD\" "
                                   "w15:userId=\"kam@example.gov.uk\"/></w15:person></w15:people>")
      .package_rel("rId2", "metadata/core-properties", "docProps/core.xml")
      .package_rel("rId3", "extended-properties", "docProps/app.xml")
      .package_rel("rId4", "custom-properties", "docProps/custom.xml")
      .rel("rIdS", "settings", "settings.xml")
      .rel("rIdP", "people", "people.xml");
  const Document doc = read_package(pkg);
  const std::pair<const char*, const char*> expected[] = {
      {"title", "DHR into the death of Natasha"}, {"subject", "Overview"},       {"author", "Kam Sandhu"},
      {"keywords", "Okafor"},                     {"description", "Draft notes"}, {"last_modified_by", "Jo Bloggs"},
      {"category", "Review"},                     {"template", "Normal.dotm"},   {"company", "Eastbrook CSP"},
      {"manager", "Pat Manager"},                 {"custom:CaseOfficer", "Sam Jones"},
      {"docvar:Victim", "Natasha Okafor"},        {"person", "Kam Sandhu"},      {"person_id", "kam@example.gov.uk"},
  };
  for (const auto& [key, value] : expected) {
    EXPECT_EQ(doc.metadata_value(key), value) << key;
    const Block* b = nullptr;
    for (const Block& m : doc.blocks)
      if (m.kind == BlockKind::metadata && m.name == key && m.text == value) b = &m;
    ASSERT_NE(b, nullptr) << key << "\n" << dump(doc);
    EXPECT_EQ(b->anchors.at(0).source, SourceKind::docx_text);
  }
  bool attached = false;
  for (const auto& [key, value] : doc.metadata) attached |= key == "template" && value == "file:///C:/Users/natasha/Templates/DHR.dotm";
  EXPECT_TRUE(attached);
  EXPECT_EQ(doc.metadata_value("revision"), "");
  EXPECT_EQ(doc.blocks.at(0).text, "Body");
}

TEST(DocxReader, LevelRestartAfterAChosenLevelAndListsThroughNumberingStyles) {
  const std::string numbering = test::wml(
      "numbering",
      "<w:abstractNum w:abstractNumId=\"0\">" + level(0, "decimal", "%1") + level(1, "lowerLetter", "%1%2") +
          level(2, "lowerRoman", "(%3)", "<w:lvlRestart w:val=\"1\"/>") + "</w:abstractNum>"
          "<w:abstractNum w:abstractNumId=\"1\"><w:styleLink w:val=\"OurList\"/>" + level(0, "upperLetter", "%1.") +
          "</w:abstractNum>"
          "<w:abstractNum w:abstractNumId=\"2\"><w:numStyleLink w:val=\"OurList\"/></w:abstractNum>"
          "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
          "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>"
          "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"2\"/></w:num>");
  const std::string styles = test::wml(
      "styles", "<w:style w:type=\"numbering\" w:styleId=\"OurList\"><w:name w:val=\"Our List\"/>"
                "<w:pPr><w:numPr><w:numId w:val=\"2\"/></w:numPr></w:pPr></w:style>");
  DocxPackage pkg(numbered("one", 1, 0) + numbered("one a", 1, 1) + numbered("one a i", 1, 2) + numbered("one b", 1, 1) +
                  numbered("one b ii", 1, 2) + numbered("two", 1, 0) + numbered("two i", 1, 2) +
                  numbered("linked A", 3, 0) + numbered("linked B", 3, 0));
  pkg.part("word/numbering.xml", numbering).part("word/styles.xml", styles);
  pkg.rel("rId1", "numbering", "numbering.xml").rel("rId2", "styles", "styles.xml");
  const Document doc = read_package(pkg);
  const char* labels[] = {"1", "1a", "(i)", "1b", "(ii)", "2", "(i)", "A.", "B."};
  ASSERT_EQ(doc.blocks.size(), std::size(labels)) << dump(doc);
  for (std::size_t i = 0; i < std::size(labels); ++i) EXPECT_EQ(doc.blocks[i].number, labels[i]) << doc.blocks[i].text;
}

TEST(DocxReader, LegacyTextBoxMathContentControlsAndStrayStrings) {
  const Document doc = read_package(DocxPackage(
      "<w:sdt><w:sdtPr><w:alias w:val=\"Victim name\"/><w:tag w:val=\"victim\"/></w:sdtPr><w:sdtContent>" +
      para("In a control: Natasha") + "</w:sdtContent></w:sdt>"
      "<w:p><w:r><w:t xml:space=\"preserve\">Old box: </w:t></w:r><w:r><w:pict><v:shape alt=\"Shape alt\"><v:textbox>"
      "<w:txbxContent>" + para("VML box text") + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>"
      "<w:p><m:oMath><m:r><m:t>x=2</m:t></m:r></m:oMath><w:r><w:t xml:space=\"preserve\"> sum</w:t></w:r>"
      "<w:bookmarkStart w:id=\"0\" w:name=\"NatashaStatement\"/><w:bookmarkEnd w:id=\"0\"/></w:p>"));
  EXPECT_NE(find_block(doc, BlockKind::paragraph, "In a control: Natasha"), nullptr) << dump(doc);
  EXPECT_NE(find_block(doc, BlockKind::paragraph, "Old box:"), nullptr) << dump(doc);
  EXPECT_NE(find_block(doc, BlockKind::text_box, "VML box text"), nullptr) << dump(doc);
  EXPECT_NE(find_block(doc, BlockKind::alt_text, "Shape alt"), nullptr) << dump(doc);
  EXPECT_NE(find_block(doc, BlockKind::paragraph, "x=2 sum"), nullptr) << dump(doc);
  // Strings a person can see only in Word's dialogs still reach detection, last.
  const Block* bookmark = find_block(doc, BlockKind::metadata, "NatashaStatement");
  ASSERT_NE(bookmark, nullptr) << dump(doc);
  EXPECT_EQ(bookmark->name, "bookmark_name");
  EXPECT_NE(find_block(doc, BlockKind::metadata, "Victim name"), nullptr) << dump(doc);
  EXPECT_EQ(doc.metadata_value("bookmark_name"), "");  // not a document property
}

}  // namespace
}  // namespace dhr
