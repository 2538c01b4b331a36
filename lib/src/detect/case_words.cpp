#include "detect/case_words.h"

#include <algorithm>
#include <array>

namespace dhr::detect {
namespace {

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& sorted, std::string_view w) {
  return std::binary_search(sorted.begin(), sorted.end(), w);
}

// Sorted for binary search. Not "is" or "has": "Hope is all there is" is the noun.
constexpr std::array<std::string_view, 74> kPersonVerbs = {
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

constexpr std::array<std::string_view, 30> kKinship = {
    "aunt",      "boyfriend",  "brother",     "children",    "cousin",   "daughter",   "father",  "fiance",
    "fiancee",   "girlfriend", "granddaughter", "grandfather", "grandmother", "grandson", "husband", "mother",
    "nephew",    "niece",      "partner",     "sibling",     "sister",   "son",        "stepbrother", "stepdaughter",
    "stepfather", "stepmother", "stepsister", "stepson",     "uncle",    "wife",
};

constexpr std::array<std::string_view, 18> kRoleTitles = {
    "cllr",    "constable", "councillor", "dc",    "detective", "di",    "doctor", "ds",    "inspector",
    "midwife", "nurse",     "officer",    "pc",    "sergeant",  "sgt",   "sister", "superintendent", "supt",
};

// Abbreviations of agencies, roles and processes that run through DHRs, and the short
// words written in capitals ("OK", "AM").
constexpr std::array<std::string_view, 54> kAbbreviations = {
    "ae", "aka", "am", "asb", "cc", "cid", "cp", "cpn", "cps", "csp", "cv", "da", "dc", "di",
    "dn", "dr", "ds", "dv", "ed", "eg", "gp", "hq", "hr", "hv", "id", "ie", "it", "mh",
    "mp", "na", "nb", "nfa", "nhs", "oh", "ok", "ot", "pc", "pcc", "pct", "pe", "pm", "ps",
    "re", "rip", "rn", "sgt", "si", "sms", "sw", "tv", "uk", "us", "va", "yot",
};

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

bool is_person_verb(std::string_view w) { return contains(kPersonVerbs, w); }

bool is_kinship(std::string_view w) { return contains(kKinship, w); }

bool is_role_title(std::string_view w) { return contains(kRoleTitles, w); }

bool is_report_abbreviation(std::string_view w) { return contains(kAbbreviations, w); }

}  // namespace dhr::detect
