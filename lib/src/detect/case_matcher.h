// Finding the case file's subjects in a document, in every form a report writes them
// (internal; run by dhr::Detector when a case file is given).
//
//   dhr::assign_missing_pseudonyms(case_file, letters_in_use);  // first: see below
//   detect::CaseMatcher matcher(case_file, lexicon);
//   matcher.find(ctx, findings);
//
// Forms: full name (with or without middle names), first name, surname, title + surname
// and title + first name (Mr, Mrs, Ms, Miss, Mx, Dr, Prof; with or without a full stop),
// aliases, initials ("N.O.", "N. O.", and bare "NO" only where nothing else reads so),
// possessives ("Natasha's", "Natasha’s", "James'": the finding covers the name only),
// capitals, any diacritics ("Zoe" for "Zoë"), hyphenated and apostrophe names also when
// a line break cut them ("Hughes-\nMbeki"), names split across a line, and misspellings
// one edit from a name part of five letters or more (only capitalised words that are no
// ordinary word and no one else's name).
//
// Rules a reviewer can rely on:
//  - Two subjects sharing a name part ("Mr Okafor", "Mrs Okafor") are told apart by the
//    title and the case file's gender; where that cannot decide, ONE finding names every
//    candidate (Finding::candidates), with no subject and a lower confidence.
//  - A name part that is also an ordinary word in the lexicon ("Will", "Hope", "Young")
//    alone is a mention only with evidence: a title, a possessive, another part of the
//    name next to it, a capital that no sentence start, heading or title-case phrase
//    explains, a verb such as "said" after it, or (for given names and aliases) a firm
//    mention of the same subject in the same or a neighbouring block.
//  - Professionals are never findings, nor is a subject's name part inside a
//    professional's name ("Richard Hughes" when a subject is a Hughes); text the
//    context's allow list covers is skipped too.
//
// Give it a CaseFile on which dhr::assign_missing_pseudonyms has run, so that every
// finding has a subject pseudonym; a subject without one is labelled "#<n>" (its place
// in the case file). Messages never quote a name: they name the subject by pseudonym.
#pragma once

#include <memory>
#include <vector>

#include "detect/lexicon.h"
#include "detect/scan_context.h"
#include "dhr/case_file.h"
#include "dhr/finding.h"

namespace dhr::detect {

class CaseNames;

class CaseMatcher {
 public:
  // Compiles the names once; the lexicon says which name parts are ordinary words. Neither
  // argument is kept. Cost: proportional to the names, not the document.
  CaseMatcher(const CaseFile& case_file, const Lexicon& lexicon);
  ~CaseMatcher();
  CaseMatcher(CaseMatcher&&) noexcept;
  CaseMatcher& operator=(CaseMatcher&&) noexcept;

  // Appends a person finding for each mention of a subject in every block ctx.scans()
  // (hidden parts included). Linear in the text: one hash look-up per word. Thread-safe.
  void find(const ScanContext& ctx, std::vector<Finding>& out) const;

 private:
  std::unique_ptr<const CaseNames> names_;
};

}  // namespace dhr::detect
