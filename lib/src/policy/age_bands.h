// Age bands that keep the legal thresholds (internal): under 16, 16 or 17, 18 or 19, then
// early (x0-x3), mid (x4-x6) and late (x7-x9) decades.
#pragma once

#include <string>
#include <string_view>

namespace dhr::policy {

// "her", "his" or "their".
using Pronoun = std::string_view;

// The rewritten phrase for an age finding, from its form ("<age>|<shape>[|<noun>]", see
// detect/age_detector.h), the original span text (for its article, label and capital)
// and the pronoun of the person. Keeps the phrase readable:
//   "aged 34" -> "in her mid-thirties"; "a 38 year old woman" -> "a woman in her late
//   thirties"; "aged 16" -> "aged 16 or 17"; "(71)" -> "(early seventies)".
std::string age_band_phrase(std::string_view form, std::string_view original, Pronoun pronoun);

// "late thirties", "mid-forties", "under 16", "16 or 17", "18 or 19" for an age in years.
std::string band_words(int age);

}  // namespace dhr::policy
