// The PDF writer fails closed: refusing to overwrite its input, refusing damaged input,
// refusing a page it cannot edit safely — each time with a one-line dhr::Error that
// quotes no document text, no output, and no temporary file left behind.
#include <gtest/gtest.h>

#include <filesystem>
#include <optional>
#include <string>

#include "dhr/error.h"
#include "docx_writer_helpers.h"
#include "pdf_writer_helpers.h"
#include "write/pdf_qpdf.h"

namespace dhr::test {
namespace {

namespace fs = std::filesystem;

PdfPipeline sample_plan() {
  return pdf_plan_for(testdata("corpus/sample/draft.pdf"), testdata("corpus/sample/case.toml"));
}

// The error thrown, or nullopt when write_anonymised_pdf did not throw dhr::Error.
std::optional<Error> write_error(const std::string& src, const Document& doc, const std::vector<Edit>& edits,
                                 const std::string& out) {
  PdfWriteReport report;
  try {
    write_anonymised_pdf(src, doc, edits, out, report);
  } catch (const Error& e) {
    return e;
  }
  return std::nullopt;
}

void expect_names_absent(const std::string& message, const CaseFile& c) {
  for (const std::string& name : subject_name_forms(c)) EXPECT_FALSE(has_word_in(message, name)) << message;
}

TEST(PdfWriterErrors, RefusesToOverwriteTheInput) {
  TempDir dir;
  const std::string src = (dir.path() / "draft.pdf").string();
  fs::copy_file(testdata("corpus/sample/draft.pdf"), src);
  const PdfPipeline p = pdf_plan_for(src, testdata("corpus/sample/case.toml"));
  const std::uint64_t before = file_hash(src);
  const auto e = write_error(src, p.doc, p.plan.edits, src);
  ASSERT_TRUE(e);
  EXPECT_EQ(e->kind(), ErrorKind::usage);
  EXPECT_EQ(file_hash(src), before);
  // The same file by another name is the input too.
  const auto again = write_error(src, p.doc, p.plan.edits, (dir.path() / "." / "draft.pdf").string());
  ASSERT_TRUE(again);
  EXPECT_EQ(again->kind(), ErrorKind::usage);
  expect_no_temp_files(dir.path());
}

TEST(PdfWriterErrors, DamagedOrChangedInputGivesNoOutput) {
  TempDir dir;
  const PdfPipeline p = sample_plan();
  const std::string out = (dir.path() / "out.pdf").string();
  // Not a PDF at all.
  const std::string junk = dir.write("junk.pdf", "this is not a PDF, only text that says so\n");
  auto e = write_error(junk, p.doc, p.plan.edits, out);
  ASSERT_TRUE(e);
  EXPECT_EQ(e->kind(), ErrorKind::corrupt) << e->what();
  // A missing file.
  e = write_error((dir.path() / "missing.pdf").string(), p.doc, p.plan.edits, out);
  ASSERT_TRUE(e);
  EXPECT_EQ(e->kind(), ErrorKind::not_found) << e->what();
  // Another PDF than the one the document was read from (a different page count).
  e = write_error(testdata("../tests/unit/pdf_data/extras.pdf"), p.doc, p.plan.edits, out);
  ASSERT_TRUE(e);
  EXPECT_EQ(e->kind(), ErrorKind::corrupt) << e->what();
  // A document that is not a PDF's.
  Document not_pdf = p.doc;
  not_pdf.format = Format::docx;
  e = write_error(testdata("corpus/sample/draft.pdf"), not_pdf, p.plan.edits, out);
  ASSERT_TRUE(e);
  EXPECT_EQ(e->kind(), ErrorKind::usage);
  // An edit outside its block.
  std::vector<Edit> bad = p.plan.edits;
  bad.front().end = static_cast<std::uint32_t>(p.doc.blocks[bad.front().block].text.size() + 10);
  e = write_error(testdata("corpus/sample/draft.pdf"), p.doc, bad, out);
  ASSERT_TRUE(e);
  EXPECT_EQ(e->kind(), ErrorKind::usage);
  EXPECT_FALSE(fs::exists(out));
  expect_no_temp_files(dir.path());
}

// The sample with every font's /Widths taken out: Poppler still reads it (from the
// embedded font programs), but the writer cannot place glyphs and refuses the page.
TEST(PdfWriterErrors, APageThatCannotBeEditedSafelyIsRefusedNotLeaked) {
  TempDir dir;
  const std::string src = (dir.path() / "no-widths.pdf").string();
  {
    QPDF pdf;
    pdf.processFile(testdata("corpus/sample/draft.pdf").c_str());
    for (QPDFObjectHandle o : pdf.getAllObjects())
      if (o.isDictionary() && o.getKey("/Type").isName() && o.getKey("/Type").getName() == "/Font") o.removeKey("/Widths");
    QPDFWriter w(pdf, src.c_str());
    w.write();
  }
  const PdfPipeline p = pdf_plan_for(src, testdata("corpus/sample/case.toml"));
  ASSERT_FALSE(p.plan.edits.empty());
  const std::string out = (dir.path() / "out.pdf").string();
  const auto e = write_error(src, p.doc, p.plan.edits, out);
  ASSERT_TRUE(e);
  EXPECT_EQ(e->kind(), ErrorKind::unsupported);
  EXPECT_NE(e->message().find("page "), std::string::npos) << e->what();
  EXPECT_NE(e->message().find("without widths"), std::string::npos) << e->what();
  EXPECT_EQ(std::string(e->what()).find('\n'), std::string::npos);
  EXPECT_EQ(e->path(), src);
  expect_names_absent(e->what(), p.case_file);
  EXPECT_FALSE(fs::exists(out));
  expect_no_temp_files(dir.path());
}

TEST(PdfWriterErrors, NoEditsStillScrubsAndWrites) {
  TempDir dir;
  const PdfPipeline p = sample_plan();
  const std::string out = (dir.path() / "out.pdf").string();
  PdfWriteReport report;
  write_anonymised_pdf(testdata("corpus/sample/draft.pdf"), p.doc, {}, out, report);
  EXPECT_TRUE(fs::exists(out));
  EXPECT_EQ(report.glyphs_removed, 0u);
  EXPECT_EQ(read_pdf(out).pages, p.doc.pages);
}

}  // namespace
}  // namespace dhr::test
