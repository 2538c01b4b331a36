// Reading pattern files (internal): patterns/*.toml and the user's own, into plain specs.
//
// The format is documented in patterns/README.md. In short, each file holds
//   [lists]     name = ["Road", "Street", ...]     words, matched literally
//   [define]    name = 'regex fragment'            reusable pieces of regex
//   [[pattern]] name, category, regex, group, form, confidence, why, validate, check_lower_by, reject,
//               table_header, context.*, examples.*
// and a pattern's regex may use {{name}} for any list or definition of any loaded file.
// Reading checks everything it can without compiling (keys, types, categories, names);
// pattern_detector.cpp compiles the expanded regexes and reports what RE2 rejects, with
// the same file and line.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "dhr/finding.h"

namespace dhr::detect {

// One example of a pattern file: text to scan as one block (or as a table cell under a
// header cell `header`), and for a match the identifier expected (the whole text if empty).
struct PatternExample {
  std::string text;
  std::string expect;
  std::string header;
  std::string fails;  // a match whose check fails: words of the reason its `why` must give
  int line = 0;
};

struct PatternContext {
  int before = 60;  // bytes of text before the identifier searched for context words
  int after = 60;   // ... and after it
  std::vector<std::string> raise;    // nearby: confidence + raise_by
  std::vector<std::string> lower;    // nearby: confidence - lower_by
  std::vector<std::string> exclude;  // nearby: no finding at all
  bool required = false;             // no `raise` word nearby: no finding
  double raise_by = 0.05;
  double lower_by = 0.3;
};

struct PatternSpec {
  std::string file;  // the pattern file it came from
  int line = 0;      // line of its [[pattern]] entry
  int regex_line = 0;
  std::string name;
  Category category = Category::url;
  std::string form;       // Finding::form; defaults to name
  std::string regex;      // with {{...}} expanded
  int group = 0;          // which capture is the identifier (0: the whole match) ...
  std::string group_name; // ... or its name, when given as a string
  double confidence = 0.8;
  std::string why;
  std::string validate;      // a named check (pattern_checks.h); empty: none
  double check_lower_by = 0.3;  // confidence taken off when the check fails (a finding still)
  std::string reject;        // regex (expanded): an identifier matching it is no finding
  std::string table_header;  // regex (expanded): only table cells whose header cell matches
  PatternContext context;
  std::vector<PatternExample> match;
  std::vector<PatternExample> no_match;
};

// The word lists of the files' [lists] sections, by name, words as written: other rules
// use them too ("street_type": the keep rule for street names, the learned streets), so
// that one list says what a street is.
using PatternLists = std::map<std::string, std::vector<std::string>>;

// Reads the files in order. Throws dhr::Error (kind corrupt, naming the file and line)
// for invalid TOML, an unknown key, a missing or mistyped value, an unknown category or
// check, a duplicate pattern name, or an undefined {{name}}. `lists`, if given, receives
// the word lists.
std::vector<PatternSpec> read_pattern_files(const std::vector<std::string>& paths, PatternLists* lists = nullptr);

// The same from texts already read: pairs of (path used in messages, TOML text).
std::vector<PatternSpec> parse_pattern_texts(const std::vector<std::pair<std::string, std::string>>& files,
                                             PatternLists* lists = nullptr);

}  // namespace dhr::detect
