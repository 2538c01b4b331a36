// One pattern ready to run (internal): its spec with every regex compiled by RE2.
#pragma once

#include <map>
#include <memory>
#include <string>

#include <re2/re2.h>

#include "detect/pattern_checks.h"
#include "detect/pattern_file.h"

namespace dhr::detect {

// The RE2 options every pattern uses: UTF-8, no logging to stderr (errors are reported
// as dhr::Error with file and line instead), and room for large word-list alternations.
RE2::Options pattern_re2_options();

// "(?i)(?:^|[^a-z0-9])(w1|w2|...)(?:[^a-z0-9]|$)": any of the phrases as whole words,
// case-insensitively; empty when there are none.
std::string whole_words_regex(const std::vector<std::string>& phrases);

struct CompiledPattern {
  PatternSpec spec;
  std::unique_ptr<RE2> re;
  int group = 0;  // capture index of the identifier
  int groups = 0; // number of captures
  std::map<std::string, int> named;  // named captures, for checks
  Check check = nullptr;
  std::unique_ptr<RE2> reject, header, raise, lower, exclude;  // null when not given

  // Compiles spec; throws dhr::Error (corrupt, naming the file and line) when RE2
  // rejects a regex or the group does not exist.
  explicit CompiledPattern(PatternSpec s);
};

}  // namespace dhr::detect
