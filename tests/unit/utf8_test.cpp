#include "text/utf8.h"

#include <gtest/gtest.h>

namespace dhr::unicode {
namespace {

TEST(Utf8, FindsInvalidSequences) {
  EXPECT_TRUE(is_valid_utf8("plain ASCII"));
  EXPECT_TRUE(is_valid_utf8("Zo\xC3\xAB \xE2\x80\x99 \xF0\x9F\x98\x80"));
  EXPECT_EQ(find_invalid_utf8("ab\xFFz"), 2u);
  EXPECT_EQ(find_invalid_utf8("ab\xC0\xAF"), 2u);            // overlong '/'
  EXPECT_EQ(find_invalid_utf8("\xED\xA0\x80"), 0u);          // a surrogate
  EXPECT_EQ(find_invalid_utf8("x\xE2\x80"), 1u);             // truncated
  EXPECT_EQ(find_invalid_utf8("\xF4\x90\x80\x80"), 0u);      // above U+10FFFF
}

TEST(Utf8, RepairReplacesEachBadByte) {
  EXPECT_EQ(repair_utf8("a\xFF" "b"), "a\xEF\xBF\xBD" "b");
}

TEST(Utf8, Nfc) {
  EXPECT_TRUE(is_nfc("Zo\xC3\xAB"));
  EXPECT_FALSE(is_nfc("Zoe\xCC\x88"));
  EXPECT_EQ(to_nfc("Zoe\xCC\x88"), "Zo\xC3\xAB");
}

TEST(Utf8, AppendAndCount) {
  std::string s;
  append_utf8(s, U'Z');
  append_utf8(s, U'\u00EB');
  append_utf8(s, U'\u2019');
  append_utf8(s, U'\U0001F600');
  EXPECT_EQ(s, "Z\xC3\xAB\xE2\x80\x99\xF0\x9F\x98\x80");
  EXPECT_EQ(code_point_count(s), 4u);
}

}  // namespace
}  // namespace dhr::unicode
