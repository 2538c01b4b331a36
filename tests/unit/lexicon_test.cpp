#include "detect/lexicon.h"

#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <string>

#include "dhr/detect.h"
#include "dhr/error.h"
#include "text/fold.h"

namespace dhr::detect {
namespace {

TEST(Lexicon, HandBuiltListsFoldTheirKeys) {
  Lexicon lex;
  lex.add_common_word("Rose");
  lex.add_given_name("Zoë", NameGender::female, 1200);
  lex.add_given_name("Tariq");
  lex.add_surname("O’Connell");
  lex.add_not_name("June");
  lex.add_agency_head("Hospital");
  lex.add_organisation_head("Academy", Category::school);
  lex.add_place({"Stoke-on-Trent", "Staffordshire", false, "city"});
  lex.add_place({"Staffordshire", "", true, ""});

  EXPECT_TRUE(lex.is_common_word("rose"));
  EXPECT_TRUE(lex.is_given_name("zoe"));
  ASSERT_NE(lex.given_name("zoe"), nullptr);
  EXPECT_EQ(lex.given_name("zoe")->gender, NameGender::female);
  EXPECT_EQ(lex.given_name("zoe")->count, 1200u);
  EXPECT_EQ(lex.given_name("tariq")->gender, NameGender::unknown);
  EXPECT_EQ(lex.given_name("rose"), nullptr);
  EXPECT_TRUE(lex.is_surname("o'connell"));
  EXPECT_TRUE(lex.is_not_name("june"));
  EXPECT_TRUE(lex.is_agency_head("hospital"));
  EXPECT_EQ(lex.organisation_head("academy"), Category::school);
  EXPECT_FALSE(lex.organisation_head("hospital").has_value());
  EXPECT_EQ(lex.given_name_count(), 2u);
}

TEST(Lexicon, PlacesMatchWithHyphensOrSpaces) {
  Lexicon lex;
  lex.add_place({"Stoke-on-Trent", "Staffordshire", false, "city"});
  lex.add_place({"Staffordshire", "", true, ""});
  lex.add_place({"Stone", "Staffordshire", false, "town"});
  lex.add_place({"Stone", "Kent", false, "town"});  // the first of a name wins
  for (const char* key : {"stoke-on-trent", "stoke on trent"}) {
    const Place* p = lex.place(key);
    ASSERT_NE(p, nullptr) << key;
    EXPECT_EQ(p->name, "Stoke-on-Trent");
    EXPECT_EQ(p->county, "Staffordshire");
  }
  ASSERT_NE(lex.place("staffordshire"), nullptr);
  EXPECT_TRUE(lex.place("staffordshire")->is_county);
  EXPECT_EQ(lex.place("staffordshire")->kind, "county");
  EXPECT_EQ(lex.place("stone")->county, "Staffordshire");
  EXPECT_EQ(lex.place("cannock"), nullptr);
}

TEST(Lexicon, MissingDataFolderNamesTheFile) {
  try {
    (void)Lexicon::load("/nonexistent-dhr-data");
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("common.txt"), std::string::npos);
  }
}

class RealLexicon : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    const auto t0 = std::chrono::steady_clock::now();
    lex_ = new Lexicon(Lexicon::load(find_data_dir()));
    load_ms_ = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  }
  static void TearDownTestSuite() { delete lex_; }
  static Lexicon* lex_;
  static double load_ms_;
};
Lexicon* RealLexicon::lex_ = nullptr;
double RealLexicon::load_ms_ = 0;

TEST_F(RealLexicon, LoadsEveryList) {
  RecordProperty("load_ms", std::to_string(load_ms_));
  std::printf("Lexicon::load: %.1f ms\n", load_ms_);
  // Printed for information only (bench/scan_bench.cpp measures it properly): a timing
  // assertion here would fail on a loaded machine or a sanitizer build.
  EXPECT_TRUE(lex_->is_given_name("margaret"));
}

TEST_F(RealLexicon, KnowsNamesWordsPlacesAndAgencies) {
  const Lexicon& lex = *lex_;
  for (const char* w : {"will", "rose", "grace", "hope", "baker", "wood", "young", "police", "review"})
    EXPECT_TRUE(lex.is_common_word(w)) << w;
  for (const char* w : {"tariq", "natasha", "zoe", "agnieszka", "will", "rose", "grace"}) EXPECT_TRUE(lex.is_given_name(w)) << w;
  EXPECT_EQ(lex.given_name("natasha")->gender, NameGender::female);
  EXPECT_EQ(lex.given_name("lewis")->gender, NameGender::male);
  for (const char* w : {"okafor", "whitlock", "kowalczyk", "mahmood"}) EXPECT_TRUE(lex.is_surname(w) || lex.is_given_name(w)) << w;
  EXPECT_FALSE(lex.is_common_word("tariq"));
  for (const char* w : {"june", "mr", "victim", "england"}) EXPECT_TRUE(lex.is_not_name(w)) << w;
  ASSERT_NE(lex.place("cannock"), nullptr);
  EXPECT_EQ(lex.place("cannock")->county, "Staffordshire");
  EXPECT_EQ(lex.place("longton")->county, "Staffordshire");
  EXPECT_EQ(lex.place("nuneaton")->county, "Warwickshire");
  ASSERT_NE(lex.place("west midlands"), nullptr);
  EXPECT_TRUE(lex.place("west midlands")->is_county);
  EXPECT_EQ(lex.place("stoke on trent")->kind, "city");
  EXPECT_TRUE(lex.is_agency_head("hospital"));
  EXPECT_EQ(lex.organisation_head("academy"), Category::school);
  bool clares_law = false, west_midlands_police = false;
  for (const std::string& p : lex.never_identifiers()) {
    clares_law = clares_law || p == "Clare's Law";
    west_midlands_police = west_midlands_police || p == "West Midlands Police";
  }
  EXPECT_TRUE(clares_law);
  EXPECT_TRUE(west_midlands_police);
}

// build.sh promises folded, sorted lists: the loader relies on both.
TEST(LexiconFiles, GeneratedListsAreFoldedAndSorted) {
  const std::string dir = find_data_dir() + "/dictionaries/";
  for (const char* file : {"words/common.txt", "names/given.txt", "names/surnames.txt"}) {
    std::ifstream in(dir + file, std::ios::binary);
    ASSERT_TRUE(in) << file;
    std::string line, previous;
    std::size_t n = 0, unfolded = 0, unsorted = 0;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      const std::string key = line.substr(0, line.find('\t'));
      if (unicode::fold(key) != key) ++unfolded;
      if (n > 0 && !(previous < key)) ++unsorted;
      previous = key;
      ++n;
    }
    EXPECT_GT(n, 1000u) << file;
    EXPECT_EQ(unfolded, 0u) << file;
    EXPECT_EQ(unsorted, 0u) << file;
  }
}

}  // namespace
}  // namespace dhr::detect

namespace dhr::detect {
namespace {

// The text a list is adopted from must be long enough to be kept (not copied word by word).
WordSet adopted(const std::string& lines) {
  WordSet set;
  std::string text = lines + std::string(64, '\n');
  std::vector<std::string_view> words;
  std::string_view rest = text;
  for (std::size_t nl; (nl = rest.find('\n')) != std::string_view::npos; rest.remove_prefix(nl + 1))
    if (nl > 0) words.push_back(rest.substr(0, nl));
  set.adopt(std::move(text), std::move(words));
  return set;
}

TEST(WordSet, FindsEveryAdoptedWordAndNothingElse) {
  std::string lines;
  for (int i = 0; i < 5000; ++i) lines += "word" + std::to_string(i * 7) + "\n";
  const WordSet set = adopted(lines);
  for (int i = 0; i < 5000; ++i) {
    EXPECT_TRUE(set.contains("word" + std::to_string(i * 7))) << i;
    EXPECT_FALSE(set.contains("word" + std::to_string(i * 7 + 1))) << i;
  }
  EXPECT_FALSE(set.contains(""));
  EXPECT_FALSE(set.contains("word"));
  EXPECT_FALSE(set.contains("word00"));
}

TEST(WordSet, SortedIndexIsTheFirstPositionInSortedOrder) {
  // Unsorted on purpose (a hand edit), with a repeat: positions are those after sorting.
  const WordSet set = adopted("okafor\nadeyemi\nzimmer\nokafor\nbrown\n");
  EXPECT_EQ(set.sorted_index("adeyemi"), 0);
  EXPECT_EQ(set.sorted_index("brown"), 1);
  EXPECT_EQ(set.sorted_index("okafor"), 2);  // the first of its two places
  EXPECT_EQ(set.sorted_index("zimmer"), 4);
  EXPECT_EQ(set.sorted_index("okafo"), -1);
  EXPECT_EQ(set.sorted_index("sørensen"), -1);
}

TEST(WordSet, HandAddedWordsAndAnEmptySet) {
  WordSet set;
  EXPECT_FALSE(set.contains("grace"));
  EXPECT_EQ(set.sorted_index("grace"), -1);
  set.insert("grace");
  EXPECT_TRUE(set.contains("grace"));
  EXPECT_EQ(set.sorted_index("grace"), -1);  // only adopted lists have positions
  EXPECT_TRUE(set.contains(std::string_view("graceful").substr(0, 5)));
}

}  // namespace
}  // namespace dhr::detect
