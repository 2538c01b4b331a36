#include "policy/pseudonym_convention.h"

#include <gtest/gtest.h>

#include "dhr/case_file.h"
#include "dhr/error.h"

namespace dhr {
namespace {

Subject subject(std::string name, std::string role, std::string pseudonym = {}, std::optional<int> born = {}) {
  Subject s;
  s.name = std::move(name);
  s.role = std::move(role);
  s.pseudonym = std::move(pseudonym);
  s.born = born;
  return s;
}

CaseFile case_with(Policy::Convention convention, std::vector<Subject> subjects) {
  CaseFile c;
  c.policy.convention = convention;
  c.subjects = std::move(subjects);
  return c;
}

TEST(PseudonymConvention, ClassifiesRolesLoosely) {
  using policy::RoleClass;
  EXPECT_EQ(policy::classify_role("Victim"), RoleClass::victim);
  EXPECT_EQ(policy::classify_role("perpetrator"), RoleClass::perpetrator);
  EXPECT_EQ(policy::classify_role("Former partner"), RoleClass::perpetrators_former_partner);
  EXPECT_EQ(policy::classify_role("ex-partner"), RoleClass::perpetrators_former_partner);
  EXPECT_EQ(policy::classify_role("PFP"), RoleClass::perpetrators_former_partner);
  EXPECT_EQ(policy::classify_role("victim's former partner"), RoleClass::other);
  EXPECT_EQ(policy::classify_role("child"), RoleClass::child);
  EXPECT_EQ(policy::classify_role("daughter"), RoleClass::child);
  EXPECT_EQ(policy::classify_role("neighbour"), RoleClass::other);
  EXPECT_EQ(policy::classify_role(""), RoleClass::other);
}

TEST(PseudonymConvention, LettersAvoidUsedLettersInitialsAndAI) {
  CaseFile c = case_with(Policy::Convention::letters,
                         {subject("Natasha Okafor", "victim", "N"), subject("Daniel Okafor", "perpetrator"),
                          subject("Brenda Cole", "friend"), subject("Charlie Dunn", "neighbour")});
  assign_missing_pseudonyms(c, {"E", "F", "not-a-letter"});
  EXPECT_EQ(c.subjects[0].pseudonym, "N");  // given ones are kept
  EXPECT_EQ(c.subjects[1].pseudonym, "Z");  // the perpetrator's letter
  // B, C and D are initials of subjects; E and F stand alone in the document already.
  EXPECT_EQ(c.subjects[2].pseudonym, "G");
  EXPECT_EQ(c.subjects[3].pseudonym, "H");
}

TEST(PseudonymConvention, LettersAreDeterministic) {
  auto make = [] {
    return case_with(Policy::Convention::letters,
                     {subject("Ann Bell", "victim"), subject("Carl Dee", "perpetrator"), subject("Eve Fox", "friend")});
  };
  CaseFile a = make(), b = make();
  assign_missing_pseudonyms(a);
  assign_missing_pseudonyms(b);
  for (std::size_t i = 0; i < a.subjects.size(); ++i) EXPECT_EQ(a.subjects[i].pseudonym, b.subjects[i].pseudonym);
  EXPECT_EQ(a.subjects[0].pseudonym, "V");
  EXPECT_EQ(a.subjects[1].pseudonym, "Z");
  EXPECT_EQ(a.subjects[2].pseudonym, "G");
}

TEST(PseudonymConvention, TitledLetterPseudonymsOccupyTheirLetter) {
  CaseFile c = case_with(Policy::Convention::letters,
                         {subject("Bernard Hill", "victim", "Mr V"), subject("Lewis Young", "perpetrator", "Mr Z"),
                          subject("Kim Ross", "friend", "S1"), subject("Jo Tan", "victim")});
  assign_missing_pseudonyms(c);
  // V and Z are taken by "Mr V" and "Mr Z", S by "S1"; B, H, L, Y, K, R, J, T are initials.
  EXPECT_EQ(c.subjects[3].pseudonym, "C");
}

TEST(PseudonymConvention, ThrowsWhenLettersRunOut) {
  std::vector<Subject> many;
  for (int i = 0; i < 25; ++i) many.push_back(subject("Person " + std::to_string(i), "friend"));
  CaseFile c = case_with(Policy::Convention::letters, many);
  try {
    assign_missing_pseudonyms(c);
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::case_file);
  }
}

TEST(PseudonymConvention, TwentyFourSubjectsFitTheAlphabet) {
  std::vector<Subject> many;
  for (int i = 0; i < 24; ++i) many.push_back(subject("Person " + std::to_string(i), "friend"));
  CaseFile c = case_with(Policy::Convention::letters, many);
  assign_missing_pseudonyms(c);
  for (const Subject& s : c.subjects) {
    ASSERT_EQ(s.pseudonym.size(), 1u);
    EXPECT_NE(s.pseudonym, "A");
    EXPECT_NE(s.pseudonym, "I");
  }
}

TEST(PseudonymConvention, RolesNameVictimPerpetratorPartnerAndChildrenByBirth) {
  CaseFile c = case_with(Policy::Convention::roles,
                         {subject("Natasha Okafor", "victim"), subject("Daniel Okafor", "perpetrator"),
                          subject("Pat Rees", "former partner"), subject("Young One", "child", {}, 2012),
                          subject("Old One", "child", {}, 2004), subject("Mid One", "child", {}, 2008),
                          subject("Ted Neighbour", "neighbour")});
  assign_missing_pseudonyms(c);
  EXPECT_EQ(c.subjects[0].pseudonym, "the Victim");
  EXPECT_EQ(c.subjects[1].pseudonym, "the Perpetrator");
  EXPECT_EQ(c.subjects[2].pseudonym, "PFP");
  EXPECT_EQ(c.subjects[4].pseudonym, "S1");
  EXPECT_EQ(c.subjects[5].pseudonym, "S2");
  EXPECT_EQ(c.subjects[3].pseudonym, "S3");
  // Other roles fall back to letters (B for "Ted Neighbour" is free: T and N are initials).
  EXPECT_EQ(c.subjects[6].pseudonym.size(), 1u);
}

TEST(PseudonymConvention, ChildrenWithoutBirthYearKeepCaseFileOrder) {
  CaseFile c = case_with(Policy::Convention::roles,
                         {subject("Kid One", "son"), subject("Kid Two", "daughter", {}, 2010), subject("Kid Three", "child")});
  assign_missing_pseudonyms(c);
  EXPECT_EQ(c.subjects[1].pseudonym, "S1");  // the only one with a year comes first
  EXPECT_EQ(c.subjects[0].pseudonym, "S2");
  EXPECT_EQ(c.subjects[2].pseudonym, "S3");
}

TEST(PseudonymConvention, RolesNumberSeveralFormerPartnersAndSkipTakenLabels) {
  CaseFile c = case_with(Policy::Convention::roles,
                         {subject("Pat Rees", "former_partner"), subject("Sam Lee", "former_partner", "PFP1"),
                          subject("Kid One", "child", "S1", 2001), subject("Kid Two", "child", {}, 2000)});
  assign_missing_pseudonyms(c);
  EXPECT_EQ(c.subjects[0].pseudonym, "PFP2");
  EXPECT_EQ(c.subjects[1].pseudonym, "PFP1");
  EXPECT_EQ(c.subjects[3].pseudonym, "S2");  // first by birth, but S1 is given to its sibling
}

TEST(PseudonymConvention, RolesGiveASecondVictimALetter) {
  CaseFile c = case_with(Policy::Convention::roles, {subject("Ann Bell", "victim"), subject("Cath Dee", "victim")});
  assign_missing_pseudonyms(c);
  EXPECT_EQ(c.subjects[0].pseudonym, "the Victim");
  EXPECT_EQ(c.subjects[1].pseudonym, "V");
}

}  // namespace
}  // namespace dhr
