// The DOCX writer, sanitising: what a published copy must not carry although nobody reads
// it on the page — comments, tracked changes, hidden text, properties, custom XML,
// thumbnails, embedded objects, picture metadata — goes, and the package stays valid
// (relationships and content types follow, the output reads again).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dhr/docx_writer.h"
#include "dhr/reader.h"
#include "docx_test_package.h"
#include "docx_writer_helpers.h"

namespace dhr::test {
namespace {

constexpr const char* kCt = "application/vnd.openxmlformats-officedocument.";

std::string content_types(const std::vector<std::pair<std::string, std::string>>& overrides) {
  std::string x = R"(<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
                  R"(<Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
                  R"(<Default Extension="jpeg" ContentType="image/jpeg"/><Default Extension="emf" ContentType="image/x-emf"/>)"
                  R"(<Default Extension="bin" ContentType="application/vnd.openxmlformats-officedocument.oleObject"/>)";
  for (const auto& [part, type] : overrides) x += "<Override PartName=\"/" + part + "\" ContentType=\"" + type + "\"/>";
  return x + "</Types>";
}

// A draft with everything the sanitiser removes (all names invented).
DocxPackage draft() {
  const std::string body =
      // a comment on "Daniel Okafor", its reference in a run of its own
      "<w:p w:rsidR=\"00A1B2C3\" w:rsidRDefault=\"00A1B2C3\"><w:r w:rsidRPr=\"00D4E5F6\"><w:t xml:space=\"preserve\">The panel asked </w:t></w:r>"
      "<w:commentRangeStart w:id=\"0\"/><w:r><w:t>Daniel Okafor</w:t></w:r><w:commentRangeEnd w:id=\"0\"/>"
      "<w:r><w:rPr><w:rStyle w:val=\"CommentReference\"/></w:rPr><w:commentReference w:id=\"0\"/></w:r>"
      "<w:r><w:t xml:space=\"preserve\"> to attend.</w:t></w:r></w:p>"
      // tracked changes: a deletion naming the sister, an insertion, a formatting change
      "<w:p><w:r><w:t xml:space=\"preserve\">The panel heard from </w:t></w:r>"
      "<w:del w:id=\"1\" w:author=\"Grace Adeyemi\" w:date=\"2024-03-12T14:05:00Z\"><w:r><w:delText xml:space=\"preserve\">Natasha's sister, Grace Adeyemi, and </w:delText></w:r></w:del>"
      "<w:ins w:id=\"2\" w:author=\"Grace Adeyemi\" w:date=\"2024-03-12T14:06:00Z\"><w:r><w:t xml:space=\"preserve\">a family friend and </w:t></w:r></w:ins>"
      "<w:r><w:rPr><w:b/><w:rPrChange w:id=\"3\" w:author=\"Grace Adeyemi\"><w:rPr/></w:rPrChange></w:rPr><w:t>her employer.</w:t></w:r></w:p>"
      // a deleted paragraph mark: this paragraph joins the next
      "<w:p><w:pPr><w:rPr><w:del w:id=\"4\" w:author=\"Grace Adeyemi\" w:date=\"2024-03-12T14:07:00Z\"/></w:rPr></w:pPr>"
      "<w:r><w:t xml:space=\"preserve\">First half, </w:t></w:r></w:p>"
      "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:t>second half.</w:t></w:r></w:p>"
      // a table with a deleted row
      "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Kept row</w:t></w:r></w:p></w:tc></w:tr>"
      "<w:tr><w:trPr><w:del w:id=\"5\" w:author=\"Grace Adeyemi\" w:date=\"2024-03-12T14:08:00Z\"/></w:trPr>"
      "<w:tc><w:p><w:r><w:t>Grace Adeyemi, sister</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
      // hidden text, directly and through a character style
      "<w:p><w:r><w:t xml:space=\"preserve\">Visible. </w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr>"
      "<w:t>Hidden note about Grace Adeyemi.</w:t></w:r><w:r><w:rPr><w:rStyle w:val=\"Secret\"/></w:rPr>"
      "<w:t>Styled hidden Grace.</w:t></w:r><w:r><w:rPr><w:vanish w:val=\"0\"/></w:rPr><w:t xml:space=\"preserve\"> Shown.</w:t></w:r></w:p>"
      // an embedded OLE object with its preview picture, and a photograph
      "<w:p><w:r><w:object><v:shape id=\"_x0000_i1025\"><v:imagedata r:id=\"rId20\" o:title=\"\"/></v:shape>"
      "<o:OLEObject Type=\"Embed\" ProgID=\"Word.Document.12\" ShapeID=\"_x0000_i1025\" r:id=\"rId21\"/></w:object></w:r></w:p>"
      "<w:p><w:r><w:drawing><wp:inline><wp:docPr id=\"3\" name=\"Picture 3\"/><a:graphic><a:graphicData><pic:pic>"
      "<pic:blipFill><a:blip r:embed=\"rId22\"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>"
      // a content control bound to custom XML
      "<w:sdt><w:sdtPr><w:dataBinding w:storeItemID=\"{11111111-2222-3333-4444-555555555555}\" w:xpath=\"/case/victim\"/></w:sdtPr>"
      "<w:sdtContent><w:p><w:r><w:t>Case summary</w:t></w:r></w:p></w:sdtContent></w:sdt>"
      "<w:sectPr w:rsidR=\"00A1B2C3\"/>";
  const std::string exif = jpeg_segment(0xE1, std::string("Exif\0\0", 6) + "Artist: Natasha Okafor; GPS 52.4N 1.5W");
  return DocxPackage(body)
      .part("word/comments.xml",
            wml("comments", "<w:comment w:id=\"0\" w:author=\"Joanne Wood\" w:initials=\"JW\"><w:p><w:r><w:t>Check "
                            "with Will whether Daniel Okafor may be named.</w:t></w:r></w:p></w:comment>"))
      .part("word/commentsExtended.xml",
            "<w15:commentsEx xmlns:w15=\"http://schemas.microsoft.com/office/word/2012/wordml\"><w15:commentEx "
            "w15:paraId=\"1A2B3C4D\" w15:done=\"0\"/></w15:commentsEx>")
      .part("word/people.xml",
            "<w15:people xmlns:w15=\"http://schemas.microsoft.com/office/word/2012/wordml\"><w15:person "
            "w15:author=\"Joanne Wood\"><w15:presenceInfo w15:providerId=\"AD\" w15:userId=\"joanne.wood@example.org\"/>"
            "</w15:person></w15:people>")
      .part("word/styles.xml",
            wml("styles", "<w:style w:type=\"character\" w:styleId=\"Secret\"><w:name w:val=\"Secret\"/><w:rPr><w:vanish/></w:rPr></w:style>"))
      .part("word/settings.xml",
            wml("settings", "<w:zoom w:percent=\"100\"/><w:attachedTemplate r:id=\"rId1\"/><w:trackRevisions/>"
                            "<w:mailMerge><w:mainDocumentType w:val=\"formLetters\"/><w:dataSource r:id=\"rId2\"/></w:mailMerge>"
                            "<w:docVars><w:docVar w:name=\"VictimName\" w:val=\"Natasha Okafor\"/></w:docVars>"
                            "<w:rsids><w:rsidRoot w:val=\"00A1B2C3\"/><w:rsid w:val=\"00D4E5F6\"/></w:rsids>"))
      .part("word/_rels/settings.xml.rels",
            R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
            R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" Target="file:///C:/Users/jwood/Templates/DHR.dotx" TargetMode="External"/>)"
            R"(<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/mailMergeSource" Target="file:///C:/Users/jwood/Okafor%20family%20contacts.xlsx" TargetMode="External"/></Relationships>)")
      .part("word/media/image9.emf", "EMF preview of an embedded document naming Natasha Okafor")
      .part("word/embeddings/oleObject1.bin", "OLE bytes: Natasha Okafor statement")
      .part("word/media/image1.jpeg", tiny_jpeg(exif) + "trailing: Natasha Okafor")
      .part("customXml/item1.xml", "<case><victim>Natasha Okafor</victim></case>")
      .part("customXml/itemProps1.xml",
            "<ds:datastoreItem ds:itemID=\"{11111111-2222-3333-4444-555555555555}\" "
            "xmlns:ds=\"http://schemas.openxmlformats.org/officeDocument/2006/customXml\"/>")
      .part("customXml/_rels/item1.xml.rels",
            R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
            R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="itemProps1.xml"/></Relationships>)")
      .part("docProps/core.xml",
            R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">)"
            R"(<dc:title>Review into the death of Natasha Okafor</dc:title><dc:creator>Joanne Wood</dc:creator><cp:lastModifiedBy>Kam Sandhu</cp:lastModifiedBy>)"
            R"(<cp:revision>3</cp:revision></cp:coreProperties>)")
      .part("docProps/app.xml",
            R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">)"
            R"(<Template>DHR.dotx</Template><Company>Anytown Council</Company><Manager>Kam Sandhu</Manager><Pages>1</Pages></Properties>)")
      .part("docProps/custom.xml",
            R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">)"
            R"(<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Victim"><vt:lpwstr>Natasha Okafor</vt:lpwstr></property></Properties>)")
      .part("docProps/thumbnail.jpeg", tiny_jpeg())
      .part("[Content_Types].xml",
            content_types({{"word/document.xml", std::string(kCt) + "wordprocessingml.document.main+xml"},
                           {"word/comments.xml", std::string(kCt) + "wordprocessingml.comments+xml"},
                           {"word/commentsExtended.xml", std::string(kCt) + "wordprocessingml.commentsExtended+xml"},
                           {"word/people.xml", std::string(kCt) + "wordprocessingml.people+xml"},
                           {"word/styles.xml", std::string(kCt) + "wordprocessingml.styles+xml"},
                           {"word/settings.xml", std::string(kCt) + "wordprocessingml.settings+xml"},
                           {"customXml/itemProps1.xml", std::string(kCt) + "customXmlProperties+xml"},
                           {"docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"},
                           {"docProps/app.xml", std::string(kCt) + "extended-properties+xml"},
                           {"docProps/custom.xml", std::string(kCt) + "custom-properties+xml"}}))
      .rel("rId1", "comments", "comments.xml")
      .rel("rId2", "http://schemas.microsoft.com/office/2011/relationships/commentsExtended", "commentsExtended.xml")
      .rel("rId3", "people", "people.xml")
      .rel("rId4", "styles", "styles.xml")
      .rel("rId5", "settings", "settings.xml")
      .rel("rId6", "customXml", "../customXml/item1.xml")
      .rel("rId20", "image", "media/image9.emf")
      .rel("rId21", "oleObject", "embeddings/oleObject1.bin")
      .rel("rId22", "image", "media/image1.jpeg")
      .package_rel("rId2", "metadata/core-properties", "docProps/core.xml")
      .package_rel("rId3", "extended-properties", "docProps/app.xml")
      .package_rel("rId4", "custom-properties", "docProps/custom.xml")
      .package_rel("rId5", "metadata/thumbnail", "docProps/thumbnail.jpeg");
}

struct Written {
  TempDir dir;
  std::string source, out;
  Document doc, back;
  SanitiseReport report;
  std::map<std::string, std::string> entries;
  std::string document;  // word/document.xml of the output
};

// Writes the draft with the edits of the title (the only name the test edits: everything
// else must go by sanitising).
std::unique_ptr<Written> write_draft() {
  auto w = std::make_unique<Written>();
  w->source = draft().write(w->dir, "draft.docx");
  w->doc = read_docx(w->source);
  const long title = find_block(w->doc, "Review into the death of Natasha Okafor", BlockKind::metadata);
  EXPECT_GE(title, 0);
  w->out = (w->dir.path() / "published.docx").string();
  w->back = write_and_reread(w->source, w->doc, {edit_in(w->doc, title, "Natasha Okafor", "N")}, w->out, w->report);
  w->entries = read_zip_entries(w->out);
  w->document = w->entries.at("word/document.xml");
  return w;
}

TEST(DocxWriterSanitise, CommentsGoWithTheirPartsRelationshipsAndContentTypes) {
  const auto w = write_draft();
  for (const char* gone : {"word/comments.xml", "word/commentsExtended.xml", "word/people.xml"}) {
    EXPECT_EQ(w->entries.count(gone), 0u) << gone;
    EXPECT_EQ(w->entries.at("[Content_Types].xml").find(gone), std::string::npos) << gone;
  }
  const std::string& rels = w->entries.at("word/_rels/document.xml.rels");
  EXPECT_EQ(rels.find("comments"), std::string::npos) << rels;
  EXPECT_EQ(rels.find("people"), std::string::npos) << rels;
  EXPECT_EQ(w->document.find("commentRangeStart"), std::string::npos);
  EXPECT_EQ(w->document.find("commentReference"), std::string::npos);
  EXPECT_EQ(w->document.find("CommentReference"), std::string::npos) << "the emptied reference run stays";
  EXPECT_TRUE(parts_containing(w->entries, "Joanne Wood").empty()) << joined(parts_containing(w->entries, "Joanne Wood"));
  EXPECT_GE(find_block(w->back, "The panel asked Daniel Okafor to attend."), 0);
  EXPECT_EQ(find_block(w->back, "", BlockKind::comment), -1);
  EXPECT_TRUE(reported(w->report, "removed 1 comment and their authors"));
}

TEST(DocxWriterSanitise, TrackedChangesAreAccepted) {
  const auto w = write_draft();
  EXPECT_GE(find_block(w->back, "The panel heard from a family friend and her employer."), 0) << all_text(w->back);
  EXPECT_EQ(find_block(w->back, "", BlockKind::tracked_deletion), -1);
  EXPECT_EQ(find_block(w->back, "", BlockKind::tracked_insertion), -1);
  EXPECT_TRUE(parts_containing(w->entries, "Grace").empty()) << joined(parts_containing(w->entries, "Grace"));
  for (const char* gone : {"<w:del ", "<w:ins ", "w:rPrChange", "w:delText", "w:author"})
    EXPECT_EQ(w->document.find(gone), std::string::npos) << gone;
  // The formatting the change made stays; the deleted paragraph mark joined two paragraphs
  // into one that keeps the second's properties.
  EXPECT_NE(w->document.find("<w:rPr><w:b/></w:rPr><w:t>her employer.</w:t>"), std::string::npos);
  const long joined_block = find_block(w->back, "First half, second half.");
  EXPECT_GE(joined_block, 0) << all_text(w->back);
  EXPECT_NE(w->document.find("<w:jc w:val=\"center\"/></w:pPr><w:r><w:t xml:space=\"preserve\">First half, </w:t>"),
            std::string::npos);
  EXPECT_GE(find_block(w->back, "Kept row", BlockKind::table_cell), 0);
  EXPECT_TRUE(reported(w->report, "accepted 5 tracked changes"));
}

TEST(DocxWriterSanitise, HiddenTextIsRemoved) {
  const auto w = write_draft();
  EXPECT_GE(find_block(w->back, "Visible.  Shown."), 0) << all_text(w->back);
  EXPECT_EQ(w->document.find("Hidden note"), std::string::npos);
  EXPECT_EQ(w->document.find("Styled hidden"), std::string::npos);
  EXPECT_TRUE(reported(w->report, "removed 2 runs of hidden text"));
}

TEST(DocxWriterSanitise, PropertiesSettingsCustomXmlAndThumbnailAreCleared) {
  const auto w = write_draft();
  const std::string& core = w->entries.at("docProps/core.xml");
  EXPECT_NE(core.find("<dc:title>Review into the death of N</dc:title>"), std::string::npos) << core;
  EXPECT_EQ(core.find("Joanne"), std::string::npos);
  EXPECT_EQ(core.find("Kam Sandhu"), std::string::npos);
  EXPECT_NE(core.find("<cp:revision>3</cp:revision>"), std::string::npos);
  const std::string& app = w->entries.at("docProps/app.xml");
  for (const char* gone : {"Anytown Council", "Kam Sandhu", "DHR.dotx"}) EXPECT_EQ(app.find(gone), std::string::npos) << gone;
  EXPECT_NE(app.find("<Pages>1</Pages>"), std::string::npos);
  EXPECT_EQ(w->entries.count("docProps/custom.xml"), 0u);
  EXPECT_EQ(w->entries.count("docProps/thumbnail.jpeg"), 0u);
  const std::string& package_rels = w->entries.at("_rels/.rels");
  EXPECT_EQ(package_rels.find("custom-properties"), std::string::npos);
  EXPECT_EQ(package_rels.find("thumbnail"), std::string::npos);
  for (const auto& [name, bytes] : w->entries) EXPECT_FALSE(name.starts_with("customXml/")) << name;
  EXPECT_EQ(w->entries.at("word/_rels/document.xml.rels").find("customXml"), std::string::npos);
  EXPECT_EQ(w->entries.at("[Content_Types].xml").find("customXml"), std::string::npos);
  EXPECT_EQ(w->entries.at("[Content_Types].xml").find("custom.xml"), std::string::npos);
  const std::string& settings = w->entries.at("word/settings.xml");
  for (const char* gone : {"rsids", "docVars", "attachedTemplate", "mailMerge"})
    EXPECT_EQ(settings.find(gone), std::string::npos) << gone;
  EXPECT_NE(settings.find("w:zoom"), std::string::npos);
  if (w->entries.count("word/_rels/settings.xml.rels") != 0) {
    const std::string& settings_rels = w->entries.at("word/_rels/settings.xml.rels");
    EXPECT_EQ(settings_rels.find("jwood"), std::string::npos) << settings_rels;
  }
  EXPECT_TRUE(parts_containing(w->entries, "family contacts").empty());
  EXPECT_TRUE(parts_containing(w->entries, "family%20contacts").empty());
  EXPECT_EQ(w->document.find("w:rsid"), std::string::npos);
  EXPECT_EQ(w->document.find("dataBinding"), std::string::npos);
  EXPECT_GE(find_block(w->back, "Case summary"), 0);
  EXPECT_TRUE(parts_containing(w->entries, "Natasha").empty()) << joined(parts_containing(w->entries, "Natasha"));
  for (const char* line : {"cleared the document's author and last editor", "custom document properties", "1 thumbnail",
                           "custom XML part", "document variables", "attached template", "mail-merge data source",
                           "editing session ids"})
    EXPECT_TRUE(reported(w->report, line)) << line;
}

TEST(DocxWriterSanitise, EmbeddedObjectsGoWithTheirPreviewPictures) {
  const auto w = write_draft();
  EXPECT_EQ(w->entries.count("word/embeddings/oleObject1.bin"), 0u);
  EXPECT_EQ(w->entries.count("word/media/image9.emf"), 0u) << "the object's preview picture";
  EXPECT_EQ(w->document.find("w:object"), std::string::npos);
  EXPECT_EQ(w->document.find("OLEObject"), std::string::npos);
  const std::string& rels = w->entries.at("word/_rels/document.xml.rels");
  EXPECT_EQ(rels.find("rId20"), std::string::npos);
  EXPECT_EQ(rels.find("rId21"), std::string::npos);
  EXPECT_NE(rels.find("rId22"), std::string::npos) << "the photograph stays";
  EXPECT_TRUE(reported(w->report, "removed embedded object word/embeddings/oleObject1.bin"));
  EXPECT_TRUE(reported(w->report, "removed 1 embedded object from the text"));
}

TEST(DocxWriterSanitise, PhotographLosesItsExifButKeepsItsPixels) {
  const auto w = write_draft();
  const std::string& jpeg = w->entries.at("word/media/image1.jpeg");
  EXPECT_EQ(jpeg, tiny_jpeg()) << "EXIF segment and trailing bytes removed, nothing else";
  EXPECT_TRUE(reported(w->report, "stripped metadata"));
}

TEST(DocxWriterSanitise, ReportLinesNameNobody) {
  const auto w = write_draft();
  ASSERT_FALSE(w->report.actions.empty());
  for (const std::string& line : w->report.actions)
    for (const char* name : {"Natasha", "Okafor", "Grace", "Adeyemi", "Joanne", "Wood", "Kam", "Sandhu", "jwood"})
      EXPECT_EQ(line.find(name), std::string::npos) << line;
}

// Embedded parts with names of their own are reported without the name.
TEST(DocxWriterSanitise, EmbeddedPartNamesThatAreNotWordsOwnAreWithheld) {
  TempDir dir;
  const std::string src = DocxPackage(para("Text."))
                              .part("word/embeddings/Natasha statement.docx", "bytes")
                              .part("word/embeddings/Microsoft_Excel_Worksheet2.xlsx", "bytes")
                              .write(dir);
  const Document doc = read_docx(src);
  SanitiseReport report;
  write_and_reread(src, doc, {}, (dir.path() / "out.docx").string(), report);
  EXPECT_TRUE(reported(report, "removed embedded object word/embeddings/Microsoft_Excel_Worksheet2.xlsx"));
  EXPECT_TRUE(reported(report, "(an embedded file; its name is not shown)"));
  for (const std::string& line : report.actions) EXPECT_EQ(line.find("Natasha"), std::string::npos) << line;
}

}  // namespace
}  // namespace dhr::test
