// Closed classes of words the residual-name rules read as context (internal): titles and
// police ranks, relation nouns, verbs of speech, determiners. These are grammar, part of
// the rules themselves, not data a user would extend, so they live here rather than in
// dictionaries/. All take folded words.
#pragma once

#include <string_view>

namespace dhr::detect::names {

// "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lady", "lord".
bool is_title(std::string_view w);
// Police ranks used as titles: "dc", "pc", "ds", "di", "dci", "dsi", "sgt", "sergeant",
// "constable", "inspector", "detective"; they are also abbreviations, so they need a
// name after them from the dictionaries.
bool is_rank(std::string_view w);
// Family and social relations: "son", "mother", "partner", "ex-partner", "neighbour" ...
bool is_relation(std::string_view w);
// Verbs a person does after their name: "said", "told", "reported", "disclosed" ...
bool is_speech_verb_after(std::string_view w);
// Verbs and nouns that take a person after them: "told X", "asked X", "death of X" ...
bool is_person_verb_before(std::string_view w);
// Words after which a capitalised word is a thing, not a person: "the", "a", "this" ...
bool is_determiner(std::string_view w);
// Words that mark a role or agency in a panel list ("manager", "lead", "officer" ...).
bool is_role_word(std::string_view w);

}  // namespace dhr::detect::names
