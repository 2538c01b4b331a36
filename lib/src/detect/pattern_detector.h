// Structured identifiers found by the RE2 patterns of patterns/*.toml (internal).
//
//   auto patterns = PatternDetector::load(data_dir, {"my_patterns.toml"});
//   patterns.find(ctx, findings);
//
// Postcodes, phone numbers, e-mail addresses, NHS and National Insurance numbers, vehicle
// registrations, dates of birth and death, street addresses, URLs and social-media
// handles are data, not code: each pattern file says what to match, which capture is the
// identifier, how sure a match is, what nearby words raise or lower that, which named
// check (pattern_checks.h) it is put to, and examples that tests run (patterns/README.md).
// A failed check (a wrong check digit, a digit missing) still finds, with confidence
// lowered by the pattern's check_lower_by and a `why` ending "failed its check (...):
// removed anyway"; a check that says the text is no such identifier drops the match.
//
// Patterns see each block's text folded with its case kept (text/fold.h: dashes made
// '-', every space ' ', curly quotes straight, soft hyphens gone), so "07700–900123" with
// an en dash or "WS11 1AB" with a no-break space match like plain text; findings point at
// the original text. All regexes run under RE2: linear time whatever the input, so a
// hostile document cannot stall a scan. One RE2::Set pass over a block tells which
// patterns can match at all; only those run, which keeps a scan fast as patterns grow.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "detect/pattern_file.h"
#include "detect/scan_context.h"

namespace dhr::detect {

class PatternDetector {
 public:
  // Loads every *.toml of data_dir/patterns (in name order), then extra_files. Throws
  // dhr::Error naming the file and line of a bad pattern file or a regex RE2 rejects,
  // and not_found when data_dir/patterns holds no pattern file.
  static PatternDetector load(const std::string& data_dir, const std::vector<std::string>& extra_files = {});

  // From specs already read (tests, tools). Throws like load().
  static PatternDetector from_specs(std::vector<PatternSpec> specs);

  PatternDetector(PatternDetector&&) noexcept;
  PatternDetector& operator=(PatternDetector&&) noexcept;
  ~PatternDetector();

  // Appends a finding for every match in every scanned block; rule "pattern:<name>",
  // form the pattern's form. Thread-safe.
  void find(const ScanContext& ctx, std::vector<Finding>& out) const;

  const std::vector<PatternSpec>& specs() const;
  // A word list of the loaded pattern files ("street_type"), or null when none is so named.
  const std::vector<std::string>* list(const std::string& name) const;

  // The pattern files load() reads for a data dir: data_dir/patterns/*.toml, sorted.
  static std::vector<std::string> pattern_files(const std::string& data_dir);

 private:
  struct Impl;
  explicit PatternDetector(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace dhr::detect
