// Hostile and malformed PDFs: the reader must return or throw a dhr::Error, never crash
// or hang. The inputs are tiny PDFs assembled here (objects plus a correct xref table),
// each with one kind of loop or damage that has broken PDF tools before.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dhr/error.h"
#include "dhr/reader.h"
#include "test_files.h"

namespace dhr {
namespace {

using test::TempDir;

// A PDF with objects 1..n (bodies given without "obj"/"endobj"), a classic xref table
// and a trailer; `trailer_extra` is added to the trailer dictionary.
std::string make_pdf(const std::vector<std::string>& objects, const std::string& trailer_extra = "") {
  std::string pdf = "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const std::size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (std::size_t off : offsets) {
    std::string n = std::to_string(off);
    pdf += std::string(10 - n.size(), '0') + n + " 00000 n \n";
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R " + trailer_extra + " >>\n";
  pdf += "startxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

const std::string kContent = "<< /Length 44 >>\nstream\nBT /F1 12 Tf 72 720 Td (Natasha Okafor) Tj ET\nendstream";
const std::string kFont = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";

// Reads the file; fine if it throws dhr::Error. Fails on any other exception; a hang
// runs into ctest's time limit (no timing assertion here: timings belong to bench/).
void expect_survives(const std::string& name, const std::string& bytes) {
  TempDir dir;
  const std::string path = dir.write(name, bytes);
  try {
    const Document doc = read_pdf(path);
    (void)doc;
  } catch (const Error&) {
  } catch (const std::exception& e) {
    ADD_FAILURE() << name << ": escaped as " << e.what();
  }
}

TEST(PdfHostile, WellFormedBaselineReads) {
  TempDir dir;
  const std::string path = dir.write("ok.pdf", make_pdf({
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
      kContent, kFont}));
  const Document doc = read_pdf(path);
  ASSERT_EQ(doc.pages, 1);
  ASSERT_FALSE(doc.blocks.empty());
  EXPECT_EQ(doc.blocks.front().text, "Natasha Okafor");
}

TEST(PdfHostile, PageTreeThatContainsItself) {
  expect_survives("cycle.pdf", make_pdf({
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
      kContent, kFont}));
}

TEST(PdfHostile, HugePageCountClaim) {
  expect_survives("count.pdf", make_pdf({
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 2000000000 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
      kContent, kFont}));
}

TEST(PdfHostile, XrefThatPointsBackAtItself) {
  std::string pdf = make_pdf({
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
      kContent, kFont});
  const std::size_t xref = pdf.find("xref\n");
  pdf.replace(pdf.find("/Root 1 0 R "), 12, "/Root 1 0 R /Prev " + std::to_string(xref) + " ");
  expect_survives("xrefloop.pdf", pdf);
}

TEST(PdfHostile, LoopsInOutlineStructureTreeAndAnnotations) {
  expect_survives("loops.pdf", make_pdf({
      "<< /Type /Catalog /Pages 2 0 R /Outlines 6 0 R /StructTreeRoot 8 0 R /MarkInfo << /Marked true >> >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Annots 10 0 R "
      "/Resources << /Font << /F1 5 0 R >> >> >>",
      kContent, kFont,
      "<< /Type /Outlines /First 7 0 R /Last 7 0 R /Count 1 >>",
      "<< /Title (Natasha) /Parent 6 0 R /Next 7 0 R /Prev 7 0 R /First 7 0 R /Last 7 0 R >>",  // 7: loops
      "<< /Type /StructTreeRoot /K [9 0 R] >>",
      "<< /S /Figure /Alt (Okafor) /K [9 0 R 8 0 R] >>",  // 9: contains itself and the root
      "[10 0 R << /Type /Annot /Subtype /Text /Rect [0 0 10 10] /Contents (Will) /Popup 10 0 R >>]",
  }));
}

TEST(PdfHostile, GarbageAfterTheHeader) {
  std::string pdf = "%PDF-1.4\n";
  for (int i = 0; i < 2000; ++i) pdf += "<< /Kids [ 1 0 R ] obj endobj stream [[[[ ";
  pdf += "\n%%EOF\n";
  expect_survives("garbage.pdf", pdf);
}

TEST(PdfHostile, DeeplyNestedArrays) {
  std::string deep(100000, '[');
  expect_survives("deep.pdf", make_pdf({
      "<< /Type /Catalog /Pages 2 0 R /Junk " + deep + " >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
      kContent, kFont}));
}

TEST(PdfHostile, ManyTinyWordsOnOneLine) {
  // 40,000 words of two sizes on one baseline: layout must stay near-linear per line.
  std::string text = "BT 10 700 Td 0.1 Tz ";  // squeezed so that all of it stays on the page
  for (int i = 0; i < 20000; ++i) text += "/F1 2 Tf (a ) Tj /F1 1 Tf (1 ) Tj ";
  text += "ET";
  expect_survives("tiny.pdf", make_pdf({
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
      "<< /Length " + std::to_string(text.size()) + " >>\nstream\n" + text + "\nendstream", kFont}));
}

}  // namespace
}  // namespace dhr
