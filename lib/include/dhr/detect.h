// dhr/detect.h — find every identifier in a Document.
//
//   dhr::Detector detector;                       // loads patterns/ and dictionaries/ once
//   auto findings = detector.scan(doc, &case_file);  // or nullptr: no case file
//
// Three kinds of detection run together: the case subjects in every form a report uses
// (when a case file is given), structured identifiers from the RE2 patterns in patterns/
// (postcodes, phones, NHS numbers, dates of birth, addresses, ages ...), and residual
// names and places nobody listed, from the dictionaries and context. Professionals and
// `keep` entries of the case file, agencies and laws are never findings.
// A Detector is immutable once built: scan() may run on many threads at once.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>
#include <string>
#include <vector>

#include "dhr/case_file.h"
#include "dhr/document.h"
#include "dhr/finding.h"
#include "dhr/policy.h"

namespace dhr {

struct DetectOptions {
  std::string data_dir;                     // holds patterns/ and dictionaries/; empty: default
  std::vector<std::string> extra_patterns;  // more pattern files (TOML, as in patterns/)
  bool residual_names = true;               // look for names not in the case file
  bool places = true;                       // report towns and counties (as PLACE)
};

// A phrase kept although it may hold a word of a subject's name (a professional, a
// [[keep]] entry, a law or hospital named after a person ...), and why.
struct KeptPhrase {
  std::size_t block = 0;
  std::uint32_t begin = 0;  // byte range in the block's text
  std::uint32_t end = 0;
  std::string reason;       // "a professional of the case file", "an institution ... named after a person"
};

class Detector {
 public:
  // Loads the patterns and dictionaries; throws dhr::Error when a data file is missing or
  // invalid (naming it).
  explicit Detector(DetectOptions options = {});
  ~Detector();
  Detector(Detector&&) noexcept;
  Detector& operator=(Detector&&) noexcept;

  // Every finding in doc, sorted by block and offset; where findings overlap, the most
  // specific one is kept (a case subject over a residual name, an address over the
  // postcode inside it). Blocks that repeat other text (tracked insertions) are skipped.
  std::vector<Finding> scan(const Document& doc, const CaseFile* case_file = nullptr) const;

  // The phrases of doc that detection keeps (never findings) with the case file given
  // (effective: pseudonyms assigned): the same rule scan() applies, for verification
  // and the review report, which must not have a copy of it.
  std::vector<KeptPhrase> kept_phrases(const Document& doc, const CaseFile* case_file) const;

  // Whether a word is an ordinary English word in the word list (case-insensitive):
  // verification leaves such name words ("Hope", "Will") to the detector, which weighs
  // context, rather than flagging every "hope" in the text.
  bool is_ordinary_word(std::string_view word) const;

  // Whether a word of a name is one detection reads from its context before calling it a
  // name: an ordinary word ("Hope", "Young") or a town ("Chester", "Wickham"). The case
  // matcher asks the same of each name part (detect/case_names.h: word_like, place_like).
  bool needs_context(std::string_view word) const;

  // A town or county from the gazetteer (for policy: "a town in <county>", addresses).
  std::optional<PlaceInfo> place(std::string_view name) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The folder holding patterns/ and dictionaries/: `preferred` if given, else $DHR_DATA_DIR,
// else the source tree the binary was built from, else the installed share folder.
// Throws dhr::Error (not_found) when none has them.
std::string find_data_dir(const std::string& preferred = {});

}  // namespace dhr
