// verify_output: the last check before an anonymised copy is kept. Each test writes an
// output that still holds something it should not and expects the survivor to be
// reported (without quoting it), and a clean output to pass.
#include "verify/verify_output.h"

#include <gtest/gtest.h>

#include "docx_test_package.h"
#include "dhr/case_file.h"
#include "dhr/detect.h"
#include "test_files.h"

namespace dhr {
namespace {

const Detector& detector() {
  static const Detector d;
  return d;
}

CaseFile case_file() {
  return parse_case_file(R"(
[[subject]]
name = "Natasha Okafor"
aliases = ["Tash"]
role = "victim"
pseudonym = "N"

[[subject]]
name = "Daniel Quigley"
role = "perpetrator"
pseudonym = "Mr Z"
)",
                         "case.toml");
}

// A plan that edited a phone number: its original must not be in the output either.
Plan phone_plan() {
  Plan plan;
  Edit e;
  e.category = Category::phone;
  e.original = "07700 900123";
  e.replacement = "[phone number]";
  plan.edits.push_back(e);
  return plan;
}

bool mentions(const Verification& v, const std::string& text) {
  for (const Survivor& s : v.survivors)
    if (s.what.find(text) != std::string::npos || s.where.find(text) != std::string::npos) return true;
  return false;
}

void expect_no_identifier_in_messages(const Verification& v) {
  for (const Survivor& s : v.survivors) {
    for (const char* id : {"Natasha", "Okafor", "Tash", "Quigley", "07700"}) {
      EXPECT_EQ(s.what.find(id), std::string::npos) << s.what;
      EXPECT_EQ(s.where.find(id), std::string::npos) << s.where;
    }
  }
}

TEST(VerifyOutput, CleanTextPasses) {
  test::TempDir dir;
  const auto path = dir.write("out.txt", "N met Mr Z in 2019. N's sister called [phone number].\n");
  const Verification v = verify::verify_output(path, case_file(), phone_plan(), detector());
  EXPECT_TRUE(v.clean()) << v.survivors.size() << " survivors, first: " << (v.survivors.empty() ? "" : v.survivors[0].what);
  EXPECT_FALSE(v.checks.empty());
}

TEST(VerifyOutput, NamesLeftInTextAreSurvivors) {
  test::TempDir dir;
  for (const char* text : {"N met Mr Z. Later Natasha left.\n", "N met Mr Z. OKAFOR was recorded.\n",
                           "N met Quigley's brother.\n", "N, known as Tash, left.\n"}) {
    const auto path = dir.write("out.md", text);
    const Verification v = verify::verify_output(path, case_file(), phone_plan(), detector());
    EXPECT_FALSE(v.clean()) << text;
    expect_no_identifier_in_messages(v);
  }
}

TEST(VerifyOutput, AnEditedIdentifierLeftIsASurvivor) {
  test::TempDir dir;
  const auto path = dir.write("out.html", "<p>N called 07700 900123 that night.</p>\n");
  const Verification v = verify::verify_output(path, case_file(), phone_plan(), detector());
  ASSERT_FALSE(v.clean());
  EXPECT_TRUE(mentions(v, "PHONE"));
  expect_no_identifier_in_messages(v);
}

// A name only in the raw package (an attribute dhrkit's reader never shows as text) is
// still found: the raw look does not depend on the reader.
TEST(VerifyOutput, DocxRawContentIsSearchedBeyondTheReader) {
  test::TempDir dir;
  const std::string clean_body = test::para("N met Mr Z.");
  const auto clean = test::DocxPackage(clean_body).write(dir, "clean.docx");
  EXPECT_TRUE(verify::verify_output(clean, case_file(), Plan{}, detector()).clean());

  const auto tagged = test::DocxPackage("<w:sdt><w:sdtPr><w:tag w:val=\"Daniel Quigley\"/></w:sdtPr><w:sdtContent>" +
                                        clean_body + "</w:sdtContent></w:sdt>")
                          .write(dir, "tagged.docx");
  const Verification v = verify::verify_output(tagged, case_file(), Plan{}, detector());
  ASSERT_FALSE(v.clean());
  EXPECT_TRUE(mentions(v, "word/document.xml"));
  bool raw = false;
  for (const Survivor& s : v.survivors) raw = raw || s.check == "raw";
  EXPECT_TRUE(raw);
  expect_no_identifier_in_messages(v);

  // A comment part (which the writer removes) left in the package is a survivor too.
  const auto commented = test::DocxPackage(clean_body)
                             .part("word/comments.xml", test::wml("comments", "<w:comment w:id=\"0\" w:author=\"Tash\">" +
                                                                                  test::para("check") + "</w:comment>"))
                             .rel("rId9", "comments", "comments.xml")
                             .write(dir, "commented.docx");
  EXPECT_FALSE(verify::verify_output(commented, case_file(), Plan{}, detector()).clean());
}

}  // namespace
}  // namespace dhr
