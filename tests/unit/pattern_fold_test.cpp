// The case-preserving fold that patterns scan (text/fold.h, FoldOptions::keep_case).
#include <gtest/gtest.h>

#include "text/fold.h"

namespace dhr::unicode {
namespace {

TEST(PatternFold, KeepCaseFoldsEverythingButCase) {
  const FoldOptions keep{.keep_case = true};
  EXPECT_EQ(fold("Zo\xC3\xAB O\xE2\x80\x99" "Connell\xE2\x80\x93Smith", keep), "Zoe O'Connell-Smith");
  EXPECT_EQ(fold("WS11\xC2\xA0" "1AB", keep), "WS11 1AB");                 // no-break space
  EXPECT_EQ(fold("07700\xE2\x80\x93" "900123", keep), "07700-900123");      // en dash
  EXPECT_EQ(fold("Sta\xC2\xADtion Road", keep), "Station Road");             // soft hyphen
  EXPECT_EQ(fold("\xC3\x89MILE", keep), "EMILE");                          // accent gone, capital kept
  // The default is unchanged: case folded.
  EXPECT_EQ(fold("WS11 1AB"), "ws11 1ab");
}

TEST(PatternFold, KeepCaseOffsetsMapBack) {
  const std::string original = "Flat 2,\xC2\xA0" "31 Mill Lane, Cannock \xE2\x80\x93 WS11 1AB";
  const FoldedText f(original, FoldOptions{.keep_case = true});
  EXPECT_EQ(f.text(), "Flat 2, 31 Mill Lane, Cannock - WS11 1AB");
  const auto pc = static_cast<std::uint32_t>(f.text().find("WS11"));
  const auto [b, e] = f.original_range(pc, pc + 8);
  EXPECT_EQ(original.substr(b, e - b), "WS11 1AB");
  const auto dash = static_cast<std::uint32_t>(f.text().find('-'));
  const auto [db, de] = f.original_range(dash, dash + 1);
  EXPECT_EQ(original.substr(db, de - db), "\xE2\x80\x93");
}

}  // namespace
}  // namespace dhr::unicode
