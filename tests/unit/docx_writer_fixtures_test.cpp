// The DOCX writer on the committed fixtures, through the real pipeline: read_docx ->
// Detector::scan with the case file -> plan_edits -> write_anonymised_docx -> read_docx.
// No subject's name may survive in any XML part's bytes; the replacements must be where
// the text was; the file must read again; and a 60-page report must write in well under
// a second.
#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "dhr/case_file.h"
#include "dhr/detect.h"
#include "dhr/docx_writer.h"
#include "dhr/policy.h"
#include "dhr/reader.h"
#include "docx_test_package.h"
#include "docx_writer_helpers.h"
#include "subject_words.h"

namespace dhr::test {
namespace {

const Detector& detector() {
  static const Detector d;
  return d;
}

struct Pipeline {
  Document doc;
  CaseFile case_file;
  Plan plan;
};

Pipeline plan_for(const std::string& docx, const std::string& case_toml) {
  Pipeline p;
  p.doc = read_docx(docx);
  p.case_file = load_case_file(case_toml);
  const std::vector<Finding> findings = detector().scan(p.doc, &p.case_file);
  p.plan = plan_edits(p.doc, findings, p.case_file, [](std::string_view name) { return detector().place(name); });
  return p;
}

// XML parts (by name) whose bytes hold `word` as a word.
std::vector<std::string> parts_with_word(const std::map<std::string, std::string>& entries, const std::string& word) {
  std::vector<std::string> out;
  for (const auto& [name, bytes] : entries)
    if (is_xml_entry(name))
      for (const std::string& form : xml_forms(word))
        if (has_word_in(bytes, form)) {
          out.push_back(name);
          break;
        }
  return out;
}

TEST(DocxWriterFixtures, StructureDocxThroughTheRealPipeline) {
  TempDir dir;
  const std::string src = testdata("fixtures/structure.docx");
  const Pipeline p = plan_for(src, testdata("fixtures/case.toml"));
  ASSERT_FALSE(p.plan.edits.empty());
  SanitiseReport report;
  const std::string out = (dir.path() / "structure-anonymised.docx").string();
  const Document back = write_and_reread(src, p.doc, p.plan.edits, out, report);
  const auto entries = read_zip_entries(out);

  // No subject's name in any part, in any form the case file gives.
  for (const std::string& word : subject_name_forms(p.case_file))
    EXPECT_TRUE(parts_with_word(entries, word).empty()) << word << " in " << joined(parts_with_word(entries, word));
  // Every edited original of a person is gone from every part's bytes.
  for (const Edit& e : p.plan.edits) {
    if (e.category != Category::person) continue;
    EXPECT_TRUE(parts_with_word(entries, e.original).empty())
        << e.original << " in " << joined(parts_with_word(entries, e.original));
  }

  // The replacements are where the text was, in every kind of story.
  EXPECT_GE(find_block(back, "condolences to the family of N."), 0) << all_text(back);
  EXPECT_GE(find_block(back, "Family statement: W asked the panel", BlockKind::text_box), 0) << all_text(back);
  EXPECT_GE(find_block(back, "N reported two incidents", BlockKind::table_cell), 0);
  EXPECT_GE(find_block(back, "D was convicted", BlockKind::footnote), 0);
  EXPECT_GE(find_block(back, "N was known to her friends as N.", BlockKind::footnote), 0) << all_text(back);
  EXPECT_GE(find_block(back, "In 2021 N told her GP"), 0);
  EXPECT_GE(find_block(back, "Records show that D missed three appointments."), 0);
  EXPECT_GE(find_block(back, "This report refers to N throughout"), 0) << "a field's result";
  EXPECT_GE(find_block(back, "N with her son W at the seaside, 2019", BlockKind::alt_text), 0) << all_text(back);
  // The text box's VML copy says the same as the DrawingML one.
  const std::string& xml = entries.at("word/document.xml");
  EXPECT_EQ(xml.find("Will Okafor"), std::string::npos);
  std::size_t statements = 0;
  for (std::size_t at = xml.find("Family statement: W asked"); at != std::string::npos; at = xml.find("Family statement: W asked", at + 1))
    ++statements;
  EXPECT_EQ(statements, 2u);

  // Hidden parts are gone.
  EXPECT_EQ(entries.count("word/comments.xml"), 0u);
  EXPECT_EQ(entries.count("docProps/custom.xml"), 0u);
  EXPECT_EQ(find_block(back, "", BlockKind::comment), -1);
  EXPECT_EQ(find_block(back, "", BlockKind::tracked_deletion), -1);
  EXPECT_TRUE(back.metadata_value("author").empty());
  EXPECT_TRUE(back.metadata_value("last_modified_by").empty());
  EXPECT_GE(find_block(back, "The panel heard from a family friend and her employer."), 0);
  // Words that are not names stay ("his mother will always").
  EXPECT_GE(find_block(back, "his mother will always be remembered"), 0);
}

TEST(DocxWriterFixtures, StructureDocxKeepsFormattingOfUntouchedRuns) {
  TempDir dir;
  const std::string src = testdata("fixtures/structure.docx");
  const Pipeline p = plan_for(src, testdata("fixtures/case.toml"));
  SanitiseReport report;
  const std::string out = (dir.path() / "out.docx").string();
  write_and_reread(src, p.doc, p.plan.edits, out, report);
  // Every run property block of the source is still in the output, as many times (the
  // sanitiser removes only tracked-change and comment runs, which have empty properties).
  auto count_rpr = [](const std::string& xml) {
    std::map<std::string, int> n;
    for (std::size_t at = xml.find("<w:rPr>"); at != std::string::npos; at = xml.find("<w:rPr>", at + 1))
      ++n[xml.substr(at, xml.find("</w:rPr>", at) - at)];
    return n;
  };
  const auto before = count_rpr(read_zip_entries(src).at("word/document.xml"));
  const auto after = count_rpr(read_zip_entries(out).at("word/document.xml"));
  for (const auto& [rpr, n] : before) {
    if (rpr == "<w:rPr>") continue;  // empty properties: runs of removed changes had them too
    EXPECT_EQ(after.count(rpr) ? after.at(rpr) : 0, n) << rpr;
  }
}

class DocxWriterCorpus : public ::testing::TestWithParam<std::string> {};

TEST_P(DocxWriterCorpus, NoSubjectNameSurvivesAnywhere) {
  const std::string folder = testdata("corpus/" + GetParam());
  if (!std::filesystem::exists(folder + "/draft.docx")) GTEST_SKIP() << "no draft.docx";
  TempDir dir;
  const std::string src = folder + "/draft.docx";
  const Pipeline p = plan_for(src, folder + "/case.toml");
  SanitiseReport report;
  const std::string out = (dir.path() / "anonymised.docx").string();
  const Document back = write_and_reread(src, p.doc, p.plan.edits, out, report);
  EXPECT_EQ(report.edits_applied + report.edits_without_source, p.plan.edits.size());
  const auto entries = read_zip_entries(out);
  for (const std::string& word : subject_name_forms(p.case_file))
    EXPECT_TRUE(parts_with_word(entries, word).empty()) << word << " in " << joined(parts_with_word(entries, word));
  // What the plan replaced is replaced in the file: each block the edits touched reads as
  // apply_edits says it should.
  const Document expected = apply_edits(p.doc, p.plan.edits);
  std::set<std::string> written;
  for (const Block& b : back.blocks) written.insert(b.text);
  std::set<std::size_t> edited_blocks;
  for (const Edit& e : p.plan.edits) edited_blocks.insert(e.block);
  for (std::size_t b : edited_blocks) {
    const Block& block = expected.blocks[b];
    if (!is_visible(block.kind)) continue;  // hidden parts may be removed whole
    EXPECT_TRUE(written.count(block.text) != 0) << "missing: " << block.text;
  }
}

INSTANTIATE_TEST_SUITE_P(Drafts, DocxWriterCorpus,
                         ::testing::Values("sample", "seed000", "seed002", "seed003", "seed004", "eastbrook"));

}  // namespace
}  // namespace dhr::test
