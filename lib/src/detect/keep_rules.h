// What is kept although it may hold a name (internal): the one rule detection and
// verification share.
//
//   detect::AllowList kept = detect::kept_phrases({effective_case, report_professionals,
//                                                   folded, words, lexicon, never});
//
// Kept, each with its reason (detect/allow_list.h, KeepReason):
//   - the case file's [[keep]] entries and professionals (full name; title + surname),
//     and the subjects' pseudonyms;
//   - professionals the report itself names in its panel list or as chair and author;
//   - the lexicon's agencies, laws and schemes (dictionaries/keep/never_identifiers.txt);
//   - an institution named after a person: a capitalised phrase ending in a word of
//     dictionaries/keep/institution_heads.txt ("George Eliot Hospital", "Clare's Law",
//     "Mary Seacole House", "the Suzy Lamplugh Trust"), unless that last word is itself a
//     word of a subject's name ("Mary Hall" stays a person when a subject is a Hall);
//   - from being a person only (a street or a town may still be an address or a place the
//     policy generalises): a town after "in", "at", "from", "near" ("an address in Barnack",
//     "grew up in Chester"; "to" after a verb of moving), and a street, park or square
//     named with the word ("Whitley Road", "Haydock Park": a capitalised phrase ending in a
//     street type of patterns/address.toml), with the same guard.
//
// Detection drops every finding wholly inside a kept phrase (detect/merge_findings.h);
// verification accepts a word of a subject's name in an output only inside one, and the
// review report lists each such occurrence with its reason. Neither has a copy of these
// rules: both call this.
#pragma once

#include <string>
#include <vector>

#include "detect/allow_list.h"
#include "detect/lexicon.h"
#include "detect/names_tokens.h"
#include "dhr/case_file.h"
#include "text/fold.h"

namespace dhr::detect {

struct KeepInputs {
  const CaseFile* case_file = nullptr;                 // effective (pseudonyms assigned); null: none
  const std::vector<std::string>* report_professionals = nullptr;  // professionals_named_in(); null: none
  const std::vector<unicode::FoldedText>& folded;      // each block's folded text
  const std::vector<std::vector<NameToken>>& words;    // each block's tokenize_words
  const Lexicon& lexicon;
  const PhraseSet* never = nullptr;                    // the lexicon's never_identifiers, compiled once
  const std::vector<std::string>* street_types = nullptr;  // folded, sorted (patterns' street_type)
};

AllowList kept_phrases(const KeepInputs& in);

// The forms in which a professional is named: the full name, and title + surname with
// every title a report uses ("Dr Sandhu", "Ms Sandhu", "Prof. Sandhu") except a gendered
// title that fits a subject of the same surname ("Mrs Sandhu" when the victim is Priya
// Sandhu: hers, not the panel member's), unless the professional's own name has it.
std::vector<std::string> professional_forms(const std::string& name, const CaseFile* case_file);

// Institution phrases of one block (see above), for tests and for kept_phrases.
// `subject_words` are the folded words of the subjects' names, `full_names` each subject's
// first and last name word (a phrase holding a subject's whole name is never kept).
std::vector<TextSpan> institution_spans(const std::vector<NameToken>& words, const Lexicon& lexicon,
                                        const std::vector<std::string>& subject_words,
                                        const std::vector<std::pair<std::string, std::string>>& full_names);

// Towns after a locative word, and streets named with a word (see above), of one block.
void place_spans(const std::vector<NameToken>& words, const Lexicon& lexicon, std::vector<TextSpan>& out);
void street_spans(const std::vector<NameToken>& words, const std::vector<std::string>& street_types,
                  const std::vector<std::string>& subject_words, std::vector<TextSpan>& out);

}  // namespace dhr::detect
