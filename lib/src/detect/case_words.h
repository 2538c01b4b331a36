// The few closed-class words the case matcher's rules rest on (internal).
//
// These are grammar, not vocabulary, so they live here rather than in dictionaries/:
// titles (which say a name follows, and whose gender resolves shared surnames), verbs
// that show a capitalised word is someone doing something ("Will said"), and the
// two- and three-letter abbreviations of DHR reports that bare initials must never be
// taken for ("GP", "DV").
#pragma once

#include <string_view>

#include "dhr/case_file.h"

namespace dhr::detect {

// A personal title, folded ("mr", "mrs", "ms", "miss", "mx", "dr", "prof"); `gender` is
// what it implies (unknown for Mx, Dr, Prof).
bool is_title(std::string_view folded, Gender* gender = nullptr);
// A quick test that rules out nearly every word that is no title (for the hot loop).
inline bool may_be_title(std::string_view folded) {
  return folded.size() >= 2 && folded.size() <= 4 && (folded[0] == 'm' || folded[0] == 'd' || folded[0] == 'p');
}

// The gender a folded title implies (any title of names_words.h: "mrs", "lord", "dame"):
// unknown for Mx, Dr, Prof, Professor and for words that are no title.
Gender title_gender(std::string_view folded);

// Whether a subject of `subject_gender` may be called by a title implying `title_gender`.
inline bool title_fits(Gender title_gender, Gender subject_gender) {
  const bool binary_title = title_gender == Gender::male || title_gender == Gender::female;
  const bool binary_subject = subject_gender == Gender::male || subject_gender == Gender::female;
  return !binary_title || !binary_subject || title_gender == subject_gender;
}

// A verb that follows a person as subject and cannot follow the word senses of the
// name-words (modal "will", noun "hope"): "said", "told", "was", "had" ...
bool is_person_verb(std::string_view folded);

// A verb as chronologies write them after a name, in note style: "Hector calls 999",
// "Dale retires", "Blowers arrested", "Roach spoken to": a past tense or participle
// ("-ed" words of five letters or more, and the common irregular ones), or a present
// tense of the verbs agency records use. Nouns after a name-word ("Junior doctors",
// "Fox hunting") are none of these.
bool is_note_verb(std::string_view folded);

// An adverb that opens a predicate after a name: "Blowers not seen", "Dale later said".
bool is_predicate_adverb(std::string_view folded);

// A family relation ("daughter", "son", "partner"): next to one, a name-word is a name
// ("her daughter Hope", "Hope | Daughter | 12" flattened from a table).
bool is_kinship(std::string_view folded);

// A role written before a name like a title ("Officer", "Sergeant", "Nurse", "PC").
bool is_role_title(std::string_view folded);

// An abbreviation common in DHRs that bare capital initials would collide with.
bool is_report_abbreviation(std::string_view folded);

}  // namespace dhr::detect
