// Profiles, matching, the choice of heading per section, notes and document type
// (dhr/sections.h, sections/match.h).
#include "dhr/sections.h"

#include <gtest/gtest.h>

#include "dhr/error.h"
#include "sections/match.h"
#include "sections/words.h"
#include "test_files.h"

namespace dhr {
namespace {

using test::TempDir;

// The checkout, which holds dictionaries/sections/.
std::string source_dir() { return test::testdata(".."); }

SectionProfile overview() { return load_section_profile("overview", source_dir()); }

Block block(BlockKind kind, std::string text, std::string number = {}) {
  Block b;
  b.kind = kind;
  b.text = std::move(text);
  b.number = std::move(number);
  if (kind == BlockKind::heading) b.level = 1;
  return b;
}
Block heading(std::string text, std::string number = {}) { return block(BlockKind::heading, std::move(text), std::move(number)); }
Block body(std::string text = "Some text of the section that says what the section is about, at some length.") {
  return block(BlockKind::paragraph, std::move(text));
}

const SectionResult& result(const SectionReport& r, std::string_view id) {
  for (const SectionResult& s : r.sections)
    if (s.id == id) return s;
  throw std::runtime_error("no section " + std::string(id));
}

bool has_note(const SectionReport& r, std::string_view kind, std::string_view section = {}) {
  for (const SectionNote& n : r.notes)
    if (n.kind == kind && (section.empty() || n.section == section)) return true;
  return false;
}

// The sections one heading matches in the overview profile, by id.
std::vector<std::string> matches(const std::string& text) {
  static const SectionProfile p = overview();
  static const auto compiled = sections::compile(p);
  std::vector<std::string> out;
  for (const auto& m : sections::match_heading(sections::content_stems(text), compiled))
    out.push_back(p.sections[m.section].id + (m.combined ? "+" : ""));
  return out;
}

using Ids = std::vector<std::string>;

TEST(SectionMatch, ByMeaningWithExtraWords) {
  EXPECT_EQ(matches("1.3 Process of the Review"), Ids{"methodology"});
  EXPECT_EQ(matches("TERMS OF REFERENCE OF THE REVIEW:"), Ids{"terms_of_reference"});
  EXPECT_EQ(matches("Background of Sarah"), Ids{"background"});
  EXPECT_EQ(matches("Background of N"), Ids{"background"});
  EXPECT_EQ(matches("Lessons Learnt"), Ids{"lessons"});
  EXPECT_EQ(matches("Involvement of family, friends, work colleagues, neighbours and wider community"), Ids{"family"});
  EXPECT_EQ(matches("Equality and Diversity"), Ids{"equality"});
  EXPECT_EQ(matches("Parallel Processes"), Ids{"parallel"});  // not the review process
}

TEST(SectionMatch, CombinedAndCompetingSections) {
  EXPECT_EQ(matches("Conclusions and Recommendations"), (Ids{"conclusions+", "recommendations+"}));
  EXPECT_EQ(matches("Analysis and Recommendations"), (Ids{"analysis+", "recommendations+"}));
  EXPECT_EQ(matches("Review Panel Chair and Overview Author"), Ids{"author"});  // panel excluded, overview overlapped
  EXPECT_EQ(matches("OVERVIEW REPORT"), Ids{});
  EXPECT_EQ(matches("Family history"), Ids{});
  EXPECT_EQ(matches("How we did it"), Ids{});
  // A long sub-heading that merely mentions a section word is not that section.
  EXPECT_EQ(matches("Safeguarding victims whose family do not seek or support professional intervention"), Ids{});
}

TEST(SectionCheck, PicksTheBestHeadingAndNeedsABody) {
  Document doc;
  doc.blocks = {
      heading("Introduction"), body(),
      heading("Scope of the DHR"), body(),
      heading("Terms of Reference"), body(),             // better synonym than the earlier "Scope"
      heading("Analysis and Recommendations"), body(),
      heading("Conclusions"), body(),
      heading("List of Recommendations"), body(),        // alone beats combined
      heading("Lessons learned"),                        // no text before the next section
      heading("Action Plan"), body(),
  };
  const SectionReport r = check_sections(doc, overview());
  EXPECT_EQ(result(r, "terms_of_reference").heading, "Terms of Reference");
  EXPECT_EQ(result(r, "terms_of_reference").block, 4);
  EXPECT_EQ(result(r, "analysis").status, SectionStatus::combined);
  EXPECT_EQ(result(r, "recommendations").status, SectionStatus::present);
  EXPECT_EQ(result(r, "recommendations").heading, "List of Recommendations");
  EXPECT_EQ(result(r, "lessons").status, SectionStatus::missing);
  EXPECT_EQ(result(r, "methodology").status, SectionStatus::missing);
  EXPECT_FALSE(r.all_expected_present());
}

TEST(SectionCheck, CoverLinesAndSignOffAreNotSections) {
  Document doc;
  doc.blocks = {
      block(BlockKind::paragraph, "Domestic Homicide Review Executive Summary"),
      block(BlockKind::paragraph, "Independent Chair and Author"),  // no text before the next section
      heading("INTRODUCTION"), body(),
      heading("The Review Process"), body(),
      block(BlockKind::paragraph, "Author: Kathy McAteer"),          // a label and its value
      block(BlockKind::paragraph, "Independent Social Care Consultant"),
  };
  doc.blocks[1].bold = true;
  const SectionReport r = check_sections(doc, load_section_profile("summary", source_dir()));
  EXPECT_EQ(result(r, "author").status, SectionStatus::missing);
  EXPECT_EQ(result(r, "review_process").status, SectionStatus::present);
}

TEST(SectionCheck, SubHeadingsBelongToTheirSection) {
  Document doc;
  doc.blocks = {heading("Summary of key events", "2."), heading("Introduction", "2.1"), body()};
  doc.blocks[1].level = 2;
  const SectionReport r = check_sections(doc, overview());
  EXPECT_EQ(result(r, "chronology").status, SectionStatus::present);
}

TEST(SectionCheck, Notes) {
  Document doc;
  doc.blocks = {
      heading("Introduction"), body(),
      heading("Methodology"), body(),
      heading("Equality and Diversity"), body("Nothing of note."),
      heading("Background"), body(),
      heading("Chronology"), body(),
      heading("Recommendations"), body(),
      heading("Terms of Reference"), body(),
  };
  const SectionReport r = check_sections(doc, overview());
  EXPECT_TRUE(has_note(r, "tor_late", "Terms of Reference"));
  EXPECT_FALSE(has_note(r, "order", "Terms of Reference"));  // said once, precisely
  EXPECT_TRUE(has_note(r, "equality_short", "Equality and Diversity"));
  EXPECT_TRUE(has_note(r, "no_family"));
  EXPECT_TRUE(has_note(r, "no_action_plan"));
}

TEST(SectionCheck, OrderNoteNamesTheMisplacedSection) {
  Document doc;
  doc.blocks = {
      heading("Introduction"), body(),
      heading("Lessons Learned"), body(),
      heading("Terms of Reference"), body(),
      heading("Methodology"), body(),
      heading("Conclusions"), body(),
  };
  const SectionReport r = check_sections(doc, overview());
  EXPECT_TRUE(has_note(r, "order", "Lessons to be Learnt"));
  EXPECT_FALSE(has_note(r, "order", "Terms of Reference"));
  EXPECT_FALSE(has_note(r, "order", "Conclusions"));
}

TEST(SectionType, TitleThenLength) {
  Document doc;
  doc.blocks = {block(BlockKind::paragraph, "Domestic Homicide Review Executive Summary (DHR NB01)"), body()};
  EXPECT_EQ(detect_document_type(doc), DocumentType::summary);
  doc.blocks[0].text = "OVERVIEW REPORT";
  EXPECT_EQ(detect_document_type(doc), DocumentType::overview);
  doc.blocks[0].text = "DOMESTIC HOMICIDE REVIEW";
  std::string why;
  EXPECT_EQ(detect_document_type(doc, &why), DocumentType::summary);  // short
  EXPECT_NE(why.find("short"), std::string::npos);
  doc.metadata = {{"title", "Eastbrook DHR - Overview Report (draft)"}};
  EXPECT_EQ(detect_document_type(doc), DocumentType::overview);
}

TEST(SectionProfileFile, ReadsAndRejects) {
  TempDir dir;
  const SectionProfile p = load_section_profile(dir.write("local.toml", R"(
[profile]
name = "local"
[[section]]
id = "tor"
name = "Terms of Reference"
order = 2
synonyms = ["terms of reference", "scope"]
exclude = ["appendix"]
[[section]]
name = "Recommendations"
requirement = "recommended"
)"));
  EXPECT_EQ(p.name, "local");
  ASSERT_EQ(p.sections.size(), 2u);
  EXPECT_EQ(p.sections[1].id, "Recommendations");
  EXPECT_EQ(p.sections[1].synonyms, std::vector<std::string>{"Recommendations"});
  EXPECT_EQ(p.sections[1].requirement, Requirement::recommended);

  auto rejects = [&](const std::string& text, const std::string& words) {
    const std::string path = dir.write("bad.toml", text);
    try {
      load_section_profile(path);
      ADD_FAILURE() << "accepted: " << text;
    } catch (const Error& e) {
      EXPECT_EQ(e.path(), path);
      EXPECT_NE(std::string(e.what()).find(words), std::string::npos) << e.what();
    }
  };
  rejects("[[section]\n", "not a valid TOML");
  rejects("[[section]]\nname = \"A\"\nsynonym = [\"a\"]\n", "unknown key 'synonym'");
  rejects("[[section]]\nsynonyms = [\"a\"]\n", "needs 'name'");
  rejects("[[section]]\nname = \"Scope\"\n[[section]]\nname = \"Scope\"\n", "two sections have the id");
  rejects("[[section]]\nname = \"Scope\"\nsynonyms = \"scope\"\n", "list of strings");
  rejects("[[section]]\nname = \"Scope\"\norder = -1\n", "whole number");
  rejects("[profile]\nname = \"x\"\n", "no [[section]]");
  EXPECT_THROW(load_section_profile(dir.path().string() + "/missing.toml"), Error);
}

TEST(SectionProfileFile, BuiltInProfilesLoad) {
  for (const char* name : {"overview", "summary"}) {
    const SectionProfile p = load_section_profile(name, source_dir());
    EXPECT_EQ(p.name, name);
    EXPECT_GT(p.sections.size(), 10u);
  }
}

}  // namespace
}  // namespace dhr
