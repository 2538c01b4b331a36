#include "detect/names_words.h"

#include "detect/word_class.h"

namespace dhr::detect::names {
namespace {

constexpr std::string_view kTitles[] = {
    "dame", "dr", "lady", "lord", "miss", "mr", "mrs", "ms", "mx", "prof", "professor", "sir"};
constexpr std::string_view kRanks[] = {
    "constable", "dc", "dci", "di", "dis", "ds", "dsi", "dsu", "inspector", "pc", "pcso", "sergeant", "sgt"};
constexpr std::string_view kRelations[] = {
    "acquaintance", "aunt", "baby", "boyfriend", "brother", "brothers", "carer", "child", "children",
    "colleague", "cousin", "daughter", "daughters", "ex-boyfriend", "ex-girlfriend", "ex-husband",
    "ex-partner", "ex-wife", "father", "fiance", "fiancee", "flatmate", "friend", "friends", "girlfriend",
    "grandchildren", "granddaughter", "grandfather", "grandmother", "grandson", "half-brother",
    "half-sister", "husband", "landlady", "landlord", "lodger", "mother", "neighbour", "neighbours",
    "nephew", "niece", "parents", "partner", "partners", "sibling", "siblings", "sister", "sisters", "son",
    "sons", "stepbrother", "stepchildren", "stepdaughter", "stepfather", "stepmother", "stepsister",
    "stepson", "twins", "uncle", "wife", "workmate", "youngest"};
constexpr std::string_view kSpeechAfter[] = {
    "added", "admitted", "agreed", "alleged", "answered", "asked", "believed", "believes", "called",
    "claimed", "commented", "complained", "confirmed", "declined", "denied", "described", "disclosed",
    "explained", "felt", "informed", "insisted", "maintained", "mentioned", "phoned", "pleaded", "recalled",
    "refused", "remembered", "replied", "reported", "said", "says", "screamed", "shouted", "spoke", "stated",
    "tells", "texted", "told"};
constexpr std::string_view kPersonBefore[] = {
    "accompanied", "asked", "assaulted", "attacked", "befriended", "contacted", "informed", "kill", "killed",
    "married", "met", "murdered", "phoned", "punched", "raped", "saw", "stabbed", "strangled", "telephoned",
    "texted", "threatened", "told", "visited", "warned"};
constexpr std::string_view kDeterminers[] = {
    "a", "an", "another", "any", "each", "every", "its", "our", "the", "these", "this", "those"};
constexpr std::string_view kRoleWords[] = {
    "adviser", "advisor", "analyst", "assistant", "author", "chair", "chief", "clinical", "co-ordinator",
    "commissioner", "consultant", "coordinator", "councillor", "deputy", "designated", "detective",
    "director", "doctor", "domestic", "executive", "governor", "head", "idva", "independent", "inspector",
    "lead", "leader", "manager", "matron", "member", "nurse", "officer", "partnerships", "practitioner",
    "principal", "safeguarding", "secretary", "senior", "sergeant", "service", "specialist", "strategic",
    "superintendent", "supervisor", "team", "worker"};

static_assert(is_sorted_list(kTitles) && is_sorted_list(kRanks) && is_sorted_list(kRelations) &&
                  is_sorted_list(kSpeechAfter) && is_sorted_list(kPersonBefore) && is_sorted_list(kDeterminers) &&
                  is_sorted_list(kRoleWords), "keep the word lists sorted: they are binary-searched");

constexpr WordClass kTitleClass(kTitles), kRankClass(kRanks), kRelationClass(kRelations),
    kSpeechAfterClass(kSpeechAfter), kPersonBeforeClass(kPersonBefore), kDeterminerClass(kDeterminers),
    kRoleWordClass(kRoleWords);

}  // namespace

bool is_title(std::string_view w) { return kTitleClass.contains(w); }
bool is_rank(std::string_view w) { return kRankClass.contains(w); }
bool is_relation(std::string_view w) { return kRelationClass.contains(w); }
bool is_speech_verb_after(std::string_view w) { return kSpeechAfterClass.contains(w); }
bool is_person_verb_before(std::string_view w) { return kPersonBeforeClass.contains(w); }
bool is_determiner(std::string_view w) { return kDeterminerClass.contains(w); }
bool is_role_word(std::string_view w) { return kRoleWordClass.contains(w); }

}  // namespace dhr::detect::names
