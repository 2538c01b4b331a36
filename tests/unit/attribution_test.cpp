// One subject per mention: attribution of shared-surname mentions from the evidence in
// the text, through the whole Detector (data from dictionaries/).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "dhr/detect.h"
#include "dhr/document.h"

namespace dhr {
namespace {

using ::testing::HasSubstr;

const Detector& detector() {
  static const Detector d;
  return d;
}

Document doc_of(const std::vector<std::string>& paragraphs) {
  Document d;
  for (const std::string& p : paragraphs) {
    Block b;
    b.text = p;
    d.blocks.push_back(b);
  }
  return d;
}

Subject subject(std::string name, std::string pseudonym, std::string role, Gender g, std::optional<int> born = {}) {
  Subject s;
  s.name = std::move(name);
  s.pseudonym = std::move(pseudonym);
  s.role = std::move(role);
  s.gender = g;
  s.born = born;
  return s;
}

// A family of four sharing a surname: mother (victim), father (perpetrator), an adult
// son and a child daughter.
CaseFile okafors() {
  CaseFile c;
  c.subjects = {subject("Grace Okafor", "N", "victim", Gender::female, 1980),
                subject("Marcus Okafor", "Z", "perpetrator", Gender::male, 1978),
                subject("David Okafor", "D", "family", Gender::male, 2000),
                subject("Ella Okafor", "E", "child", Gender::female, 2012)};
  return c;
}

// The person findings whose text is `text`, in order.
std::vector<Finding> mentions(const std::vector<std::string>& paragraphs, const std::string& text,
                              const CaseFile& c = okafors()) {
  std::vector<Finding> out;
  for (Finding& f : detector().scan(doc_of(paragraphs), &c))
    if (f.category == Category::person && f.text == text) out.push_back(std::move(f));
  return out;
}

TEST(Attribution, TitleRulesOutAChildAndTheOtherSex) {
  const auto f = mentions({"Mrs Okafor was seen by the GP in 2020."}, "Mrs Okafor");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].subject, "N");
  EXPECT_FALSE(f[0].needs_decision);
  EXPECT_THAT(f[0].attribution, HasSubstr("not a child"));
}

TEST(Attribution, WhatTheSentenceSaysFitsARole) {
  const auto f = mentions({"In 2023 Mr Okafor was arrested at the scene."}, "Mr Okafor");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].subject, "Z");
  EXPECT_THAT(f[0].attribution, HasSubstr("perpetrator"));
  EXPECT_FALSE(f[0].needs_decision);
}

TEST(Attribution, AnInitialBesideTheSurnameDecides) {
  const auto f = mentions({"The police log reads: OKAFOR, D. detained overnight."}, "OKAFOR");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].subject, "D");
  EXPECT_FALSE(f[0].needs_decision);
}

TEST(Attribution, AFirstNameBesideItNamesTheSamePerson) {
  const auto f = mentions({"The note reads: Mr Okafor [David] was calm."}, "Mr Okafor");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].subject, "D");
}

TEST(Attribution, WhatTheReportDeclaresCounts) {
  const auto f = mentions({"In this report Mr Okafor means the perpetrator.", "Mr Okafor drank heavily."}, "Mr Okafor");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].subject, "Z");
  EXPECT_THAT(f[1].attribution, HasSubstr("says whom"));
}

TEST(Attribution, WithoutEvidenceItIsABestGuessForAPersonNeverAlternatives) {
  const auto f = mentions({"Okafor was there."}, "Okafor");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_TRUE(f[0].needs_decision);
  EXPECT_FALSE(f[0].subject.empty());
  EXPECT_EQ(f[0].candidates.size(), 4u);
}

}  // namespace
}  // namespace dhr
