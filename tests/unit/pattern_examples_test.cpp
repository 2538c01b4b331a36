// Every example of every pattern file in patterns/: each `match` example yields a finding
// of its pattern with exactly the expected text (and, for a checked pattern, a `why` that
// says the check passed, or failed for the reason the example's `fails` gives), and each
// `no_match` example yields no finding of the pattern's category from any pattern (a
// phone no_match such as a year range must fool no phone pattern at all). Examples are
// scanned with the real dictionaries, as the detector runs.
#include <gtest/gtest.h>

#include <fmt/format.h>

#include "detect/lexicon.h"
#include "detect/pattern_detector.h"
#include "pattern_scan_helpers.h"

namespace dhr::detect {
namespace {

std::string data_dir() { return std::string(DHR_TESTDATA_DIR) + "/.."; }

const PatternDetector& detector() {
  static const PatternDetector d = PatternDetector::load(data_dir());
  return d;
}

// The dictionaries the detector runs with: checks consult them ("yr10 and" is no plate
// because "and" is a word).
const Lexicon& lexicon() {
  static const Lexicon l = Lexicon::load(data_dir());
  return l;
}

// Scans an example as one paragraph, or as a value cell beside its header cell.
std::vector<Finding> scan(const PatternDetector& d, const PatternExample& e) {
  test::ScanFixture f;
  f.shared_lexicon = &lexicon();
  if (e.header.empty()) f.add_paragraph(e.text);
  else f.add_table({{e.header, e.text}});
  std::vector<Finding> out;
  d.find(f.context(), out);
  return out;
}

std::string where(const PatternSpec& p, const PatternExample& e) {
  return fmt::format("{} line {} (pattern '{}'): \"{}\"", p.file, e.line, p.name, e.text);
}

TEST(PatternExamples, EveryPatternFileLoadsAndHasExamples) {
  const auto files = PatternDetector::pattern_files(data_dir());
  EXPECT_GE(files.size(), 6u);
  for (const PatternSpec& p : detector().specs()) {
    EXPECT_FALSE(p.match.empty()) << p.file << " line " << p.line << ": pattern '" << p.name << "' has no match example";
    EXPECT_FALSE(p.no_match.empty()) << p.file << " line " << p.line << ": pattern '" << p.name << "' has no no_match example";
  }
}

TEST(PatternExamples, MatchExamplesAreFoundExactly) {
  int checked = 0;
  for (const PatternSpec& p : detector().specs()) {
    // The pattern alone: where two patterns find the same text, the detector keeps only
    // the surer finding, and each pattern must still do what its examples say.
    const PatternDetector alone = PatternDetector::from_specs({p});
    for (const PatternExample& e : p.match) {
      const std::string expect = e.expect.empty() ? e.text : e.expect;
      const auto found = scan(alone, e);
      bool ok = false;
      std::string got;
      // A failed check still finds, and says so: an example that `fails` expects its
      // reason in `why`; any other example of a checked pattern expects the check passed.
      auto check_says = [&](const Finding& f) {
        const bool failed = f.why.find(": failed its check (") != std::string::npos;
        return e.fails.empty() ? !failed : failed && f.why.find(e.fails) != std::string::npos;
      };
      for (const Finding& f : found) {
        if (f.rule != "pattern:" + p.name) continue;
        got += (got.empty() ? "" : ", ") + ("\"" + f.text + "\" (" + f.why + ")");
        ok = ok || (f.text == expect && f.category == p.category && check_says(f));
      }
      EXPECT_TRUE(ok) << where(p, e) << "\n  expected \"" << expect << "\""
                      << (e.fails.empty() ? std::string(p.validate.empty() ? "" : ", its check passed")
                                          : ", its check failed (" + e.fails + ")")
                      << ", found: " << (got.empty() ? "nothing" : got);
      ++checked;
    }
  }
  EXPECT_GT(checked, 50);
}

TEST(PatternExamples, NoMatchExamplesFoolNoPatternOfTheCategory) {
  for (const PatternSpec& p : detector().specs()) {
    for (const PatternExample& e : p.no_match) {
      for (const Finding& f : scan(detector(), e))
        EXPECT_NE(f.category, p.category) << where(p, e) << "\n  but " << f.rule << " found \"" << f.text << "\"";
    }
  }
}

}  // namespace
}  // namespace dhr::detect
