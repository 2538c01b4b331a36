#include "dhr/case_file.h"

#include <gtest/gtest.h>

#include "dhr/error.h"
#include "test_files.h"

namespace dhr {
namespace {

constexpr const char* kGood = R"(
[review]
document = "overview"

[policy]
ages = "band"
places = "county"
unknown_names = "pseudonymise"

[[subject]]
name = "Natasha Okafor"
aliases = ["Tash"]
role = "victim"
pseudonym = "N"
gender = "female"
born = 1974

[[subject]]
name = "Daniel Okafor"
role = "perpetrator"
pseudonym = "Mr Z"
gender = "male"

[[subject]]
name = "Will Okafor"
role = "child"

[[professional]]
name = "Kam Sandhu"
role = "Independent Chair and Author"

[[keep]]
text = "Clare's Law"
)";

// The error a case file text gives, or "" when it loads.
std::string error_of(const std::string& text) {
  try {
    parse_case_file(text, "case.toml");
    return "";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::case_file);
    return e.what();
  }
}

TEST(CaseFile, ReadsEverySection) {
  const CaseFile c = parse_case_file(kGood, "case.toml");
  EXPECT_EQ(c.document, DocumentType::overview);
  EXPECT_EQ(c.policy.places, Policy::Places::county);
  EXPECT_EQ(c.policy.unknown_names, Policy::UnknownNames::pseudonymise);
  EXPECT_EQ(c.policy.ages, Policy::Ages::band);
  EXPECT_EQ(c.policy.convention, Policy::Convention::letters);  // default
  ASSERT_EQ(c.subjects.size(), 3u);
  EXPECT_EQ(c.subjects[0].name, "Natasha Okafor");
  EXPECT_EQ(c.subjects[0].aliases, std::vector<std::string>{"Tash"});
  EXPECT_EQ(c.subjects[0].gender, Gender::female);
  EXPECT_EQ(c.subjects[0].born, 1974);
  EXPECT_EQ(c.subjects[1].pseudonym, "Mr Z");
  EXPECT_EQ(c.subjects[2].pseudonym, "");
  ASSERT_EQ(c.professionals.size(), 1u);
  EXPECT_EQ(c.professionals[0].role, "Independent Chair and Author");
  EXPECT_EQ(c.keep, std::vector<std::string>{"Clare's Law"});
}

TEST(CaseFile, RejectsWhatWouldMakeTheCopyWrong) {
  EXPECT_NE(error_of("this is not toml ["), "");
  EXPECT_NE(error_of("[[subject]]\nname = \"A B\"\npseudonym = \"N\"\n[[subject]]\nname = \"C D\"\npseudonym = \"n\"\n")
                .find("same pseudonym"),
            std::string::npos);
  EXPECT_NE(error_of("[[subject]]\nname = \"Natasha Okafor\"\npseudonym = \"Natasha\"\n").find("part of the name"),
            std::string::npos);
  EXPECT_NE(error_of("[[subject]]\nname = \"Natasha Okafor\"\n[[subject]]\nname = \"Tash Okafor\"\npseudonym = \"Natasha Okafor\"\n")
                .find("is the name or alias"),
            std::string::npos);
  EXPECT_NE(error_of("[[subject]]\nname = \"A B\"\n[[subject]]\nname = \"a b\"\n").find("same name"), std::string::npos);
  EXPECT_NE(error_of("[[subject]]\nrole = \"victim\"\n").find("needs a non-empty 'name'"), std::string::npos);
  EXPECT_NE(error_of("[[subject]]\nname = \"A B\"\nnmae = \"x\"\n").find("unknown key 'nmae'"), std::string::npos);
  EXPECT_NE(error_of("[policy]\nages = \"fuzzy\"\n").find("must be one of"), std::string::npos);
  EXPECT_NE(error_of("[subject]\nname = \"A B\"\n").find("[[subject]]"), std::string::npos);
  EXPECT_NE(error_of("[[subject]]\nname = \"A B\"\nborn = \"1988\"\n").find("must be a year"), std::string::npos);
  EXPECT_NE(error_of("[bogus]\n").find("unknown section"), std::string::npos);
  // An empty file (or one with only comments) is a wrong file, not a case with nobody in it.
  EXPECT_NE(error_of("").find("is empty"), std::string::npos);
  EXPECT_NE(error_of("# subjects to follow\n\n").find("is empty"), std::string::npos);
  // Keeping a subject's name (or alias) would publish it: refused, without quoting it.
  const std::string keep_name =
      error_of("[[subject]]\nname = \"Natasha Okafor\"\naliases = [\"Tash\"]\n[[keep]]\ntext = \"tash\"\n");
  EXPECT_NE(keep_name.find("keep entry 1 is the name or alias of subject 1"), std::string::npos) << keep_name;
  EXPECT_EQ(keep_name.find("ash"), std::string::npos) << keep_name;
  EXPECT_EQ(error_of("[[subject]]\nname = \"Natasha Okafor\"\n[[keep]]\ntext = \"Natasha Okafor Centre\"\n"), "");
}

TEST(CaseFile, MessagesNeverQuoteNames) {
  const std::string e =
      error_of("[[subject]]\nname = \"Natasha Okafor\"\npseudonym = \"N\"\n[[subject]]\nname = \"Daniel Okafor\"\npseudonym = \"N\"\n");
  EXPECT_EQ(e.find("Okafor"), std::string::npos) << e;
  EXPECT_NE(e.find("line"), std::string::npos) << e;
}

TEST(CaseFile, LoadFromFileNamesTheFile) {
  test::TempDir dir;
  const std::string good = dir.write("case.toml", kGood);
  EXPECT_EQ(load_case_file(good).subjects.size(), 3u);
  try {
    load_case_file((dir.path() / "missing.toml").string());
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::case_file);
    EXPECT_NE(std::string(e.what()).find("missing.toml"), std::string::npos);
  }
}

TEST(CaseFile, ReadsDecisionsAndWritesThemBack) {
  const std::string text = std::string(kGood) + R"(
[[decision]]
text = "Mrs Okafor"
context = "until Mrs Okafor's death"
paragraph = "2.2"
subject = "N"

[[decision]]
text = "Heath Hayes"
action = "place"

[[decision]]
text = "Lena Brooks"
action = "subject"
pseudonym = "L"
role = "friend"
)";
  const CaseFile c = parse_case_file(text, "case.toml");
  ASSERT_EQ(c.decisions.size(), 3u);
  EXPECT_EQ(c.decisions[0].action, Decision::Action::subject);
  EXPECT_EQ(c.decisions[0].subject, "N");
  EXPECT_EQ(c.decisions[0].paragraph, "2.2");
  EXPECT_EQ(c.decisions[1].action, Decision::Action::place);
  EXPECT_EQ(c.decisions[2].action, Decision::Action::new_subject);
  EXPECT_EQ(c.decisions[2].pseudonym, "L");
  EXPECT_NE(c.decisions[1].source.find("line"), std::string::npos);
  // What to_toml writes reads back as the same decisions.
  std::string again = kGood;
  for (const Decision& d : c.decisions) again += "\n" + to_toml(d, {"a comment", "two lines\nat most"});
  const CaseFile c2 = parse_case_file(again, "case.toml");
  ASSERT_EQ(c2.decisions.size(), 3u);
  for (std::size_t i = 0; i < 3; ++i) {
    EXPECT_EQ(c2.decisions[i].text, c.decisions[i].text);
    EXPECT_EQ(c2.decisions[i].context, c.decisions[i].context);
    EXPECT_EQ(c2.decisions[i].action, c.decisions[i].action);
    EXPECT_EQ(c2.decisions[i].subject, c.decisions[i].subject);
  }
}

TEST(CaseFile, RefusesDecisionsThatCannotBeHonoured) {
  const std::string base = "[[subject]]\nname = \"Natasha Okafor\"\npseudonym = \"N\"\n";
  EXPECT_NE(error_of(base + "[[decision]]\ntext = \"Mrs Okafor\"\nsubject = \"Q\"\n").find("not a subject"),
            std::string::npos);
  EXPECT_NE(error_of(base + "[[decision]]\ntext = \"Natasha Okafor\"\naction = \"keep\"\n").find("would keep"),
            std::string::npos);
  const std::string contradiction = error_of(base + "[[decision]]\ntext = \"Okafor\"\nsubject = \"N\"\n" +
                                             "[[decision]]\ntext = \"okafor\"\naction = \"place\"\n");
  EXPECT_NE(contradiction.find("contradicts the decision at line"), std::string::npos) << contradiction;
  EXPECT_EQ(contradiction.find("Okafor"), std::string::npos) << contradiction;
  // The same decision twice is no contradiction.
  EXPECT_EQ(error_of(base + "[[decision]]\ntext = \"Okafor\"\nsubject = \"N\"\n[[decision]]\ntext = \"Okafor\"\nsubject = "
                            "\"Natasha Okafor\"\n"),
            "");
  EXPECT_NE(error_of(base + "[[decision]]\ntext = \"Okafor\"\n").find("needs 'subject'"), std::string::npos);
  EXPECT_NE(error_of(base + "[[decision]]\ntext = \"Okafor\"\nsubject = \"N\"\naction = \"keep\"\n").find("both"),
            std::string::npos);
  EXPECT_NE(error_of(base + "[[decision]]\ntext = \"Lena\"\naction = \"subject\"\n").find("needs a 'pseudonym'"),
            std::string::npos);
  EXPECT_NE(error_of(base + "[[decision]]\ntext = \"Okafor\"\ncontext = \"the family\"\nsubject = \"N\"\n")
                .find("must contain"),
            std::string::npos);
}

TEST(CaseFile, SeveralFilesMergeInOrder) {
  test::TempDir dir;
  const std::string a = dir.write("case.toml", kGood);
  const std::string b = dir.write("decisions.toml",
                                  "[policy]\nages = \"keep\"\n[[decision]]\ntext = \"Heath Hayes\"\naction = \"place\"\n");
  const CaseFile c = load_case_files({a, b});
  EXPECT_EQ(c.subjects.size(), 3u);
  EXPECT_EQ(c.policy.ages, Policy::Ages::keep);           // the later file overrides
  EXPECT_EQ(c.policy.places, Policy::Places::county);     // what it does not say stays
  ASSERT_EQ(c.decisions.size(), 1u);
  EXPECT_NE(c.decisions[0].source.find("decisions.toml line 3"), std::string::npos) << c.decisions[0].source;
  const std::string bad = dir.write("bad.toml", "[[decision]]\ntext = \"X\"\nsubject = \"nobody\"\n");
  EXPECT_THROW(load_case_files({a, bad}), Error);
}

}  // namespace
}  // namespace dhr
