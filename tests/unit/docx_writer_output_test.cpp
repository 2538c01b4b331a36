// The DOCX writer's output: written whole or not at all. The input is never touched, a
// failure leaves no output and no temporary file (and an older output as it was), and
// the same input gives the same bytes.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "dhr/docx_writer.h"
#include "dhr/error.h"
#include "dhr/reader.h"
#include "docx_test_package.h"
#include "docx_writer_helpers.h"

namespace dhr::test {
namespace {

namespace fs = std::filesystem;

// Files in `dir` other than the ones named.
std::vector<std::string> other_files(const TempDir& dir, const std::set<std::string>& expected) {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(dir.path()))
    if (expected.count(e.path().filename().string()) == 0) out.push_back(e.path().filename().string());
  return out;
}

ErrorKind kind_of_failure(const std::string& src, const Document& doc, const std::vector<Edit>& edits,
                          const std::string& out) {
  SanitiseReport report;
  try {
    write_anonymised_docx(src, doc, edits, out, report);
  } catch (const Error& e) {
    return e.kind();
  }
  ADD_FAILURE() << "no error";
  return ErrorKind::internal;
}

TEST(DocxWriterOutput, RefusesToWriteOverTheInput) {
  TempDir dir;
  const std::string src = DocxPackage(para("Natasha Okafor")).write(dir, "draft.docx");
  const Document doc = read_docx(src);
  const std::uint64_t before = file_hash(src);
  EXPECT_EQ(kind_of_failure(src, doc, {edit_in(doc, 0, "Natasha Okafor", "N")}, src), ErrorKind::usage);
  EXPECT_EQ(kind_of_failure(src, doc, {}, (dir.path() / "." / "draft.docx").string()), ErrorKind::usage);
  fs::create_symlink(src, dir.path() / "link.docx");
  EXPECT_EQ(kind_of_failure(src, doc, {}, (dir.path() / "link.docx").string()), ErrorKind::usage);
  EXPECT_EQ(file_hash(src), before);
}

TEST(DocxWriterOutput, NoOutputAndNoTemporaryFileOnFailure) {
  TempDir dir;
  const std::string src = DocxPackage(para("Natasha Okafor")).write(dir, "draft.docx");
  const Document doc = read_docx(src);
  const std::uint64_t before = file_hash(src);
  // A folder that does not exist: io.
  EXPECT_EQ(kind_of_failure(src, doc, {}, (dir.path() / "missing" / "out.docx").string()), ErrorKind::io);
  // An edit outside its block: usage, found before anything is written.
  Edit bad = edit_in(doc, 0, "Okafor", "N");
  bad.end = 999;
  EXPECT_EQ(kind_of_failure(src, doc, {bad}, (dir.path() / "out.docx").string()), ErrorKind::usage);
  Edit no_block = edit_in(doc, 0, "Okafor", "N");
  no_block.block = 42;
  EXPECT_EQ(kind_of_failure(src, doc, {no_block}, (dir.path() / "out.docx").string()), ErrorKind::usage);
  // A source that is not a DOCX any more.
  const std::string broken = dir.write("broken.docx", "PK\x03\x04 not really a zip");
  EXPECT_EQ(kind_of_failure(broken, doc, {}, (dir.path() / "out.docx").string()), ErrorKind::corrupt);
  EXPECT_EQ(other_files(dir, {"draft.docx", "broken.docx"}), std::vector<std::string>{});
  EXPECT_EQ(file_hash(src), before);
}

TEST(DocxWriterOutput, ASourceThatChangedSinceItWasReadIsRefused) {
  TempDir dir;
  const std::string src = DocxPackage(para("Natasha Okafor met the GP.")).write(dir, "draft.docx");
  const Document doc = read_docx(src);
  // The file is saved again with other text before the writer runs.
  DocxPackage(para("Someone else met the GP.")).write(dir, "draft.docx");
  const std::string out = (dir.path() / "out.docx").string();
  // An older output stays as it was.
  dir.write("out.docx", "previous output");
  EXPECT_EQ(kind_of_failure(src, doc, {edit_in(doc, 0, "Natasha Okafor", "N")}, out), ErrorKind::corrupt);
  EXPECT_EQ(file_bytes(out), "previous output");
  EXPECT_EQ(other_files(dir, {"draft.docx", "out.docx"}), std::vector<std::string>{});
}

TEST(DocxWriterOutput, NeedsADocumentReadFromADocx) {
  TempDir dir;
  const std::string src = DocxPackage(para("Text")).write(dir, "draft.docx");
  Document doc = read_docx(src);
  doc.format = Format::pdf;
  EXPECT_EQ(kind_of_failure(src, doc, {}, (dir.path() / "out.docx").string()), ErrorKind::usage);
}

TEST(DocxWriterOutput, SameInputSameBytes) {
  TempDir dir;
  const std::string src = testdata("fixtures/structure.docx");
  const Document doc = read_docx(src);
  const std::vector<Edit> edits = edits_everywhere(doc, "Natasha Okafor", "N");
  SanitiseReport report;
  const std::string a = (dir.path() / "a.docx").string(), b = (dir.path() / "b.docx").string();
  write_anonymised_docx(src, doc, edits, a, report);
  write_anonymised_docx(src, doc, edits, b, report);
  EXPECT_EQ(file_bytes(a), file_bytes(b));
}

TEST(DocxWriterOutput, UnchangedPartsAreCopiedByteForByte) {
  TempDir dir;
  const std::string src = testdata("fixtures/structure.docx");
  const Document doc = read_docx(src);
  SanitiseReport report;
  const std::string out = (dir.path() / "out.docx").string();
  write_and_reread(src, doc, {}, out, report);
  const auto before = read_zip_entries(src);
  const auto after = read_zip_entries(out);
  for (const char* same : {"word/fontTable.xml", "word/media/image1.png", "word/numbering.xml"})
    EXPECT_EQ(after.at(same), before.at(same)) << same;
}

}  // namespace
}  // namespace dhr::test
