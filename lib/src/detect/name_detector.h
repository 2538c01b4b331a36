// Residual person names: names nobody listed in a case file (internal; run by
// dhr::Detector when DetectOptions::residual_names is on).
//
//   detect::NameDetector names(lexicon);
//   names.find(ctx, findings);   // category person, form "residual", no subject
//
// A word is a candidate when the given-name or surname lists have it (or it is shaped like
// a surname: O'Connell, McAteer, Hughes-Mbeki) and it is capitalised. Whether it is a name
// is weighed from evidence, each rule named in Finding::rule and explained in
// Finding::why:
//   names:title+name      a title or police rank before it ("Mrs Hughes-Mbeki", "DC Patel")
//   names:full            a given name followed by a surname ("Natasha Okafor")
//   names:relation        a relation phrase ("her son Will", "Rose's mother")
//   names:speech          a verb of speech after it or a person verb before ("Rose told")
//   names:given           a given name that is no ordinary word, capitalised ("Tariq")
//   names:same_name       a word found as a name elsewhere in this document
//   names:misspelling     one edit from a name found elsewhere in this document
//   names:initials        the initials of a full name found in this document ("T.M.")
// Names that are ordinary words ("Will", "Hope", "Rose", "Young") need evidence beyond
// their capital; a capital explained by a sentence start or a title-case line counts
// for less. Never reported: a single capital letter or code ("Mr E", "S1"), words the
// lexicon says are never names (months, titles, heading and role words), anything inside
// a phrase ending in an agency word ("George Eliot Hospital", "Clare's Law"), places
// without person evidence, text the context's allow list covers (agencies, laws,
// case-file professionals and keep entries), and professionals the document itself names
// in its panel membership or as chair/author (professionals_named_in).
#pragma once

#include <string>
#include <vector>

#include "detect/lexicon.h"
#include "detect/names_tokens.h"
#include "detect/scan_context.h"
#include "dhr/document.h"
#include "dhr/finding.h"

namespace dhr::detect {

class NameDetector {
 public:
  // Keeps a reference to lexicon: it must outlive the detector.
  explicit NameDetector(const Lexicon& lexicon) : lexicon_(lexicon) {}

  // Appends residual person findings for every block ctx.scans(). Thread-safe.
  void find(const ScanContext& ctx, std::vector<Finding>& out) const;

 private:
  const Lexicon& lexicon_;
};

// The professionals a report names on purpose, learnt from the document: names in the
// list or table under a panel-membership or contributors heading ("Review Panel", "Panel
// membership", "The Review Panel comprised the following post holders:"), and the chair
// or author named in prose ("written by Chris Few, an Independent Consultant", "The
// Independent Author, Mr Malcolm Ross,"). Full names as written, each once. With a
// lexicon, a name must start with a known given name (fewer false catches); without one
// the shape alone decides. The Detector adds these to its allow list.
std::vector<std::string> professionals_named_in(const Document& doc, const Lexicon* lexicon = nullptr);

// The same from each block's folded text and words, already computed for a scan.
std::vector<std::string> professionals_named_in(const Document& doc, const std::vector<unicode::FoldedText>& folded,
                                                const std::vector<std::vector<NameToken>>& words,
                                                const Lexicon* lexicon);

}  // namespace dhr::detect
