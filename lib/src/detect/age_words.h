// The words age detection weighs (internal): numbers written as words, nouns for
// persons, nouns that are never persons, and the words around a number that make it a
// threshold or a group rather than someone's age. All in folded (lower-case) form.
#pragma once

#include <optional>
#include <string_view>

namespace dhr::detect {

// "34", "thirty-four", "thirty four", "seventeen" -> the number; nullopt otherwise.
std::optional<int> parse_age_number(std::string_view folded);

// "18th", "eighteenth", "twenty-first" -> the number; nullopt otherwise.
std::optional<int> parse_ordinal(std::string_view folded);

// The RE2 fragment for a number as digits (1-3) or words (one .. ninety-nine).
const char* age_number_regex();

// "woman", "son", "driver", "victim" ...: a noun after "a 38 year old" that names a person.
bool is_person_noun(std::string_view word);

// "car", "relationship", "conviction" ...: "a 10 year old car" is not anyone's age.
bool is_thing_noun(std::string_view word);

// Plural persons: "16 year old girls", "people aged 16" speak of a group, not a person.
bool is_group_noun(std::string_view word);

// Words that end a noun phrase ("a 2 year old and ...", "the 2 year old who ...").
bool is_function_word(std::string_view word);

// Words right before a number that make it a bound, not an age: "from 18 years old",
// "over 18 years of age", "under the age of 18", "at least 16 years old". ("to" and
// "and" make a bound only after another number - "16 to 18 years old" - which the
// detector checks; "access to the 2 year old" is a child.)
bool is_bound_word(std::string_view word);

// Words before "age N" that make it a rule, not a person: "retirement age 65",
// "minimum age 18", "school leaving age 16".
bool is_rule_age_word(std::string_view word);

// Single capitalised words that precede a bracketed number without being a person:
// "Section (3)", "Appendix (2)", "Table (4)".
bool is_numbering_word(std::string_view folded_word);

}  // namespace dhr::detect
