#include "detect/organisation_detector.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "detect/allow_list.h"
#include "detect/merge_findings.h"
#include "text/fold.h"

namespace dhr::detect {
namespace {

Lexicon small_lexicon() {
  Lexicon lex;
  for (const char* w : {"kestrel", "valley", "red", "lion", "crown"}) lex.add_common_word(w);
  lex.add_given_name("mary");
  lex.add_given_name("tariq");
  for (const char* h : {"council", "police", "trust", "nhs", "hospital", "service", "college"}) lex.add_agency_head(h);
  for (const char* h : {"school", "academy", "primary", "college"}) lex.add_organisation_head(h, Category::school);
  for (const char* h : {"ltd", "sons", "logistics", "windows", "motors", "packaging", "care"}) lex.add_organisation_head(h, Category::employer);
  for (const char* h : {"inn", "arms"}) lex.add_organisation_head(h, Category::pub);
  lex.add_place({"Cannock", "Staffordshire", false, "town"});
  lex.add_never_identifier("Crown Prosecution Service");
  return lex;
}

std::vector<Finding> scan(const Lexicon& lex, const std::vector<std::string>& paragraphs) {
  Document doc;
  for (const std::string& p : paragraphs) {
    Block b;
    b.text = p;
    doc.blocks.push_back(b);
  }
  std::vector<unicode::FoldedText> folded;
  for (const Block& b : doc.blocks) folded.emplace_back(b.text);
  const AllowList allow(lex.never_identifiers(), folded);
  const ScanContext ctx{doc, nullptr, folded, lex, allow};
  std::vector<Finding> raw;
  OrganisationDetector(lex).find(ctx, raw);
  return merge_findings(std::move(raw), allow);
}

std::vector<std::pair<std::string, Category>> found(const std::vector<Finding>& fs) {
  std::vector<std::pair<std::string, Category>> out;
  for (const Finding& f : fs) out.emplace_back(f.text, f.category);
  return out;
}

using P = std::pair<std::string, Category>;

TEST(OrganisationDetector, NamedSchools) {
  const Lexicon lex = small_lexicon();
  const auto fs = scan(lex, {"Hope attended St Mary's Primary School and later Oakfield Academy; Mark went to Highfields High School."});
  EXPECT_EQ(found(fs), (std::vector<P>{{"St Mary's Primary School", Category::school},
                                        {"Oakfield Academy", Category::school},
                                        {"Highfields High School", Category::school}}));
  EXPECT_EQ(fs[0].rule, "org:school_name");
  EXPECT_NE(fs[0].why.find("'school'"), std::string::npos);
}

TEST(OrganisationDetector, PrivateEmployers) {
  const Lexicon lex = small_lexicon();
  const auto fs = scan(lex, {"He drove for Acme Logistics Ltd, then Baker & Sons.", "She started a new job at Kestrel Valley Glass."});
  EXPECT_EQ(found(fs), (std::vector<P>{{"Acme Logistics Ltd", Category::employer},
                                        {"Baker & Sons", Category::employer},
                                        {"Kestrel Valley Glass", Category::employer}}));
  EXPECT_EQ(fs[2].rule, "org:employer_context");
}

TEST(OrganisationDetector, Pubs) {
  const Lexicon lex = small_lexicon();
  const auto fs = scan(lex, {"They met at the Crown Inn.", "He drank heavily at the Lamplighter's Rest, a few streets away."});
  EXPECT_EQ(found(fs), (std::vector<P>{{"the Crown Inn", Category::pub}, {"the Lamplighter's Rest", Category::pub}}));
}

TEST(OrganisationDetector, PublicBodiesAreNeverEmployersOrSchools) {
  const Lexicon lex = small_lexicon();
  EXPECT_TRUE(scan(lex, {"Children's Social Care and NHS Primary Care Trust staff, the Crown Prosecution Service, "
                         "and the College of Policing. He worked for Staffordshire County Council."})
                  .empty());
  EXPECT_TRUE(scan(lex, {"He worked for Tariq in Cannock. She had a job at the weekend."}).empty());
  EXPECT_TRUE(scan(lex, {"A Specialist from the Pathway to Recovery Drug Advisory Service talked about drinking."}).empty());
}

}  // namespace
}  // namespace dhr::detect
