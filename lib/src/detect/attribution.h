// One subject per mention (internal): who "Mrs Okafor", "Okafor" or "Mr Okafor" is when
// several subjects share the name. Run by dhr::Detector after the detectors, on the
// merged findings.
//
// Evidence, each weighed and recorded in Finding::attribution:
//   - the title: Mr, Mrs, Ms are adults (never a child), Master a boy, Miss a girl or a
//     younger woman; with the case file's genders (the case matcher has already dropped
//     subjects whose gender the title contradicts);
//   - what the sentence says of the person against each subject's role: "was arrested",
//     "was sentenced", "the defendant" fit the perpetrator; "died", "was killed", "the death
//     of" the victim; "at school", "in Year 9" a child;
//   - the nearest earlier mention in the same or the previous paragraph (or table row)
//     that names one of the candidates unambiguously;
//   - a family relation or role in apposition ("her son, Mr Okafor": a male);
//   - the subject's pronoun after it in the same sentence ("Okafor said she ...");
//   - how the report used the same form before, where the evidence settled it (a report
//     keeps "Mrs Okafor" for one person).
// The subject with the most evidence is chosen when its lead is clear; otherwise it is
// still the best guess, and the finding says it needs a person's decision
// (Finding::needs_decision): the output is written with the guess and the mention is
// listed, so a person confirms it once (a [[decision]]) instead of the output showing
// alternatives.
#pragma once

#include <vector>

#include "dhr/case_file.h"
#include "dhr/document.h"
#include "dhr/finding.h"
#include "text/fold.h"

namespace dhr::detect {

// Sets subject, attribution and needs_decision on every person finding with more than one
// candidate (findings sorted by block and offset, as Detector::scan returns them).
// `effective` has every subject's pseudonym (findings name subjects by pseudonym).
void attribute_mentions(const Document& doc, const std::vector<unicode::FoldedText>& folded,
                        const CaseFile& effective, std::vector<Finding>& findings);

}  // namespace dhr::detect
