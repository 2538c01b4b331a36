#include "detect/place_detector.h"

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
  for (const char* w : {"street", "reading", "hope", "stone"}) lex.add_common_word(w);
  for (const char* g : {"shirley", "clare", "sarah"}) lex.add_given_name(g);
  lex.add_not_name("march");
  lex.add_not_name("mr");
  for (const char* h : {"council", "police", "trust", "nhs", "hospital"}) lex.add_agency_head(h);
  lex.add_place({"Cannock", "Staffordshire", false, "town"});
  lex.add_place({"Stoke-on-Trent", "Staffordshire", false, "city"});
  lex.add_place({"Staffordshire", "", true, "county"});
  lex.add_place({"West Midlands", "", true, "county"});
  lex.add_place({"Street", "Somerset", false, "town"});
  lex.add_place({"Reading", "Berkshire", false, "town"});
  lex.add_place({"March", "Cambridgeshire", false, "town"});
  lex.add_place({"Stafford", "Staffordshire", false, "town"});
  lex.add_place({"Shirley", "West Midlands", false, "town"});
  lex.add_place({"Solihull", "West Midlands", false, "town"});
  lex.add_place({"Clare", "Suffolk", false, "town"});
  lex.add_never_identifier("West Midlands Police");
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
  PlaceDetector(lex).find(ctx, raw);
  return merge_findings(std::move(raw), allow);
}

std::vector<std::string> texts(const std::vector<Finding>& fs) {
  std::vector<std::string> out;
  for (const Finding& f : fs) out.push_back(f.text);
  return out;
}

TEST(PlaceDetector, TownsCitiesAndCountiesWithTheirCounty) {
  const Lexicon lex = small_lexicon();
  const auto fs = scan(lex, {"He lived in Cannock, Staffordshire, and worked in Stoke on Trent and Stoke-on-Trent."});
  ASSERT_EQ(texts(fs), (std::vector<std::string>{"Cannock", "Staffordshire", "Stoke on Trent", "Stoke-on-Trent"}));
  EXPECT_EQ(fs[0].category, Category::place);
  EXPECT_EQ(fs[0].rule, "place:gazetteer");
  EXPECT_EQ(fs[0].form, "town");
  EXPECT_NE(fs[0].why.find("Staffordshire"), std::string::npos);
  EXPECT_EQ(fs[1].form, "county");
  EXPECT_EQ(fs[2].form, "city");
}

TEST(PlaceDetector, PlacesInsideAgencyNamesAreNotReported) {
  const Lexicon lex = small_lexicon();
  EXPECT_TRUE(scan(lex, {"Staffordshire County Council and West Midlands Police met Cannock Chase Council."}).empty());
  // ... but the same county on its own is.
  EXPECT_EQ(texts(scan(lex, {"Across the West Midlands, forces agreed."})), (std::vector<std::string>{"West Midlands"}));
}

TEST(PlaceDetector, PlaceNamesThatAreWordsNeedALocative) {
  const Lexicon lex = small_lexicon();
  EXPECT_TRUE(scan(lex, {"Reading the file, the Street team saw March 2012 as key."}).empty());
  EXPECT_EQ(texts(scan(lex, {"She moved to Street and worked in Reading."})), (std::vector<std::string>{"Street", "Reading"}));
  EXPECT_TRUE(scan(lex, {"In March the panel met."}).empty());  // a month, never a town
}

TEST(PlaceDetector, PlacesThatAreNamesOfPeople) {
  const Lexicon lex = small_lexicon();
  EXPECT_TRUE(scan(lex, {"Mr Stafford and Sarah Stafford met. Shirley said no. At the time of Clare's case."}).empty());
  EXPECT_EQ(texts(scan(lex, {"Police were called to an address in Shirley, Solihull."})),
            (std::vector<std::string>{"Shirley", "Solihull"}));
}

TEST(PlaceDetector, UpperCaseHeadings) {
  const Lexicon lex = small_lexicon();
  EXPECT_EQ(texts(scan(lex, {"EVENTS IN CANNOCK"})), (std::vector<std::string>{"CANNOCK"}));
}

}  // namespace
}  // namespace dhr::detect
