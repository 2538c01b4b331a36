#include "detect/case_words.h"

#include "detect/word_class.h"

namespace dhr::detect {
namespace {

// Sorted for binary search. Not "is" or "has": "Hope is all there is" is the noun.
constexpr std::string_view kPersonVerbs[] = {
    "accepted", "acknowledged", "admitted", "agreed", "agrees", "alleged", "answered", "appeared",
    "arrived", "asked", "attended", "became", "began", "believed", "believes", "called",
    "came", "claimed", "confirmed", "contacted", "continued", "decided", "declined", "denied",
    "described", "did", "died", "disclosed", "explained", "feels", "felt", "had",
    "informed", "insisted", "knew", "knows", "left", "lived", "lives", "married",
    "mentioned", "met", "moved", "phoned", "recalled", "recalls", "refused", "remembered",
    "replied", "reported", "responded", "returned", "said", "says", "separated", "spoke",
    "started", "stated", "states", "stayed", "suggested", "telephoned", "tells", "thought",
    "told", "tried", "visited", "wanted", "wants", "was", "went", "worked",
    "works", "wrote",
};

constexpr std::string_view kKinship[] = {
    "aunt",      "boyfriend",  "brother",     "children",    "cousin",   "daughter",   "father",  "fiance",
    "fiancee",   "girlfriend", "granddaughter", "grandfather", "grandmother", "grandson", "husband", "mother",
    "nephew",    "niece",      "partner",     "sibling",     "sister",   "son",        "stepbrother", "stepdaughter",
    "stepfather", "stepmother", "stepsister", "stepson",     "uncle",    "wife",
};

constexpr std::string_view kRoleTitles[] = {
    "cllr",    "constable", "councillor", "dc",    "detective", "di",    "doctor", "ds",    "inspector",
    "midwife", "nurse",     "officer",    "pc",    "sergeant",  "sgt",   "sister", "superintendent", "supt",
};

// Abbreviations of agencies, roles and processes that run through DHRs, and the short
// words written in capitals ("OK", "AM").
constexpr std::string_view kAbbreviations[] = {
    "ae", "aka", "am", "asb", "cc", "cid", "cp", "cpn", "cps", "csp", "cv", "da", "dc", "di",
    "dn", "dr", "ds", "dv", "ed", "eg", "gp", "hq", "hr", "hv", "id", "ie", "it", "mh",
    "mp", "na", "nb", "nfa", "nhs", "oh", "ok", "ot", "pc", "pcc", "pct", "pe", "pm", "ps",
    "re", "rip", "rn", "sgt", "si", "sms", "sw", "tv", "uk", "us", "va", "yot",
};

static_assert(is_sorted_list(kPersonVerbs) && is_sorted_list(kKinship) && is_sorted_list(kRoleTitles) &&
                  is_sorted_list(kAbbreviations), "keep the word lists sorted: they are binary-searched");
constexpr WordClass kPersonVerbClass(kPersonVerbs), kKinshipClass(kKinship), kRoleTitleClass(kRoleTitles),
    kAbbreviationClass(kAbbreviations);

}  // namespace

bool is_title(std::string_view w, Gender* gender) {
  if (w.size() < 2 || w.size() > 4 || (w[0] != 'm' && w[0] != 'd' && w[0] != 'p')) return false;
  Gender g = Gender::unknown;
  if (w == "mr") g = Gender::male;
  else if (w == "mrs" || w == "ms" || w == "miss") g = Gender::female;
  else if (w != "mx" && w != "dr" && w != "prof") return false;
  if (gender != nullptr) *gender = g;
  return true;
}

Gender title_gender(std::string_view w) {
  if (w == "mr" || w == "sir" || w == "lord" || w == "master") return Gender::male;
  if (w == "mrs" || w == "ms" || w == "miss" || w == "dame" || w == "lady") return Gender::female;
  return Gender::unknown;
}

bool is_person_verb(std::string_view w) { return kPersonVerbClass.contains(w); }

bool is_kinship(std::string_view w) { return kKinshipClass.contains(w); }

bool is_role_title(std::string_view w) { return kRoleTitleClass.contains(w); }

bool is_report_abbreviation(std::string_view w) { return kAbbreviationClass.contains(w); }

}  // namespace dhr::detect
