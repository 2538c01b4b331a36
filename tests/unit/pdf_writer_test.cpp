// The PDF writer on the corpus drafts, through the real pipeline: read_pdf ->
// Detector::scan with the case file -> plan_edits -> write_anonymised_pdf -> re-read.
// No subject's name may survive in pdftotext's extraction or anywhere in the file's
// decompressed bytes; the replacements must read where the names were; every block the
// edits did not touch must read exactly as before.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "docx_writer_helpers.h"
#include "pdf_writer_helpers.h"

// Re-reading a written PDF makes Poppler list the page's fonts (for headings), and for
// the replacement font — Helvetica, a standard font, not embedded — Poppler asks
// fontconfig where it lives; fontconfig's one-time initialisation is never freed and the
// leak checker reports it. A stopgap until replacements are drawn in an embedded font:
// allocations made inside fontconfig (and only those) are not reported in this test binary.
extern "C" const char* __lsan_default_suppressions() { return "leak:libfontconfig.so\n"; }

namespace dhr::test {
namespace {

std::string without_spaces(const std::string& s) {
  std::string out;
  for (char c : s)
    if (!std::isspace(static_cast<unsigned char>(c))) out += c;
  return out;
}

std::string visible_text(const Document& doc) {
  std::string s;
  for (const Block& b : doc.blocks)
    if (is_visible(b.kind)) s += b.text + "\n";
  return s;
}

class PdfWriterCorpus : public ::testing::TestWithParam<std::string> {};

TEST_P(PdfWriterCorpus, NamesAreGoneReplacementsReadAndTheRestIsUnchanged) {
  if (!have_tool("pdftotext") || !have_tool("qpdf")) GTEST_SKIP() << "needs pdftotext and qpdf";
  const std::string folder = testdata("corpus/" + GetParam());
  const std::string src = folder + "/draft.pdf";
  if (!std::filesystem::exists(src)) GTEST_SKIP() << "no draft.pdf";
  TempDir dir;
  const PdfPipeline p = pdf_plan_for(src, folder + "/case.toml");
  ASSERT_FALSE(p.plan.edits.empty());
  const std::uint64_t before = file_hash(src);
  const std::string out = (dir.path() / "anonymised.pdf").string();
  PdfWriteReport report;
  write_anonymised_pdf(src, p.doc, p.plan.edits, out, report);
  EXPECT_EQ(file_hash(src), before) << "the input changed";
  expect_no_temp_files(dir.path());
  EXPECT_TRUE(report.pages_rasterised.empty());
  EXPECT_GT(report.glyphs_removed, 0u);
  EXPECT_GT(report.replacements_drawn, 0u);

  // (a) No name form from the case file in the extraction or the decompressed bytes.
  const std::string text = pdftotext_of(out);
  const std::string bytes = decompressed_bytes(out);
  ASSERT_FALSE(text.empty());
  ASSERT_FALSE(bytes.empty());
  for (const std::string& name : subject_name_forms(p.case_file)) {
    EXPECT_FALSE(has_word_in(text, name)) << name << " in pdftotext output";
    EXPECT_FALSE(bytes_hold(bytes, name)) << name << " in the decompressed file";
  }

  // (b) Every edited block reads as the plan says, spacing aside: the replacements were
  // drawn where the names were and are extractable.
  const Document back = read_pdf(out);
  const std::string written = without_spaces(visible_text(back));
  const Document expected = apply_edits(p.doc, p.plan.edits);
  std::set<std::size_t> edited;
  for (const Edit& e : p.plan.edits) edited.insert(e.block);
  std::size_t misread = 0;
  for (std::size_t b : edited) {
    if (!is_visible(expected.blocks[b].kind)) continue;
    if (written.find(without_spaces(expected.blocks[b].text)) == std::string::npos && ++misread <= 5)
      ADD_FAILURE() << "edited block does not read as planned: " << expected.blocks[b].text;
  }
  EXPECT_EQ(misread, 0u);
  for (const Edit& e : p.plan.edits) {
    if (e.replacement.empty() || !is_visible(p.doc.blocks[e.block].kind)) continue;
    EXPECT_NE(without_spaces(text).find(without_spaces(e.replacement)), std::string::npos) << e.replacement;
  }

  // (c) Blocks the edits did not touch read as before: each one's text, spacing aside,
  // is in the output (the reader may join or split table cells differently when a
  // neighbouring cell's words changed width, so blocks are not compared one to one).
  std::size_t changed = 0, unedited = 0;
  for (std::size_t b = 0; b < p.doc.blocks.size(); ++b) {
    if (edited.count(b) != 0 || !is_visible(p.doc.blocks[b].kind)) continue;
    ++unedited;
    if (written.find(without_spaces(p.doc.blocks[b].text)) == std::string::npos && ++changed <= 5)
      ADD_FAILURE() << "unedited block changed: " << p.doc.blocks[b].text;
  }
  EXPECT_GT(unedited, 0u);
  EXPECT_EQ(changed, 0u);
}

INSTANTIATE_TEST_SUITE_P(Drafts, PdfWriterCorpus,
                         ::testing::Values("sample", "seed000", "seed002", "seed003", "seed004", "eastbrook"));


}  // namespace
}  // namespace dhr::test
