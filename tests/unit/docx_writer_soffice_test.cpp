// The anonymised DOCX opens in LibreOffice: `soffice --headless --convert-to pdf` turns it
// into a PDF that holds the replacements and none of the names. Skipped where soffice is
// not installed (CI does not install LibreOffice); run here with libreoffice-writer-nogui.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "dhr/case_file.h"
#include "dhr/detect.h"
#include "dhr/docx_writer.h"
#include "dhr/policy.h"
#include "dhr/reader.h"
#include "docx_test_package.h"
#include "docx_writer_helpers.h"

namespace dhr::test {
namespace {

bool have_soffice() { return std::system("command -v soffice >/dev/null 2>&1") == 0; }

// Converts `docx` to PDF in `dir` with a private LibreOffice profile (so a running
// LibreOffice or a shared profile cannot interfere) and returns the PDF's text.
std::string pdf_text_of(const std::string& docx, const TempDir& dir) {
  const std::string profile = "file://" + (dir.path() / "lo-profile").string();
  const std::string cmd = "soffice -env:UserInstallation=" + profile + " --headless --convert-to pdf --outdir '" +
                          dir.path().string() + "' '" + docx + "' >/dev/null 2>&1";
  EXPECT_EQ(std::system(cmd.c_str()), 0) << cmd;
  const std::filesystem::path pdf = dir.path() / (std::filesystem::path(docx).stem().string() + ".pdf");
  EXPECT_TRUE(std::filesystem::exists(pdf)) << "LibreOffice made no PDF";
  if (!std::filesystem::exists(pdf)) return {};
  return all_text(read_pdf(pdf.string()));
}

TEST(DocxWriterLibreOffice, AnonymisedStructureDocxConvertsToPdfWithoutTheNames) {
  if (!have_soffice()) GTEST_SKIP() << "soffice not installed";
  TempDir dir;
  const std::string src = testdata("fixtures/structure.docx");
  const Document doc = read_docx(src);
  const CaseFile case_file = load_case_file(testdata("fixtures/case.toml"));
  const Detector detector;
  const Plan plan = plan_edits(doc, detector.scan(doc, &case_file), case_file,
                               [&](std::string_view name) { return detector.place(name); });
  SanitiseReport report;
  const std::string out = (dir.path() / "published.docx").string();
  write_anonymised_docx(src, doc, plan.edits, out, report);

  const std::string text = pdf_text_of(out, dir);
  ASSERT_FALSE(text.empty());
  for (const char* kept : {"condolences to the family of N.", "Family statement: W asked the panel",
                           "Records show that D missed three appointments.", "a family friend and her employer"})
    EXPECT_NE(text.find(kept), std::string::npos) << kept << "\n" << text;
  for (const char* gone : {"Natasha", "Okafor", "Daniel", "Grace", "Adeyemi", "Tash", "Joanne"})
    EXPECT_EQ(text.find(gone), std::string::npos) << gone << "\n" << text;
}

TEST(DocxWriterLibreOffice, StrippedJpegStillRenders) {
  if (!have_soffice()) GTEST_SKIP() << "soffice not installed";
  TempDir dir;
  const std::string exif = jpeg_segment(0xE1, std::string("Exif\0\0", 6) + "Artist: Natasha Okafor");
  const std::string src =
      DocxPackage("<w:p><w:r><w:t>Photograph of the garden.</w:t></w:r><w:r><w:drawing><wp:inline><wp:extent cx=\"540000\" "
                  "cy=\"540000\"/><wp:docPr id=\"1\" name=\"Picture 1\"/><a:graphic><a:graphicData "
                  "uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic><pic:nvPicPr><pic:cNvPr "
                  "id=\"1\" name=\"Picture 1\"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed=\"rId9\"/>"
                  "<a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext "
                  "cx=\"540000\" cy=\"540000\"/></a:xfrm><a:prstGeom prst=\"rect\"/></pic:spPr></pic:pic></a:graphicData>"
                  "</a:graphic></wp:inline></w:drawing></w:r></w:p>")
          .part("word/media/image1.jpeg", tiny_jpeg(exif))
          .part("[Content_Types].xml",
                R"(<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
                R"(<Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
                R"(<Default Extension="jpeg" ContentType="image/jpeg"/>)"
                R"(<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>)")
          .rel("rId9", "image", "media/image1.jpeg")
          .write(dir, "photo.docx");
  const Document doc = read_docx(src);
  SanitiseReport report;
  const std::string out = (dir.path() / "photo-published.docx").string();
  write_anonymised_docx(src, doc, {}, out, report);
  EXPECT_EQ(read_zip_entries(out).at("word/media/image1.jpeg"), tiny_jpeg());
  const std::string text = pdf_text_of(out, dir);
  EXPECT_NE(text.find("Photograph of the garden."), std::string::npos) << text;
}

}  // namespace
}  // namespace dhr::test
