// Reading pattern files and loading the detector: the format, and errors that name the
// file and line without RE2 writing anything to stderr.
#include <gtest/gtest.h>

#include "detect/pattern_detector.h"
#include "detect/pattern_file.h"
#include "dhr/error.h"
#include "pattern_scan_helpers.h"
#include "test_files.h"

namespace dhr::detect {
namespace {

const char* kGood = R"(
[lists]
colour = ["Red", "Green", "Blue Green"]

[define]
code = '{{colour}}-\d{3}'

[[pattern]]
name = "colour_code"
category = "URL"
regex = '\b(?P<id>{{code}})\b'
group = "id"
confidence = 0.7
why = "test"
context.raise = ["code"]
context.exclude = ["not"]
examples.match = ["Red-123", { text = "the code Blue Green-456 here", expect = "Blue Green-456" }]
examples.no_match = ["Purple-123"]
)";

// The message of the dhr::Error that parsing `text` throws ("" when none).
std::string error_of(const std::string& text) {
  try {
    PatternDetector::from_specs(parse_pattern_texts({{"my.toml", text}}));
  } catch (const Error& e) {
    EXPECT_EQ(e.path(), "my.toml");
    return e.message();
  }
  return {};
}

TEST(PatternFile, ReadsListsDefinitionsContextAndExamples) {
  const auto specs = parse_pattern_texts({{"my.toml", kGood}});
  ASSERT_EQ(specs.size(), 1u);
  const PatternSpec& p = specs[0];
  EXPECT_EQ(p.name, "colour_code");
  EXPECT_EQ(p.form, "colour_code");  // defaults to the name
  EXPECT_EQ(p.category, Category::url);
  EXPECT_EQ(p.group_name, "id");
  EXPECT_NE(p.regex.find("Blue\\ Green|Green"), std::string::npos);  // longest first
  EXPECT_EQ(p.line, 8);
  EXPECT_EQ(p.context.raise, std::vector<std::string>{"code"});
  ASSERT_EQ(p.match.size(), 2u);
  EXPECT_EQ(p.match[1].expect, "Blue Green-456");
  EXPECT_EQ(p.no_match.size(), 1u);
}

TEST(PatternFile, ErrorsNameTheFileAndLine) {
  EXPECT_EQ(error_of("[[pattern]]\nname = 'x'\ncategory = 'URL'\nregex = 'a('\nconfidence = 0.5\nwhy = 'w'\n"),
            "line 4: pattern 'x': regex rejected by RE2: missing ): a(");
  EXPECT_EQ(error_of("[[pattern]]\nname = 'x'\ncategory = 'URL'\nregex = 'a'\nconfidence = 0.5\nwhy = 'w'\ncolour = 1\n"),
            "line 7: unknown key 'colour' in [[pattern]]");
  EXPECT_EQ(error_of("[[pattern]]\nname = 'x'\ncategory = 'SHOE_SIZE'\nregex = 'a'\nconfidence = 0.5\nwhy = 'w'\n"),
            "line 3: 'SHOE_SIZE' is not a category patterns can find");
  EXPECT_EQ(error_of("[[pattern]]\nname = 'x'\ncategory = 'URL'\nregex = '{{nothing}}'\nconfidence = 0.5\nwhy = 'w'\n"),
            "line 4: '{{nothing}}' is neither a list nor a definition");
  EXPECT_EQ(error_of("[[pattern]]\nname = 'x'\ncategory = 'URL'\nregex = 'a'\nconfidence = 0.5\nwhy = 'w'\nvalidate = 'luhn'\n"),
            "line 7: no check named 'luhn' (there are: nhs_mod11, ni_prefix, uk_phone, uk_postcode, vehicle_plate, "
            "vehicle_age, date, date_of_death, address_town)");
  EXPECT_EQ(error_of("[[pattern]]\nname = 'x'\ncategory = 'URL'\nregex = 'a'\nconfidence = 0.5\nwhy = 'w'\ncheck_lower_by = 0.2\n"),
            "line 7: 'check_lower_by' needs a check ('validate')");
  EXPECT_EQ(error_of("[[pattern]]\nname = 'x'\ncategory = 'URL'\nregex = 'a'\nconfidence = 0.5\nwhy = 'w'\n"
                     "validate = 'nhs_mod11'\ncheck_lower_by = 2\n"),
            "line 8: 'check_lower_by' must be in [0, 1]");
  EXPECT_EQ(error_of("[[pattern]]\nname = 'x'\ncategory = 'URL'\nregex = 'a'\nconfidence = 0.5\nwhy = 'w'\n"
                     "examples.match = [{ text = 'a', fails = 'digit' }]\n"),
            "line 7: an example that 'fails' needs a check ('validate')");
  EXPECT_EQ(error_of("[[pattern]]\nname = 'x'\ncategory = 'URL'\nregex = '(a)'\ngroup = 2\nconfidence = 0.5\nwhy = 'w'\n"),
            "line 1: pattern 'x': group 2 but the regex has 1 capture(s)");
  EXPECT_EQ(error_of("[[pattern]]\nname = 'x'\ncategory = 'URL'\nregex = 'a'\nconfidence = 2\nwhy = 'w'\n"),
            "line 5: 'confidence' must be in (0, 1]");
  EXPECT_EQ(error_of("[[pattern]]\nname = 'x'\ncategory = 'URL'\nconfidence = 0.5\nwhy = 'w'\n"), "line 1: pattern without 'regex'");
  EXPECT_EQ(error_of("[define]\na = '{{b}}'\nb = '{{a}}'\n[[pattern]]\nname = 'x'\ncategory = 'URL'\nregex = '{{a}}'\nconfidence = 0.5\nwhy = 'w'\n"),
            "line 7: definitions refer to each other in a loop");
  EXPECT_EQ(error_of("[[pattern]]\nname = 'x'\ncategory = 'URL'\nregex = 'a'\nconfidence = 0.5\nwhy = 'w'\n"
                     "[[pattern]]\nname = 'x'\ncategory = 'URL'\nregex = 'b'\nconfidence = 0.5\nwhy = 'w'\n"),
            "line 7: pattern name 'x' is used twice");
  EXPECT_EQ(error_of("[[pattern]]\nname = 'x'\ncategory = 'URL'\nregex = 'a'\nconfidence = 0.5\nwhy = 'w'\n"
                     "examples.match = [{ text = 'abc', expect = 'z' }]\n"),
            "line 7: the expected identifier is not part of the example's text");
  EXPECT_EQ(error_of("[[pattern]]\nname = 'x'\ncategory = 'URL'\nregex = 'a'\nconfidence = 0.5\nwhy = 'w'\ncontext.required = true\n"),
            "line 7: context.required needs context.raise words");
  EXPECT_TRUE(error_of("[[pattern]\nname = 'x'\n").starts_with("line 1: not valid TOML"));
}

TEST(PatternFile, Re2WritesNothingToStderr) {
  testing::internal::CaptureStderr();
  EXPECT_FALSE(error_of("[[pattern]]\nname = 'x'\ncategory = 'URL'\nregex = '(?P<a>x)(?P<a>y)[z'\nconfidence = 0.5\nwhy = 'w'\n").empty());
  EXPECT_FALSE(error_of("[[pattern]]\nname = 'x'\ncategory = 'URL'\nregex = 'a'\nconfidence = 0.5\nwhy = 'w'\nreject = '(?<=x)'\n").empty());
  EXPECT_EQ(testing::internal::GetCapturedStderr(), "");
}

TEST(PatternFile, LoadAddsTheUsersFilesAfterTheDataDir) {
  test::TempDir dir;
  std::filesystem::create_directories(dir.path() / "patterns");
  dir.write("patterns/a.toml", kGood);
  const std::string extra = dir.write("mine.toml", R"(
[[pattern]]
name = "case_ref"
category = "URL"
regex = '\bCASE-{{colour}}\b'
confidence = 0.6
why = "uses a list from another file"
examples.match = ["CASE-Red"]
examples.no_match = ["CASE-Pink"]
)");
  const auto d = PatternDetector::load(dir.path().string(), {extra});
  ASSERT_EQ(d.specs().size(), 2u);
  EXPECT_EQ(d.specs()[1].name, "case_ref");
  EXPECT_EQ(d.specs()[1].file, extra);

  // A bad user file is reported by its own name.
  const std::string bad = dir.write("bad.toml", "[[pattern]]\nname = 'y'\ncategory = 'URL'\nregex = '['\nconfidence = 0.5\nwhy = 'w'\n");
  try {
    PatternDetector::load(dir.path().string(), {bad});
    FAIL() << "a bad regex must throw";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::corrupt);
    EXPECT_EQ(e.path(), bad);
    EXPECT_NE(std::string(e.what()).find("line 4"), std::string::npos);
  }
  // No pattern files at all.
  test::TempDir empty;
  EXPECT_THROW(PatternDetector::load(empty.path().string()), Error);
}

TEST(PatternFile, ContextRaisesRequiresAndExcludes) {
  const auto d = PatternDetector::from_specs(parse_pattern_texts({{"my.toml", kGood}}));
  auto scan = [&](const std::string& text) {
    auto f = test::ScanFixture::paragraphs({text});
    std::vector<Finding> out;
    d.find(f->context(), out);
    return out;
  };
  auto plain = scan("Red-123");
  ASSERT_EQ(plain.size(), 1u);
  EXPECT_DOUBLE_EQ(plain[0].confidence, 0.7);
  EXPECT_EQ(plain[0].rule, "pattern:colour_code");
  auto raised = scan("the code is Red-123");
  ASSERT_EQ(raised.size(), 1u);
  EXPECT_DOUBLE_EQ(raised[0].confidence, 0.75);
  EXPECT_EQ(raised[0].why, "test (near 'code')");
  EXPECT_TRUE(scan("this is not Red-123").empty());
  // Findings point at the original text, whatever folding changed before them.
  auto moved = scan("Zo\xC3\xAB\xE2\x80\x99s Red-123");
  ASSERT_EQ(moved.size(), 1u);
  EXPECT_EQ(moved[0].text, "Red-123");
  EXPECT_EQ(moved[0].begin, 9u);
}

// A failed check keeps the finding, less sure and saying why; a check that finds no
// identifier drops it; check_lower_by as high as the confidence drops failures too.
TEST(PatternFile, FailedChecksStillFindAndSaySo) {
  const std::string file = R"([[pattern]]
name = "nhs"
category = "NHS_NUMBER"
regex = '(?P<n>\d{3} \d{3} \d{4})'
group = "n"
confidence = 0.85
validate = "nhs_mod11"
check_lower_by = 0.25
why = "NHS number"
context.raise = ["nhs"]
context.raise_by = 0.1

[[pattern]]
name = "strict_nhs"
category = "NHS_NUMBER"
regex = '(?P<n>\d{3}-\d{3}-\d{4})'
group = "n"
confidence = 0.85
validate = "nhs_mod11"
check_lower_by = 0.85
why = "NHS number"
)";
  const auto d = PatternDetector::from_specs(parse_pattern_texts({{"my.toml", file}}));
  auto scan = [&](const std::string& text) {
    auto f = test::ScanFixture::paragraphs({text});
    std::vector<Finding> out;
    d.find(f->context(), out);
    return out;
  };
  auto valid = scan("943 476 5919");
  ASSERT_EQ(valid.size(), 1u);
  EXPECT_DOUBLE_EQ(valid[0].confidence, 0.85);
  EXPECT_EQ(valid[0].why, "NHS number");
  auto wrong = scan("NHS 943 476 5918");
  ASSERT_EQ(wrong.size(), 1u);
  EXPECT_DOUBLE_EQ(wrong[0].confidence, 0.7);  // 0.85 - 0.25, then + 0.1 for the context word
  EXPECT_EQ(wrong[0].why,
            "NHS number (near 'NHS'): failed its check (modulus-11 check digit does not match): removed anyway");
  EXPECT_TRUE(scan("012 345 6788").empty());   // a phone's shape: not an NHS number at all
  EXPECT_TRUE(scan("943-476-5918").empty());   // check_lower_by = confidence: failures dropped
  EXPECT_EQ(scan("943-476-5919").size(), 1u);
}

// A longer finding of one category contains a shorter one of it: the longer stays.
TEST(PatternFile, ALongerFindingOfTheCategoryWinsOverOneInside) {
  const std::string file = R"([[pattern]]
name = "short"
category = "PHONE"
regex = '(?P<p>07\d{3} \d{6})'
group = "p"
confidence = 0.95
why = "short"

[[pattern]]
name = "long"
category = "PHONE"
regex = '(?P<p>07\d{3} \d{6}\d?)'
group = "p"
confidence = 0.6
why = "long"
)";
  const auto d = PatternDetector::from_specs(parse_pattern_texts({{"my.toml", file}}));
  auto f = test::ScanFixture::paragraphs({"call 07700 9001234 now"});
  std::vector<Finding> out;
  d.find(f->context(), out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].text, "07700 9001234");
  EXPECT_EQ(out[0].rule, "pattern:long");
}

TEST(PatternFile, ContextReachesIntoTheNeighbouringBlock) {
  const auto d = PatternDetector::load(std::string(DHR_TESTDATA_DIR) + "/..");
  auto f = test::ScanFixture::paragraphs({"he gave his National Insurance number as", "QQ 21 20 82 C."});
  std::vector<Finding> out;
  d.find(f->context(), out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].category, Category::ni_number);
  EXPECT_EQ(out[0].block, 1u);
  EXPECT_EQ(out[0].text, "QQ 21 20 82 C");
}

}  // namespace
}  // namespace dhr::detect

namespace dhr::detect {
namespace {

// RE2 keeps each pattern linear; this checks that nothing around the patterns (checks,
// context windows, de-duplication) undoes that on text made to provoke them: a quadratic
// pass would run into ctest's time limit, so finishing (with every match) is the check.
TEST(PatternFile, HostileInputCompletes) {
  const auto d = PatternDetector::load(std::string(DHR_TESTDATA_DIR) + "/..");
  std::string text;
  for (int i = 0; i < 20000; ++i)
    text += "14 Station Road, Cannock Mr A B C WS11 1AB 07700 900123 @a.b x@y.zz 999 738 9549 born 1 May 1990 ";
  auto f = test::ScanFixture::paragraphs({text, std::string(500000, '7'), std::string(500000, '@')});
  std::vector<Finding> out;
  d.find(f->context(), out);
  EXPECT_GE(out.size(), 20000u * 6);
}

}  // namespace
}  // namespace dhr::detect

namespace dhr::detect {
namespace {

TEST(PatternFile, TableHeadersAlsoLabelTablesReadOneCellPerLine) {
  const auto d = PatternDetector::load(std::string(DHR_TESTDATA_DIR) + "/..");
  auto dobs = [&](const std::vector<std::string>& lines) {
    auto f = test::ScanFixture::paragraphs(lines);
    std::vector<Finding> out;
    d.find(f->context(), out);
    std::vector<std::string> got;
    for (const Finding& x : out)
      if (x.category == Category::dob) got.push_back(x.text);
    return got;
  };
  // Seed 001: the subjects' table as plain text, one cell per line.
  EXPECT_EQ(dobs({"Relationship", "Friend/ partner", "Date of Birth", "1954", "1981", "Date of Death", "June 2015"}),
            (std::vector<std::string>{"1954", "1981"}));
  EXPECT_EQ(dobs({"Date of Birth", "11/06/1954", "22/03/1981"}), (std::vector<std::string>{"11/06/1954", "22/03/1981"}));
  EXPECT_TRUE(dobs({"Relationship", "1954"}).empty());
  EXPECT_TRUE(dobs({"Date of Birth", "The review considered agency contact over many years before the homicide.", "1954"}).empty());
}

}  // namespace
}  // namespace dhr::detect
