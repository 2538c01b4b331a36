// The DOCX writer, edits: each edit lands in the runs it covers, formatting kept; split
// names are replaced once; breaks inside a name go; text boxes are edited in both copies;
// alt text and every copy of an edited string the reader did not anchor change too.
// Round trips on small hand-built packages: read -> edits -> write -> read again.
#include <gtest/gtest.h>

#include <pugixml.hpp>

#include <sstream>
#include <string>
#include <vector>

#include "dhr/docx_writer.h"
#include "dhr/error.h"
#include "dhr/reader.h"
#include "docx_test_package.h"
#include "docx_writer_helpers.h"

namespace dhr::test {
namespace {

// Each run of document.xml in order: its w:rPr as XML (or "") and its text.
std::vector<std::pair<std::string, std::string>> runs_of(const std::string& document_xml) {
  pugi::xml_document x;
  EXPECT_TRUE(x.load_string(document_xml.c_str()));
  std::vector<std::pair<std::string, std::string>> out;
  for (pugi::xpath_node r : x.select_nodes("//w:r")) {
    std::ostringstream rpr;
    if (pugi::xml_node p = r.node().child("w:rPr")) p.print(rpr, "", pugi::format_raw);
    std::string text;
    for (pugi::xml_node t : r.node().children("w:t")) text += t.text().get();
    out.emplace_back(rpr.str(), text);
  }
  return out;
}

std::string document_xml(const std::string& docx) { return read_zip_entries(docx).at("word/document.xml"); }

TEST(DocxWriter, ReplacesInsideRunsAndKeepsEveryRunsFormatting) {
  TempDir dir;
  const std::string src = DocxPackage(
      "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">The panel met </w:t></w:r>"
      "<w:r><w:rPr><w:i/><w:color w:val=\"FF0000\"/></w:rPr><w:t>Natasha Okafor</w:t></w:r>"
      "<w:r><w:rPr><w:u w:val=\"single\"/></w:rPr><w:t xml:space=\"preserve\"> at home in 2021.</w:t></w:r></w:p>")
                              .write(dir);
  const Document doc = read_docx(src);
  const auto before = runs_of(document_xml(src));
  SanitiseReport report;
  const std::string out = (dir.path() / "out.docx").string();
  const Document back = write_and_reread(src, doc, {edit_in(doc, 0, "Natasha Okafor", "N")}, out, report);
  EXPECT_EQ(back.blocks.at(0).text, "The panel met N at home in 2021.");
  const auto after = runs_of(document_xml(out));
  ASSERT_EQ(after.size(), before.size());
  for (std::size_t i = 0; i < before.size(); ++i) EXPECT_EQ(after[i].first, before[i].first) << "run " << i;
  EXPECT_EQ(after[1].second, "N");
  EXPECT_EQ(report.edits_applied, 1u);
  EXPECT_TRUE(reported(report, "applied 1 edit"));
}

TEST(DocxWriter, NameSplitAcrossRunsIsReplacedOnceInTheFirstRun) {
  TempDir dir;
  const std::string src = DocxPackage(
      "<w:p><w:r><w:t>In 2021 Nata</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>sha</w:t></w:r>"
      "<w:r><w:t xml:space=\"preserve\"> told her GP. </w:t></w:r>"
      "<w:r><w:rPr><w:i/></w:rPr><w:t>Daniel</w:t></w:r><w:r><w:rPr><w:u w:val=\"single\"/></w:rPr>"
      "<w:t xml:space=\"preserve\"> Okafor</w:t></w:r><w:r><w:t xml:space=\"preserve\"> missed it.</w:t></w:r></w:p>")
                              .write(dir);
  const Document doc = read_docx(src);
  ASSERT_EQ(doc.blocks.at(0).text, "In 2021 Natasha told her GP. Daniel Okafor missed it.");
  SanitiseReport report;
  const std::string out = (dir.path() / "out.docx").string();
  const Document back = write_and_reread(
      src, doc, {edit_in(doc, 0, "Natasha", "N"), edit_in(doc, 0, "Daniel Okafor", "D")}, out, report);
  EXPECT_EQ(back.blocks.at(0).text, "In 2021 N told her GP. D missed it.");
  const auto runs = runs_of(document_xml(out));
  ASSERT_EQ(runs.size(), 6u);
  EXPECT_EQ(runs[0].second, "In 2021 N");
  EXPECT_EQ(runs[1].second, "");        // the bold "sha" is gone, its run kept
  EXPECT_EQ(runs[1].first, "<w:rPr><w:b/></w:rPr>");
  EXPECT_EQ(runs[3].second, "D");       // in the italic run where the name began
  EXPECT_EQ(runs[4].second, "");
  EXPECT_TRUE(parts_containing(read_zip_entries(out), "sha").empty());
  EXPECT_TRUE(parts_containing(read_zip_entries(out), "Okafor").empty());
}

TEST(DocxWriter, BreaksAndTabsInsideANameGoButPageBreaksStay) {
  TempDir dir;
  const std::string src = DocxPackage(
      "<w:p><w:r><w:t>Natasha</w:t><w:br/><w:t>Okafor and</w:t><w:tab/><w:t>Daniel</w:t>"
      "<w:br w:type=\"page\"/><w:t>Okafor</w:t></w:r></w:p>")
                              .write(dir);
  const Document doc = read_docx(src);
  ASSERT_EQ(doc.blocks.at(0).text, "Natasha\nOkafor and\tDaniel\nOkafor");
  SanitiseReport report;
  const std::string out = (dir.path() / "out.docx").string();
  const Document back = write_and_reread(src, doc,
                                         {edit_in(doc, 0, "Natasha\nOkafor", "N"), edit_in(doc, 0, "Daniel\nOkafor", "D")},
                                         out, report);
  // The line break inside the first name is gone; the tab between two words stays (it
  // was not inside an edit); the page break inside the second name stays.
  EXPECT_EQ(back.blocks.at(0).text, "N and\tD");
  const std::string xml = document_xml(out);
  EXPECT_EQ(xml.find("<w:br/>"), std::string::npos);
  EXPECT_NE(xml.find("w:type=\"page\""), std::string::npos);
  EXPECT_NE(xml.find("<w:tab/>"), std::string::npos);
  EXPECT_TRUE(reported(report, "removed 1 line break, tab or optional hyphen inside edited text"));
}

// A text box anchored in the middle of a name is a story of its own: its line breaks are
// not inside the name.
TEST(DocxWriter, BreaksInATextBoxAnchoredInsideANameStay) {
  TempDir dir;
  const std::string src = DocxPackage(
      "<w:p><w:r><w:t>Natasha</w:t></w:r><w:r><w:drawing><wp:anchor><wp:docPr id=\"1\" name=\"Box\"/><a:graphic>"
      "<a:graphicData><wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:t>Line one</w:t><w:br/><w:t>Line two</w:t></w:r>"
      "</w:p></w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>"
      "<w:r><w:t xml:space=\"preserve\"> Okafor met the GP.</w:t></w:r></w:p>")
                              .write(dir);
  const Document doc = read_docx(src);
  ASSERT_EQ(doc.blocks.at(0).text, "Natasha Okafor met the GP.");
  SanitiseReport report;
  const std::string out = (dir.path() / "out.docx").string();
  const Document back = write_and_reread(src, doc, {edit_in(doc, 0, "Natasha Okafor", "N")}, out, report);
  EXPECT_EQ(back.blocks.at(0).text, "N met the GP.");
  EXPECT_GE(find_block(back, "Line one\nLine two", BlockKind::text_box), 0) << all_text(back);
  EXPECT_NE(document_xml(out).find("<w:br/>"), std::string::npos);
}

TEST(DocxWriter, TextThatNowStartsOrEndsWithSpaceIsPreserved) {
  TempDir dir;
  const std::string src = DocxPackage("<w:p><w:r><w:t>Natasha Okafor</w:t></w:r><w:r><w:t>Tash said</w:t></w:r></w:p>").write(dir);
  const Document doc = read_docx(src);
  ASSERT_EQ(doc.blocks.at(0).text, "Natasha OkaforTash said");
  SanitiseReport report;
  const std::string out = (dir.path() / "out.docx").string();
  const Document back = write_and_reread(
      src, doc, {edit_in(doc, 0, "Natasha", "the victim,"), edit_in(doc, 0, "OkaforTash", "and then N ")}, out, report);
  EXPECT_EQ(back.blocks.at(0).text, "the victim, and then N  said");
  const std::string xml = document_xml(out);
  EXPECT_NE(xml.find("<w:t xml:space=\"preserve\">the victim, and then N </w:t>"), std::string::npos) << xml;
  EXPECT_NE(xml.find("<w:t xml:space=\"preserve\"> said</w:t>"), std::string::npos) << xml;
}

// A text box as Word writes it: DrawingML in mc:Choice, the same text as VML in mc:Fallback.
std::string text_box(const std::string& first, const std::string& second) {
  const std::string content = "<w:txbxContent><w:p><w:r><w:t xml:space=\"preserve\">" + first +
                              "</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>" + second + "</w:t></w:r></w:p></w:txbxContent>";
  return "<w:p><w:r><w:t>Anchor paragraph.</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing>"
         "<wp:anchor><wp:docPr id=\"1\" name=\"Family statement\"/><a:graphic><a:graphicData><wps:wsp><wps:txbx>" +
         content +
         "</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
         "<mc:Fallback><w:pict><v:rect><v:textbox>" +
         content + "</v:textbox></v:rect></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>";
}

TEST(DocxWriter, TextBoxIsEditedInTheChoiceAndTheFallbackCopy) {
  TempDir dir;
  const std::string src = DocxPackage(text_box("Statement by Will ", "Okafor about his mother.")).write(dir);
  const Document doc = read_docx(src);
  const long box = find_block(doc, "Will", BlockKind::text_box);
  ASSERT_GE(box, 0);
  ASSERT_EQ(parts_containing(read_zip_entries(src), "Will ").size(), 1u);
  SanitiseReport report;
  const std::string out = (dir.path() / "out.docx").string();
  const Document back = write_and_reread(src, doc, {edit_in(doc, box, "Will Okafor", "W")}, out, report);
  EXPECT_GE(find_block(back, "Statement by W about his mother.", BlockKind::text_box), 0) << all_text(back);
  const std::string xml = document_xml(out);
  EXPECT_EQ(xml.find("Will"), std::string::npos);
  EXPECT_EQ(xml.find("Okafor"), std::string::npos);
  // Both copies say the same, formatting included.
  const std::size_t first = xml.find("<w:txbxContent>");
  const std::size_t second = xml.find("<w:txbxContent>", first + 1);
  ASSERT_NE(second, std::string::npos);
  const std::size_t first_end = xml.find("</w:txbxContent>", first);
  const std::size_t second_end = xml.find("</w:txbxContent>", second);
  EXPECT_EQ(xml.substr(first, first_end - first), xml.substr(second, second_end - second));
  EXPECT_TRUE(reported(report, "1 fallback copy"));
}

TEST(DocxWriter, AltTextAndItsUnanchoredCopyAreBothRewritten) {
  TempDir dir;
  const std::string descr = "Natasha Okafor with her son Will at the seaside";
  const std::string src =
      DocxPackage("<w:p><w:r><w:drawing><wp:inline><wp:docPr id=\"2\" name=\"Photograph\" descr=\"" + descr +
                  "\" title=\"Photo of Natasha\"/><a:graphic><a:graphicData><pic:pic><pic:nvPicPr><pic:cNvPr id=\"0\" "
                  "name=\"Photograph\" descr=\"" +
                  descr +
                  "\" title=\"Photo of Natasha\"/></pic:nvPicPr></pic:pic></a:graphicData></a:graphic></wp:inline>"
                  "</w:drawing></w:r><w:r><w:t>The photograph was provided by the family.</w:t></w:r></w:p>")
          .write(dir);
  const Document doc = read_docx(src);
  const long alt = find_block(doc, descr, BlockKind::alt_text);
  const long title = find_block(doc, "Photo of Natasha", BlockKind::alt_text);
  ASSERT_GE(alt, 0);
  ASSERT_GE(title, 0);
  std::vector<Edit> edits = {edit_in(doc, alt, "Natasha Okafor", "N"), edit_in(doc, alt, "Will", "W"),
                             edit_in(doc, title, "Natasha", "N")};
  sort_edits(edits);
  SanitiseReport report;
  const std::string out = (dir.path() / "out.docx").string();
  write_and_reread(src, doc, edits, out, report);
  const std::string xml = document_xml(out);
  EXPECT_EQ(xml.find("Natasha"), std::string::npos) << xml;
  EXPECT_EQ(xml.find("Will"), std::string::npos) << xml;
  std::size_t copies = 0;
  for (std::size_t at = xml.find("descr=\"N with her son W at the seaside\""); at != std::string::npos;
       at = xml.find("descr=\"N with her son W at the seaside\"", at + 1))
    ++copies;
  EXPECT_EQ(copies, 2u) << xml;
  EXPECT_TRUE(reported(report, "hidden string"));
}

// The reader anchors each readable string once; copies elsewhere are the writer's to
// catch. A person's name edited in the text must go from every copy nobody anchored.
TEST(DocxWriter, NamesRepeatedWhereTheReaderDidNotAnchorThemAreRewritten) {
  TempDir dir;
  const std::string sdt = "<w:sdt><w:sdtPr><w:alias w:val=\"Victim: Natasha Okafor\"/><w:tag w:val=\"Natasha\"/></w:sdtPr>"
                          "<w:sdtContent><w:p><w:r><w:t>Natasha Okafor was 38.</w:t></w:r></w:p></w:sdtContent></w:sdt>";
  const std::string src =
      DocxPackage("<w:p><w:bookmarkStart w:id=\"0\" w:name=\"Natasha\"/><w:r><w:t>Natasha Okafor met the GP.</w:t></w:r>"
                  "<w:bookmarkEnd w:id=\"0\"/></w:p>" +
                  sdt + sdt +
                  "<w:p><w:r><w:drawing><wp:inline><wp:docPr id=\"5\" name=\"Natasha Okafor.jpg\"/></wp:inline>"
                  "</w:drawing></w:r><w:r><w:drawing><wp:inline><wp:docPr id=\"6\" name=\"Natasha Okafor.jpg\"/>"
                  "</wp:inline></w:drawing></w:r></w:p><w:p><w:r><w:t>Natasha was the youngest.</w:t></w:r></w:p>")
          .write(dir);
  const Document doc = read_docx(src);
  // Edits only where the name is text a person reads; the content control titles, the
  // bookmark and the shape names are the writer's to find.
  std::vector<Edit> edits;
  for (Edit& e : edits_everywhere(doc, "Natasha Okafor", "N"))
    if (doc.blocks[e.block].kind == BlockKind::paragraph) edits.push_back(e);
  edits.push_back(edit_in(doc, find_block(doc, "Natasha was the youngest."), "Natasha", "N"));
  sort_edits(edits);
  ASSERT_EQ(edits.size(), 4u);
  SanitiseReport report;
  const std::string out = (dir.path() / "out.docx").string();
  const Document back = write_and_reread(src, doc, edits, out, report);
  const auto entries = read_zip_entries(out);
  EXPECT_TRUE(parts_containing(entries, "Natasha").empty()) << joined(parts_containing(entries, "Natasha"));
  const std::string xml = entries.at("word/document.xml");
  EXPECT_NE(xml.find("w:val=\"Victim: N\""), std::string::npos) << xml;
  EXPECT_NE(xml.find("name=\"N.jpg\""), std::string::npos) << xml;
  EXPECT_NE(xml.find("w:name=\"N\""), std::string::npos) << xml;
  EXPECT_GE(find_block(back, "N met the GP."), 0);
}

// Other identifiers are rewritten where they make up a whole unanchored string, not
// inside longer text (the same digits may be something else there).
TEST(DocxWriter, OtherIdentifiersAreRewrittenWhereTheyAreAWholeCopy) {
  TempDir dir;
  const std::string sdt = "<w:sdt><w:sdtPr><w:tag w:val=\"07700 900123\"/></w:sdtPr><w:sdtContent><w:p><w:r>"
                          "<w:t>Call 07700 900123.</w:t></w:r></w:p></w:sdtContent></w:sdt>";
  const std::string src = DocxPackage(sdt + sdt + "<w:p><w:bookmarkStart w:id=\"1\" w:name=\"ref_07700_900123\"/></w:p>").write(dir);
  const Document doc = read_docx(src);
  std::vector<Edit> edits;
  for (Edit& e : edits_everywhere(doc, "07700 900123", "[phone number]", Category::phone))
    if (doc.blocks[e.block].kind == BlockKind::paragraph) edits.push_back(e);
  ASSERT_EQ(edits.size(), 2u);
  SanitiseReport report;
  const std::string out = (dir.path() / "out.docx").string();
  write_and_reread(src, doc, edits, out, report);
  const std::string xml = document_xml(out);
  EXPECT_EQ(xml.find("w:val=\"07700 900123\""), std::string::npos) << xml;
  EXPECT_NE(xml.find("w:val=\"[phone number]\""), std::string::npos) << xml;
}

TEST(DocxWriter, EditsInHeadersFootersNotesAndTablesLandInTheirParts) {
  TempDir dir;
  const std::string hdr = wml("hdr", para("Review into the death of Natasha Okafor"));
  const std::string ftr = wml("ftr", para("Draft for Natasha Okafor's family"));
  const std::string notes = wml("footnotes", "<w:footnote w:id=\"1\"><w:p><w:r><w:t>Natasha Okafor was known as Tash.</w:t></w:r></w:p></w:footnote>");
  const std::string src =
      DocxPackage("<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Natasha Okafor reported two incidents</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
                  "<w:p><w:r><w:t>Text.</w:t></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r></w:p>"
                  "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId1\"/><w:footerReference w:type=\"default\" r:id=\"rId2\"/></w:sectPr>")
          .part("word/header1.xml", hdr)
          .part("word/footer1.xml", ftr)
          .part("word/footnotes.xml", notes)
          .rel("rId1", "header", "header1.xml")
          .rel("rId2", "footer", "footer1.xml")
          .rel("rId3", "footnotes", "footnotes.xml")
          .write(dir);
  const Document doc = read_docx(src);
  std::vector<Edit> edits = edits_everywhere(doc, "Natasha Okafor", "N");
  std::vector<Edit> tash = edits_everywhere(doc, "Tash", "N");
  edits.insert(edits.end(), tash.begin(), tash.end());
  sort_edits(edits);
  ASSERT_EQ(edits.size(), 5u);
  SanitiseReport report;
  const std::string out = (dir.path() / "out.docx").string();
  const Document back = write_and_reread(src, doc, edits, out, report);
  const auto entries = read_zip_entries(out);
  EXPECT_TRUE(parts_containing(entries, "Natasha").empty()) << joined(parts_containing(entries, "Natasha"));
  EXPECT_TRUE(parts_containing(entries, "Tash").empty());
  EXPECT_GE(find_block(back, "Review into the death of N", BlockKind::header), 0);
  EXPECT_GE(find_block(back, "Draft for N's family", BlockKind::footer), 0);
  EXPECT_GE(find_block(back, "N was known as N.", BlockKind::footnote), 0);
  EXPECT_GE(find_block(back, "N reported two incidents", BlockKind::table_cell), 0);
}

TEST(DocxWriter, HyperlinkWhoseTargetNamesSomeoneIsRemovedItsTextKept) {
  TempDir dir;
  const std::string src =
      DocxPackage("<w:p><w:r><w:t xml:space=\"preserve\">Write to </w:t></w:r><w:hyperlink r:id=\"rId7\"><w:r>"
                  "<w:t>Natasha Okafor</w:t></w:r></w:hyperlink><w:r><w:t xml:space=\"preserve\"> or see </w:t></w:r>"
                  "<w:hyperlink r:id=\"rId8\"><w:r><w:t>the guidance</w:t></w:r></w:hyperlink></w:p>")
          .rel("rId7", "hyperlink", "mailto:natasha.okafor@example.org", true)
          .rel("rId8", "hyperlink", "https://www.gov.uk/guidance", true)
          .write(dir);
  const Document doc = read_docx(src);
  SanitiseReport report;
  const std::string out = (dir.path() / "out.docx").string();
  const Document back = write_and_reread(src, doc, {edit_in(doc, 0, "Natasha Okafor", "N")}, out, report);
  EXPECT_EQ(back.blocks.at(0).text, "Write to N or see the guidance");
  const auto entries = read_zip_entries(out);
  EXPECT_TRUE(parts_containing(entries, "natasha").empty());
  const std::string xml = entries.at("word/document.xml");
  EXPECT_EQ(xml.find("rId7"), std::string::npos);
  EXPECT_NE(xml.find("rId8"), std::string::npos);  // a link that names nobody stays
  EXPECT_NE(entries.at("word/_rels/document.xml.rels").find("https://www.gov.uk/guidance"), std::string::npos);
  EXPECT_TRUE(reported(report, "removed 1 external link"));
}

TEST(DocxWriter, EditsOnTextWordGeneratesAreCounted) {
  TempDir dir;
  const std::string src = DocxPackage(para("Natasha")).write(dir);
  Document doc = read_docx(src);
  // A made-up block with only synthetic text (as a list label would be).
  Block b;
  b.text = "Tash";
  b.anchors.push_back(Anchor{0, 4, SourceKind::synthetic, 0, 0, 0, 0, 0});
  doc.blocks.push_back(b);
  SanitiseReport report;
  const std::string out = (dir.path() / "out.docx").string();
  write_and_reread(src, doc, {edit_in(doc, 0, "Natasha", "N"), edit_in(doc, 1, "Tash", "N")}, out, report);
  EXPECT_EQ(report.edits_applied, 1u);
  EXPECT_EQ(report.edits_without_source, 1u);
  EXPECT_TRUE(reported(report, "could not apply 1 edit"));
}

}  // namespace
}  // namespace dhr::test
