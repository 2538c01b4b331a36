// One rule, one place: "is this a name to keep" is decided by detect/keep_rules.h for
// detection and for verification alike. Each adversarial case runs through both: the
// detector on the text, and verification's raw check on a file holding the same text as
// if it were an output. They must agree: a subject's name word verification refuses is one
// detection finds, and one detection keeps is one verification accepts, with a reason.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "dhr/case_file.h"
#include "dhr/detect.h"
#include "test_files.h"
#include "verify/verify_output.h"

namespace dhr {
namespace {

const Detector& detector() {
  static const Detector d;
  return d;
}

struct Case {
  const char* what;
  const char* case_toml;
  const char* text;
  const char* word;  // the subject's word in question
  bool kept;         // true: detection keeps it and verification accepts it
};

constexpr const char* kGeorge = R"([[subject]]
name = "George Smith"
role = "child"
pseudonym = "S1"
)";
constexpr const char* kClare = R"([[subject]]
name = "Clare Hughes"
role = "family"
pseudonym = "R"
)";
constexpr const char* kSandhu = R"([[subject]]
name = "Priya Sandhu"
role = "victim"
gender = "female"
pseudonym = "N"
[[professional]]
name = "Kam Sandhu"
role = "Independent Chair"
)";
constexpr const char* kLeeson = R"([[subject]]
name = "Sam Leeson"
role = "perpetrator"
pseudonym = "Z"
[[professional]]
name = "Sam Lee"
role = "Panel member"
)";
constexpr const char* kBarnack = R"([[subject]]
name = "Dorothy Barnack"
role = "victim"
pseudonym = "N"
)";
constexpr const char* kWhitley = R"([[subject]]
name = "John Whitley"
role = "perpetrator"
pseudonym = "Z"
)";
constexpr const char* kTariq = R"([[subject]]
name = "Tariq Mahmood"
role = "victim"
pseudonym = "N"
)";
constexpr const char* kGazzard = R"([[subject]]
name = "Hollie Gazzard"
role = "victim"
pseudonym = "N"
)";
constexpr const char* kHall = R"([[subject]]
name = "Mary Hall"
role = "victim"
pseudonym = "N"
)";
constexpr const char* kLukasz = R"([[subject]]
name = "Łukasz Nowak"
role = "perpetrator"
pseudonym = "Z"
)";
constexpr const char* kAshworth = R"([[subject]]
name = "Zoe Ashworth-Hale"
role = "victim"
pseudonym = "N"
)";

const Case kCases[] = {
    {"a hospital named after a person", kGeorge, "He was born at the George Eliot Hospital in 2010.", "George", true},
    {"a law named after a person", kClare, "She made a Clare's Law application in 2019.", "Clare", true},
    {"a law in capitals", kClare, "THE CLARE'S LAW DISCLOSURE WAS MADE LATE.", "CLARE", true},
    {"a professional's title and surname", kSandhu, "The review met the family. Dr Sandhu chaired it.", "Sandhu", true},
    {"the subject's own title and surname", kSandhu, "Mrs Sandhu was seen by her GP in May.", "Sandhu", false},
    {"one name inside another", kLeeson, "Sam Lee attended. The panel heard that Leeson was arrested.", "Leeson", false},
    {"a town after 'in'", kBarnack, "They lived at an address in Barnack.", "Barnack", true},
    {"the surname as a person", kBarnack, "Mrs Barnack called the police in March.", "Barnack", false},
    {"a street named with the surname", kWhitley, "Police were called to Whitley Road.", "Whitley", true},
    {"the name before an agency is still a name", kTariq, "Following the death of Tariq the Independent Police Complaints Commission began.", "Tariq", false},
    {"a charity in the subject's whole name", kGazzard, "Her family founded the Hollie Gazzard Trust.", "Gazzard", false},
    {"a surname that is an institution word", kHall, "Mary Hall was seen at the surgery.", "Hall", false},
    {"a non-ASCII first name", kLukasz, "Łukasz left the house at ten.", "Łukasz", false},
    {"a hyphenated surname", kAshworth, "Police spoke to Ashworth-Hale at the door.", "Ashworth", false},
};

void PrintTo(const Case& c, std::ostream* os) { *os << c.what; }

class KeepRuleAgreement : public ::testing::TestWithParam<Case> {};

TEST_P(KeepRuleAgreement, DetectionAndVerificationAgree) {
  const Case& c = GetParam();
  CaseFile cf = parse_case_file(c.case_toml, "case.toml");
  const CaseFile effective = cf;

  // Detection: is the word inside a person finding of the subject?
  Document doc;
  Block b;
  b.text = c.text;
  doc.blocks.push_back(b);
  const std::string text = c.text;
  const std::size_t at = text.find(c.word);
  ASSERT_NE(at, std::string::npos);
  bool found = false;
  for (const Finding& f : detector().scan(doc, &effective))
    if (f.category == Category::person && !f.subject.empty() && f.begin <= at && f.end >= at + std::string(c.word).size())
      found = true;
  EXPECT_EQ(found, !c.kept) << c.what << ": detection " << (found ? "finds" : "keeps") << " the word";

  // Verification's raw check on the same text as an output.
  test::TempDir dir;
  const std::string out = dir.write("out.txt", text);
  const Verification v = verify::verify_output(out, effective, Plan{}, detector());
  bool raw_survivor = false;
  for (const Survivor& s : v.survivors)
    if (s.check == "raw") raw_survivor = true;
  bool accepted = false;
  for (const Accepted& a : v.accepted) accepted = accepted || !a.reason.empty();
  if (c.kept) {
    EXPECT_FALSE(raw_survivor) << c.what << ": verification refuses what detection keeps";
    EXPECT_TRUE(v.clean()) << c.what;
  } else {
    EXPECT_FALSE(v.clean()) << c.what << ": verification accepts what detection finds";
  }
  // Every survivor's message masks the name.
  for (const Survivor& s : v.survivors) EXPECT_EQ(s.context.find(c.word), std::string::npos) << s.context;
  // What is accepted says why.
  if (c.kept && !raw_survivor && !v.accepted.empty()) {
    EXPECT_TRUE(accepted) << c.what;
  }
}

INSTANTIATE_TEST_SUITE_P(Cases, KeepRuleAgreement, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<Case>& info) { return "case_" + std::to_string(info.index); });

}  // namespace
}  // namespace dhr
