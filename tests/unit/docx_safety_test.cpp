// The DOCX reader on broken and hostile input: every failure is one dhr::Error of the
// right kind, naming the file, and none of them exhausts the stack or memory.
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <string>

#include "dhr/error.h"
#include "dhr/reader.h"
#include "docx_test_package.h"
#include "read/docx_zip.h"
#include "test_files.h"

namespace dhr {
namespace {

using test::DocxPackage;
using test::para;
using test::TempDir;

// Reads `path` expecting a dhr::Error of `kind` whose message contains `words`.
void expect_error(const std::string& path, ErrorKind kind, const std::string& words, const ReadOptions& options = {}) {
  try {
    read_docx(path, options);
    ADD_FAILURE() << "no error for " << path;
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), kind) << e.what();
    EXPECT_EQ(e.path(), path);
    EXPECT_NE(e.message().find(words), std::string::npos) << e.what();
    EXPECT_EQ(std::string(e.what()).find('\n'), std::string::npos) << "not one line: " << e.what();
  }
}

TEST(DocxSafety, EmptyFile) {
  TempDir dir;
  expect_error(dir.write("empty.docx", ""), ErrorKind::corrupt, "empty file");
}

TEST(DocxSafety, NotAZip) {
  TempDir dir;
  expect_error(dir.write("text.docx", "Natasha Okafor was born in 1985.\n"), ErrorKind::unsupported, "not a zip");
  const std::string ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  expect_error(dir.write("legacy.docx", ole + std::string(600, '\0')), ErrorKind::unsupported, "legacy Word file");
  const std::string stream_name("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0", 32);
  expect_error(dir.write("locked.docx", ole + std::string(100, '\0') + stream_name + std::string(100, '\0')),
               ErrorKind::encrypted, "password protected");
}

TEST(DocxSafety, DamagedZip) {
  TempDir dir;
  const std::string good = DocxPackage(para("x")).write(dir, "good.docx");
  std::string bytes;
  {
    std::ifstream in(good, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  expect_error(dir.write("truncated.docx", bytes.substr(0, bytes.size() / 2)), ErrorKind::corrupt, "zip");
}

TEST(DocxSafety, ZipWithoutDocumentXml) {
  TempDir dir;
  DocxPackage pkg;
  pkg.raw().part("hello.txt", "not a document");
  expect_error(pkg.write(dir), ErrorKind::unsupported, "not a DOCX: no word/document.xml");
}

TEST(DocxSafety, PackageWhoseMainPartIsMissingIsDamaged) {
  TempDir dir;
  DocxPackage pkg(para("x"));
  std::map<std::string, std::string> entries = pkg.entries();
  entries.erase("word/document.xml");
  const std::string path = (dir.path() / "nodocument.docx").string();
  DocxPackage::write_zip(path, entries);
  expect_error(path, ErrorKind::corrupt, "no main document part (word/document.xml)");
}

TEST(DocxSafety, DocumentFoundWithoutPackageRelationships) {
  TempDir dir;
  DocxPackage pkg(para("Still read"));
  pkg.raw();
  EXPECT_EQ(read_docx(pkg.write(dir)).blocks.at(0).text, "Still read");
}

TEST(DocxSafety, PathTraversalAndAbsoluteEntries) {
  TempDir dir;
  DocxPackage climb(para("x"));
  climb.part("../../x", "evil");
  expect_error(climb.write(dir, "climb.docx"), ErrorKind::hostile, "\"../../x\"");
  DocxPackage absolute(para("x"));
  absolute.part("/etc/passwd", "evil");
  expect_error(absolute.write(dir, "absolute.docx"), ErrorKind::hostile, "\"/etc/passwd\"");
  DocxPackage windows(para("x"));
  windows.part("word\\..\\..\\x", "evil");
  expect_error(windows.write(dir, "windows.docx"), ErrorKind::hostile, "path traversal");

  EXPECT_TRUE(read::docx::is_safe_entry_name("word/document.xml"));
  EXPECT_TRUE(read::docx::is_safe_entry_name("word/..hidden/x.xml"));
  EXPECT_FALSE(read::docx::is_safe_entry_name("C:/x"));
  EXPECT_FALSE(read::docx::is_safe_entry_name("word/../../x"));
  EXPECT_FALSE(read::docx::is_safe_entry_name(".."));
}

TEST(DocxSafety, DoctypeAndEntitiesAreRefused) {
  TempDir dir;
  DocxPackage pkg;
  pkg.part("word/document.xml",
           "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>"
           "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
           "<w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>");
  expect_error(pkg.write(dir), ErrorKind::hostile, "word/document.xml declares a DOCTYPE (entity expansion is not allowed)");

  DocxPackage styles(para("x"));
  styles.part("word/styles.xml", "<!DOCTYPE x><w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>")
      .rel("rId1", "styles", "styles.xml");
  expect_error(styles.write(dir, "styles.docx"), ErrorKind::hostile, "word/styles.xml declares a DOCTYPE");
}

TEST(DocxSafety, MalformedXmlNamesThePart) {
  TempDir dir;
  DocxPackage pkg;
  pkg.part("word/document.xml", test::wml("document", "<w:body><w:p><w:r><w:t>open</w:r></w:p></w:body>"));
  expect_error(pkg.write(dir), ErrorKind::corrupt, "malformed XML in word/document.xml");
}

std::string deeply_nested(int depth) {
  std::string inner;
  inner.reserve(static_cast<std::size_t>(depth) * 14 + 100);
  for (int i = 0; i < depth; ++i) inner += "<w:sdt>";
  inner += "<w:p><w:r><w:t>deep</w:t></w:r></w:p>";
  for (int i = 0; i < depth; ++i) inner += "</w:sdt>";
  return inner;
}

TEST(DocxSafety, DeepNestingStopsAtTheLimitWithoutRecursion) {
  TempDir dir;
  const std::string path = DocxPackage(deeply_nested(100000)).write(dir);
  expect_error(path, ErrorKind::limit, "nest deeper than the limit of 512");
  // With the limit raised, the same file is read without exhausting the stack: nothing in
  // the reader recurses on depth.
  ReadOptions generous;
  generous.max_xml_depth = 200000;
  const Document doc = read_docx(path, generous);
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(doc.blocks[0].text, "deep");
}

TEST(DocxSafety, ZipBombDeclaredSizeOverTheLimit) {
  TempDir dir;
  const std::string path = DocxPackage(para(std::string(200000, 'a'))).write(dir);
  ReadOptions small;
  small.max_uncompressed_bytes = 50000;
  expect_error(path, ErrorKind::limit, "zip bomb?", small);
}

TEST(DocxSafety, ZipBombExpansionRatio) {
  TempDir dir;
  const std::string path = DocxPackage(para(std::string(2000000, ' '))).write(dir);
  ReadOptions small;
  small.max_entry_ratio = 100;
  expect_error(path, ErrorKind::limit, "zip bomb?", small);
}

// Patches every header of the zip so that entries declare `declared` bytes uncompressed.
void lie_about_sizes(std::string& zip, std::uint32_t declared) {
  auto put32 = [&](std::size_t at, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) zip[at + i] = static_cast<char>((v >> (8 * i)) & 0xff);
  };
  for (std::size_t i = 0; i + 46 <= zip.size(); ++i) {
    if (zip.compare(i, 4, "PK\x03\x04") == 0) put32(i + 22, declared);       // local header
    else if (zip.compare(i, 4, "PK\x01\x02") == 0) put32(i + 24, declared);  // central directory
  }
}

TEST(DocxSafety, ZipBombThatLiesAboutItsSizeStopsAtTheLimit) {
  TempDir dir;
  const std::string honest = DocxPackage(para(std::string(300000, 'b'))).write(dir);
  std::string bytes;
  {
    std::ifstream in(honest, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  lie_about_sizes(bytes, 100);
  const std::string path = dir.write("liar.docx", bytes);
  ReadOptions small;
  small.max_uncompressed_bytes = 20000;
  try {
    read_docx(path, small);
    ADD_FAILURE() << "a lying zip was read";
  } catch (const Error& e) {
    // The headers said 100 bytes; the inflation is stopped at the limit, not at the end.
    EXPECT_EQ(e.kind(), ErrorKind::limit) << e.what();
    EXPECT_NE(e.message().find("expands past the limit"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace dhr
