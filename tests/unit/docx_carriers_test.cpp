// The text carrier enumeration: the contract between the DOCX reader's anchors and the
// DOCX writer. Its order must depend only on the XML, and names on namespaces, not prefixes.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dhr/error.h"
#include "read/docx_carriers.h"
#include "read/docx_numbering.h"
#include "read/docx_xml.h"

namespace dhr::read::docx {
namespace {

struct Parsed {
  std::string bytes;
  pugi::xml_document doc;
  std::vector<Carrier> carriers;
};

std::unique_ptr<Parsed> parse(const std::string& xml) {
  auto p = std::make_unique<Parsed>();
  p->bytes = xml;
  parse_part(p->doc, p->bytes, "word/document.xml", "test.docx", 512);
  p->carriers = enumerate_carriers(p->doc);
  return p;
}

std::vector<std::string> describe(const Parsed& p) {
  std::vector<std::string> out;
  std::string scratch;
  for (const Carrier& c : p.carriers)
    out.push_back(std::string(to_string(c.role)) + (c.in_fallback ? "*" : "") + ":" + std::string(carrier_text(c, scratch)));
  return out;
}

constexpr const char* kW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

TEST(DocxCarriers, DocumentOrderAttributesBeforeTextFallbackFlagged) {
  const std::string xml = std::string("<w:document xmlns:w=\"") + kW +
                          "\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
                          " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
                          " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"><w:body>"
                          "<w:p><w:ins w:author=\"Ann\"><w:r><w:t>one</w:t></w:r></w:ins>"
                          "<w:del w:author=\"Bob\"><w:r><w:delText>two</w:delText></w:r></w:del>"
                          "<w:r><w:instrText> AUTHOR </w:instrText></w:r>"
                          "<w:fldSimple w:instr=\"PAGE\"><w:r><w:t></w:t></w:r></w:fldSimple>"
                          "<w:r><mc:AlternateContent><mc:Choice><wp:docPr id=\"1\" name=\"Box\" descr=\"Alt\" title=\"T\"/>"
                          "<a:t>shape</a:t></mc:Choice><mc:Fallback><w:t>copy</w:t></mc:Fallback></mc:AlternateContent></w:r>"
                          "<w:bookmarkStart w:name=\"_GoBack\"/><w:bookmarkStart w:name=\"Natasha\"/>"
                          "</w:p></w:body></w:document>";
  const auto p = parse(xml);
  const std::vector<std::string> expected = {
      "author:Ann",        "run_text:one",         "author:Bob",           "deleted_text:two",
      "field_code: AUTHOR ", "field_instruction:PAGE", "run_text:",            "shape_name:Box",
      "image_description:Alt", "image_title:T",     "drawing_text:shape",   "run_text*:copy",
      "bookmark_name:Natasha"};
  EXPECT_EQ(describe(*p), expected);
}

TEST(DocxCarriers, PrefixesDoNotMatterNamespacesDo) {
  const std::string usual = std::string("<w:document xmlns:w=\"") + kW +
                            "\"><w:body><w:p><w:r><w:t>Natasha</w:t></w:r></w:p></w:body></w:document>";
  const std::string odd = std::string("<ns0:document xmlns:ns0=\"") + kW +
                          "\"><ns0:body><ns0:p><ns0:r><ns0:t>Natasha</ns0:t></ns0:r></ns0:p></ns0:body></ns0:document>";
  const std::string defaulted = std::string("<document xmlns=\"") + kW +
                                "\"><body><p><r><t>Natasha</t></r></p></body></document>";
  const std::string strict = "<w:document xmlns:w=\"http://purl.oclc.org/ooxml/wordprocessingml/main\">"
                             "<w:body><w:p><w:r><w:t>Natasha</w:t></w:r></w:p></w:body></w:document>";
  const std::string impostor = "<w:document xmlns:w=\"urn:not-word\"><w:body><w:p><w:r><w:t>Natasha</w:t></w:r></w:p></w:body></w:document>";
  for (const std::string& xml : {usual, odd, defaulted, strict}) EXPECT_EQ(describe(*parse(xml)), std::vector<std::string>{"run_text:Natasha"}) << xml;
  EXPECT_TRUE(parse(impostor)->carriers.empty());
}

TEST(DocxCarriers, TextIsDecodedAndCdataJoined) {
  const auto p = parse(std::string("<w:document xmlns:w=\"") + kW +
                       "\"><w:body><w:p><w:r><w:t>Nata<![CDATA[sha &]]> O&amp;K &#x2019;</w:t>"
                       "<w:t xml:space=\"preserve\"> </w:t></w:r></w:p></w:body></w:document>");
  ASSERT_EQ(p->carriers.size(), 2u);
  std::string scratch;
  EXPECT_EQ(carrier_text(p->carriers[0], scratch), "Natasha & O&K \xE2\x80\x99");
  EXPECT_EQ(carrier_text(p->carriers[1], scratch), " ");  // a lone space is kept
}

TEST(DocxCarriers, PropertyPartsAndRelationships) {
  const auto core = parse(
      "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
      "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\">"
      "<dc:title>T</dc:title><dc:creator>Kam</dc:creator><cp:revision>4</cp:revision>"
      "<dcterms:modified>2024-01-01</dcterms:modified></cp:coreProperties>");
  EXPECT_EQ(describe(*core), (std::vector<std::string>{"property_value:T", "property_value:Kam"}));
  const auto app = parse(
      "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" "
      "xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\"><Template>Normal.dotm</Template>"
      "<Pages>3</Pages><HeadingPairs><vt:vector><vt:variant><vt:lpstr>Title</vt:lpstr></vt:variant></vt:vector></HeadingPairs>"
      "<TitlesOfParts><vt:vector><vt:lpstr>DHR Natasha</vt:lpstr></vt:vector></TitlesOfParts><Company>CSP</Company></Properties>");
  EXPECT_EQ(describe(*app), (std::vector<std::string>{"property_value:Normal.dotm", "property_value:DHR Natasha",
                                                       "property_value:CSP"}));
  const auto rels = parse(
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rId1\" Type=\"x/styles\" Target=\"styles.xml\"/>"
      "<Relationship Id=\"rId2\" Type=\"x/hyperlink\" Target=\"mailto:n@example.com\" TargetMode=\"External\"/></Relationships>");
  EXPECT_EQ(describe(*rels), std::vector<std::string>{"relationship_target:mailto:n@example.com"});
}

TEST(DocxCarriers, SameXmlSameCarriers) {
  const std::string xml = std::string("<w:document xmlns:w=\"") + kW +
                          "\"><w:body><w:p><w:r><w:t>a</w:t><w:t>b</w:t></w:r></w:p><w:p><w:r><w:t>c</w:t></w:r></w:p></w:body></w:document>";
  const auto first = parse(xml);
  const auto second = parse(xml);
  EXPECT_EQ(describe(*first), describe(*second));
  CarrierIndex index(first->carriers);
  EXPECT_EQ(index.of(first->carriers[2].element), 2);
  EXPECT_EQ(index.of(first->doc.document_element()), -1);
}

TEST(DocxNumbering, NumberFormats) {
  EXPECT_EQ(format_number(4, "decimal"), "4");
  EXPECT_EQ(format_number(4, "decimalZero"), "04");
  EXPECT_EQ(format_number(1, "lowerLetter"), "a");
  EXPECT_EQ(format_number(26, "upperLetter"), "Z");
  EXPECT_EQ(format_number(27, "lowerLetter"), "aa");  // Word repeats the letter
  EXPECT_EQ(format_number(53, "lowerLetter"), "aaa");
  EXPECT_EQ(format_number(4, "lowerRoman"), "iv");
  EXPECT_EQ(format_number(1994, "upperRoman"), "MCMXCIV");
  EXPECT_EQ(format_number(2, "ordinal"), "2nd");
  EXPECT_EQ(format_number(12, "ordinal"), "12th");
  EXPECT_EQ(format_number(3, "bullet"), "");
  EXPECT_EQ(format_number(3, "none"), "");
  EXPECT_EQ(format_number(5, "chineseCounting"), "5");  // unknown formats fall back to decimal
}

}  // namespace
}  // namespace dhr::read::docx
