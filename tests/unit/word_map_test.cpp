// WordMap: the lexicon's open-addressing table of folded words.
#include "detect/word_map.h"

#include <gtest/gtest.h>

#include <string>

namespace dhr::detect {
namespace {

TEST(WordMap, FindsWhatWasAddedAndNothingElse) {
  WordMap<int> map;
  EXPECT_EQ(map.find("stafford"), nullptr);  // empty: no index yet
  for (int i = 0; i < 5000; ++i) map.try_emplace("word" + std::to_string(i), i);  // grows many times
  EXPECT_EQ(map.size(), 5000u);
  for (int i = 0; i < 5000; ++i) {
    const int* v = map.find("word" + std::to_string(i));
    ASSERT_NE(v, nullptr) << i;
    EXPECT_EQ(*v, i);
  }
  EXPECT_EQ(map.find("word5000"), nullptr);
  EXPECT_EQ(map.find(""), nullptr);
  EXPECT_FALSE(map.contains("word"));
}

TEST(WordMap, TheFirstValueOfAKeyStays) {
  WordMap<std::string> map;
  map.try_emplace("stoke on trent", "city");
  EXPECT_EQ(map.try_emplace("stoke on trent", "town"), "city");
  EXPECT_EQ(map.size(), 1u);
  map.try_emplace("", "empty key");  // a key like any other
  ASSERT_NE(map.find(""), nullptr);
  EXPECT_EQ(*map.find(""), "empty key");
}

}  // namespace
}  // namespace dhr::detect
