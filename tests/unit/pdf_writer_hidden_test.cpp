// The PDF writer's scrubbing of the parts nobody sees on the page: Info, XMP, outlines,
// annotations, form fields, attachments, links, marked content, private data. The
// fixture is tests/unit/pdf_data/extras.pdf (custom Info key, a form field, a text
// annotation, an embedded file, rotated text) with more hidden parts added here with
// qpdf: an outline, XMP, a /PieceInfo, links, a marked-content /ActualText. All names
// are fictional.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include <poppler/cpp/poppler-document.h>

#include "docx_writer_helpers.h"
#include "pdf_writer_helpers.h"
#include "write/pdf_qpdf.h"

namespace dhr::test {
namespace {

const char* kCase = R"(
[policy]
convention = "letters"

[[subject]]
name = "Natasha Okafor"
role = "victim"
pseudonym = "N"

[[subject]]
name = "Grace Adeyemi"
role = "friend"
pseudonym = "G"

[[subject]]
name = "Kam Sandhu"
role = "perpetrator"
pseudonym = "K"
)";

// A link to `uri`, or to the page itself when `uri` is empty.
QPDFObjectHandle link(QPDF& pdf, QPDFObjectHandle page, const std::string& uri, double y) {
  QPDFObjectHandle action = QPDFObjectHandle::parse(uri.empty() ? "<< /S /GoTo /D [null /Fit] >>" : "<< /S /URI >>");
  if (uri.empty()) action.getKey("/D").setArrayItem(0, page);
  else action.replaceKey("/URI", QPDFObjectHandle::newString(uri));
  QPDFObjectHandle a = QPDFObjectHandle::parse("<< /Type /Annot /Subtype /Link /Border [0 0 0] >>");
  a.replaceKey("/Rect", QPDFObjectHandle::parse("[72 " + std::to_string(y) + " 200 " + std::to_string(y + 12) + "]"));
  a.replaceKey("/A", action);
  a.replaceKey("/Contents", QPDFObjectHandle::newUnicodeString("Link about Natasha Okafor"));
  a.replaceKey("/P", page);
  return pdf.makeIndirectObject(a);
}

// extras.pdf with an outline, XMP, page /PieceInfo, two links and marked content added.
std::string make_fixture(const TempDir& dir) {
  QPDF pdf;
  pdf.processFile(testdata("../tests/unit/pdf_data/extras.pdf").c_str());
  QPDFObjectHandle root = pdf.getRoot();
  QPDFObjectHandle page = QPDFPageDocumentHelper(pdf).getAllPages().at(0).getObjectHandle();

  QPDFObjectHandle outlines = pdf.makeIndirectObject(QPDFObjectHandle::parse("<< /Type /Outlines /Count 1 >>"));
  QPDFObjectHandle item = QPDFObjectHandle::newDictionary();
  item.replaceKey("/Title", QPDFObjectHandle::newUnicodeString("Chronology for Natasha Okafor \xE2\x80\x94 draft"));
  item.replaceKey("/Parent", outlines);
  item.replaceKey("/Dest", QPDFObjectHandle::parse("[null /Fit]"));
  item.getKey("/Dest").setArrayItem(0, page);
  item = pdf.makeIndirectObject(item);
  outlines.replaceKey("/First", item);
  outlines.replaceKey("/Last", item);
  root.replaceKey("/Outlines", outlines);

  QPDFObjectHandle xmp = QPDFObjectHandle::newStream(
      &pdf, "<x:xmpmeta xmlns:x='adobe:ns:meta/'><dc:creator>Kam Sandhu</dc:creator>"
            "<dc:title>Review of Natasha Okafor</dc:title></x:xmpmeta>");
  xmp.getDict().replaceKey("/Type", QPDFObjectHandle::newName("/Metadata"));
  xmp.getDict().replaceKey("/Subtype", QPDFObjectHandle::newName("/XML"));
  root.replaceKey("/Metadata", xmp);
  pdf.getTrailer().getKey("/Info").replaceKey("/Title", QPDFObjectHandle::newUnicodeString("Review of Natasha Okafor"));

  QPDFObjectHandle piece = QPDFObjectHandle::parse("<< /Editor << /Private (Sandhu draft 3) >> >>");
  page.replaceKey("/PieceInfo", piece);
  QPDFObjectHandle annots = page.getKey("/Annots");
  annots.appendItem(link(pdf, page, "https://example.org/cases/Okafor", 300));
  annots.appendItem(link(pdf, page, "", 280));
  QPDFPageObjectHelper(page).addPageContents(
      QPDFObjectHandle::newStream(&pdf, "/Span <</ActualText (Adeyemi)>> BDC EMC\n"), true);

  const std::string path = (dir.path() / "hidden.pdf").string();
  QPDFWriter w(pdf, path.c_str());
  w.setStaticID(true);
  w.write();
  return path;
}

TEST(PdfWriterHidden, EveryHiddenPartIsScrubbedOrRewritten) {
  if (!have_tool("pdftotext") || !have_tool("qpdf")) GTEST_SKIP() << "needs pdftotext and qpdf";
  TempDir dir;
  const std::string src = make_fixture(dir);
  const std::string case_toml = dir.write("case.toml", kCase);
  const PdfPipeline p = pdf_plan_for(src, case_toml);
  ASSERT_FALSE(p.plan.edits.empty());
  // The fixture holds what it should: each name somewhere in the file.
  const std::string before = decompressed_bytes(src);
  for (const char* name : {"Natasha", "Okafor", "Adeyemi", "Sandhu", "okafor-family-contacts"})
    ASSERT_TRUE(bytes_hold(before, name)) << name;

  const std::string out = (dir.path() / "published.pdf").string();
  PdfWriteReport report;
  write_anonymised_pdf(src, p.doc, p.plan.edits, out, report);
  const std::string bytes = decompressed_bytes(out);
  ASSERT_FALSE(bytes.empty());
  for (const char* name : {"Natasha", "Okafor", "Adeyemi", "Sandhu", "okafor-family-contacts", "Kam", "Grace"})
    EXPECT_FALSE(bytes_hold(bytes, name)) << name << " survived in the decompressed file";
  const std::string text = pdftotext_of(out);
  EXPECT_FALSE(has_word_in(text, "Okafor"));
  // Comments, form, attachments, XMP, private data: gone, not rewritten.
  for (const char* key : {"/AcroForm", "/EmbeddedFiles", "/Metadata", "/PieceInfo", "/Widget", "/FileAttachment",
                          "/Subtype /Text", "A. Reviewer", "/Victim", "/Author", "/CreationDate"})
    EXPECT_EQ(bytes.find(key), std::string::npos) << key;
  // The outline, the title and the marked content are rewritten, not lost.
  const Document back = read_pdf(out);
  bool outline = false;
  for (const Block& b : back.blocks)
    if (b.kind == BlockKind::outline) {
      outline = true;
      EXPECT_EQ(b.text, "Chronology for N \xE2\x80\x94 draft");
    }
  EXPECT_TRUE(outline);
  EXPECT_EQ(back.metadata_value("title"), "Review of N");
  EXPECT_NE(bytes.find("/ActualText"), std::string::npos);
  // The link within the file stays (without its /Contents); the one naming someone goes.
  EXPECT_NE(bytes.find("/GoTo"), std::string::npos);
  EXPECT_EQ(bytes.find("example.org"), std::string::npos);
  EXPECT_EQ(bytes.find("Link about"), std::string::npos);
  EXPECT_TRUE(reported(SanitiseReport{report.actions}, "removed the interactive form"));
  EXPECT_TRUE(reported(SanitiseReport{report.actions}, "embedded file"));
  EXPECT_TRUE(reported(SanitiseReport{report.actions}, "XMP"));
  for (const std::string& a : report.actions)
    for (const char* name : {"Natasha", "Okafor", "Adeyemi", "Sandhu"}) EXPECT_EQ(a.find(name), std::string::npos) << a;
}

// A file with an earlier revision: the first names someone in its title, an incremental
// update (written by Poppler, which appends a revision when it saves a changed file)
// replaces the title. Readers see only the new title, so nothing plans an edit for the
// old one: the writer must not carry the old revision's bytes over.
TEST(PdfWriterHidden, EarlierRevisionsDoNotSurvive) {
  if (!have_tool("qpdf")) GTEST_SKIP() << "needs qpdf";
  TempDir dir;
  const std::string first = make_fixture(dir);
  const std::string src = (dir.path() / "revised.pdf").string();
  {
    std::unique_ptr<poppler::document> d(poppler::document::load_from_file(first));
    ASSERT_TRUE(d);
    d->set_title(poppler::ustring::from_utf8("Review"));
    ASSERT_TRUE(d->save(src));
  }
  ASSERT_NE(file_bytes(src).find("Review of Natasha Okafor"), std::string::npos) << "no earlier revision to test";
  const PdfPipeline p = pdf_plan_for(src, dir.write("case.toml", kCase));
  EXPECT_EQ(p.doc.metadata_value("title"), "Review");
  const std::string out = (dir.path() / "published.pdf").string();
  PdfWriteReport report;
  write_anonymised_pdf(src, p.doc, p.plan.edits, out, report);
  const std::string raw = file_bytes(out);
  std::size_t eofs = 0;
  for (std::size_t at = raw.find("%%EOF"); at != std::string::npos; at = raw.find("%%EOF", at + 1)) ++eofs;
  EXPECT_EQ(eofs, 1u);
  const std::string bytes = decompressed_bytes(out);
  ASSERT_FALSE(bytes.empty());
  for (const char* name : {"Natasha", "Okafor"}) EXPECT_FALSE(bytes_hold(bytes, name)) << name;
}

}  // namespace
}  // namespace dhr::test
