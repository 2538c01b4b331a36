// Closed classes of words the residual-name rules read as context (internal): titles and
// police ranks, relation nouns, verbs of speech, determiners. These are grammar, part of
// the rules themselves, not data a user would extend, so they live here rather than in
// dictionaries/. All take folded words.
#pragma once

#include <string_view>

#include "detect/word_class.h"

namespace dhr::detect::names {

// The lists (sorted: binary-searched), in the header so that the quick length and
// first-byte test inlines into the detectors' loops.
inline constexpr std::string_view kTitles[] = {
    "dame", "dr", "lady", "lord", "miss", "mr", "mrs", "ms", "mx", "prof", "professor", "sir"};
inline constexpr std::string_view kRanks[] = {
    "constable", "dc", "dci", "di", "dis", "ds", "dsi", "dsu", "inspector", "pc", "pcso", "sergeant", "sgt"};
inline constexpr std::string_view kRelations[] = {
    "acquaintance", "aunt", "baby", "boyfriend", "brother", "brothers", "carer", "child", "children",
    "colleague", "cousin", "daughter", "daughters", "ex-boyfriend", "ex-girlfriend", "ex-husband",
    "ex-partner", "ex-wife", "father", "fiance", "fiancee", "flatmate", "friend", "friends", "girlfriend",
    "grandchildren", "granddaughter", "grandfather", "grandmother", "grandson", "half-brother",
    "half-sister", "husband", "landlady", "landlord", "lodger", "mother", "neighbour", "neighbours",
    "nephew", "niece", "parents", "partner", "partners", "sibling", "siblings", "sister", "sisters", "son",
    "sons", "stepbrother", "stepchildren", "stepdaughter", "stepfather", "stepmother", "stepsister",
    "stepson", "twins", "uncle", "wife", "workmate", "youngest"};
inline constexpr std::string_view kSpeechAfter[] = {
    "added", "admitted", "agreed", "alleged", "answered", "asked", "believed", "believes", "called",
    "claimed", "commented", "complained", "confirmed", "declined", "denied", "described", "disclosed",
    "explained", "felt", "informed", "insisted", "maintained", "mentioned", "phoned", "pleaded", "recalled",
    "refused", "remembered", "replied", "reported", "said", "says", "screamed", "shouted", "spoke", "stated",
    "tells", "texted", "told"};
inline constexpr std::string_view kPersonBefore[] = {
    "accompanied", "asked", "assaulted", "attacked", "befriended", "contacted", "informed", "kill", "killed",
    "married", "met", "murdered", "phoned", "punched", "raped", "saw", "stabbed", "strangled", "telephoned",
    "texted", "threatened", "told", "visited", "warned"};
inline constexpr std::string_view kDeterminers[] = {
    "a", "an", "another", "any", "each", "every", "its", "our", "the", "these", "this", "those"};
inline constexpr std::string_view kRoleWords[] = {
    "adviser", "advisor", "analyst", "assistant", "author", "chair", "chief", "clinical", "co-ordinator",
    "commissioner", "consultant", "coordinator", "councillor", "deputy", "designated", "detective",
    "director", "doctor", "domestic", "executive", "governor", "head", "idva", "independent", "inspector",
    "lead", "leader", "manager", "matron", "member", "nurse", "officer", "partnerships", "practitioner",
    "principal", "safeguarding", "secretary", "senior", "sergeant", "service", "specialist", "strategic",
    "superintendent", "supervisor", "team", "worker"};

static_assert(is_sorted_list(kTitles) && is_sorted_list(kRanks) && is_sorted_list(kRelations) &&
                  is_sorted_list(kSpeechAfter) && is_sorted_list(kPersonBefore) && is_sorted_list(kDeterminers) &&
                  is_sorted_list(kRoleWords), "keep the word lists sorted: they are binary-searched");

inline constexpr WordClass kTitleClass(kTitles), kRankClass(kRanks), kRelationClass(kRelations),
    kSpeechAfterClass(kSpeechAfter), kPersonBeforeClass(kPersonBefore), kDeterminerClass(kDeterminers),
    kRoleWordClass(kRoleWords);

// "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lady", "lord".
inline bool is_title(std::string_view w) { return kTitleClass.contains(w); }
// Police ranks used as titles: "dc", "pc", "ds", "di", "dci", "dsi", "sgt", "sergeant",
// "constable", "inspector", "detective"; they are also abbreviations, so they need a
// name after them from the dictionaries.
inline bool is_rank(std::string_view w) { return kRankClass.contains(w); }
// Family and social relations: "son", "mother", "partner", "ex-partner", "neighbour" ...
inline bool is_relation(std::string_view w) { return kRelationClass.contains(w); }
// Verbs a person does after their name: "said", "told", "reported", "disclosed" ...
inline bool is_speech_verb_after(std::string_view w) { return kSpeechAfterClass.contains(w); }
// Verbs and nouns that take a person after them: "told X", "asked X", "death of X" ...
inline bool is_person_verb_before(std::string_view w) { return kPersonBeforeClass.contains(w); }
// Words after which a capitalised word is a thing, not a person: "the", "a", "this" ...
inline bool is_determiner(std::string_view w) { return kDeterminerClass.contains(w); }
// Words that mark a role or agency in a panel list ("manager", "lead", "officer" ...).
inline bool is_role_word(std::string_view w) { return kRoleWordClass.contains(w); }

}  // namespace dhr::detect::names
