#include "detect/names_words.h"

#include <algorithm>
#include <cstdint>

namespace dhr::detect::names {
namespace {

// Sorted arrays: binary search is as fast as hashing for lists this short, and needs no
// start-up work or static constructors. In front of it, a test of the word's length and
// first letter against those of the list's words: the rules ask these questions of
// nearly every word of a report, and nearly every answer is no (the binary search's
// string comparisons were a tenth of the scan's time).
class WordClass {
 public:
  template <std::size_t N>
  constexpr explicit WordClass(const std::string_view (&sorted)[N]) : begin_(sorted), end_(sorted + N) {
    for (std::string_view w : sorted) {
      lengths_ |= bit(w.size());
      firsts_ |= bit(static_cast<unsigned char>(w[0]));
    }
  }
  bool contains(std::string_view w) const {
    if (w.empty() || !(lengths_ & bit(w.size())) || !(firsts_ & bit(static_cast<unsigned char>(w[0])))) return false;
    return std::binary_search(begin_, end_, w);
  }

 private:
  static constexpr std::uint64_t bit(std::size_t v) { return std::uint64_t{1} << (v % 64); }
  const std::string_view* begin_;
  const std::string_view* end_;
  std::uint64_t lengths_ = 0, firsts_ = 0;
};

template <std::size_t N>
constexpr bool sorted(const std::string_view (&list)[N]) {
  return std::is_sorted(list, list + N);
}

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

static_assert(sorted(kTitles) && sorted(kRanks) && sorted(kRelations) && sorted(kSpeechAfter) && sorted(kPersonBefore) &&
              sorted(kDeterminers) && sorted(kRoleWords), "keep the word lists sorted: they are binary-searched");

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
