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
// a line break cut them ("Hughes-\nMbeki", "Tar-\niq"), names split across a line or
// between two blocks (a PDF line, a page break), and misspellings: one edit from a name
// part of five letters or more; for shorter names only two neighbouring letters swapped
// ("Hpoe") or a letter typed twice ("Hopee"), which rarely make words. A misspelling is
// taken only from a capitalised word that is no ordinary word, no one else's name and
// no author in a reference list ("Regan L.").
//
// Rules a reviewer can rely on:
//  - Two subjects sharing a name part ("Mr Okafor", "Mrs Okafor") are told apart by the
//    title and the case file's gender; where that cannot decide, ONE finding names every
//    candidate (Finding::candidates), with no subject and a lower confidence. A title
//    that fits no subject of that surname ("Mrs Young" when the only Young is male) is
//    flagged the same way with that subject as the one candidate (a relative?).
//  - A name part that is also an ordinary word in the lexicon ("Will", "Hope", "Young")
//    alone is a mention only when capitalised and with evidence: a title, a possessive,
//    another part of the name next to it, a capital that no sentence start, heading or
//    title-case phrase explains, a verb of a person after it ("Will said"), a table cell
//    holding only the name, or, for given names and aliases only: a family relation or a
//    role before it ("her daughter Hope", "Officer Will"), another name beside it ("Will
//    and Joy"), a comma after it at a sentence start ("Will, then aged 7, ..."), or a
//    firm mention of the same subject in the same or a neighbouring block (a mention
//    that needed no evidence, or had good evidence of its own).
//  - Professionals are never findings, nor is a subject's name part inside a
//    professional's name ("Richard Hughes" when a subject is a Hughes); a subject's name
//    part a professional shares is reported with a lower confidence and says so. Text
//    the context's allow list covers is skipped, and so are names inside e-mail
//    addresses, URLs and handles (the pattern detector reports the whole address).
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
