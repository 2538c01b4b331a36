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

// Irregular past forms and participles, and the present tense of verbs agency records
// use in note style (sorted).
constexpr std::string_view kNoteVerbs[] = {
    "accepts", "admits", "agrees", "alleges", "answers", "apologises", "applies", "arrives", "asks",
    "assaults", "attacks", "attends", "became", "becomes", "begins", "blames", "breaches", "brought", "calls",
    "cancels", "claims", "collapses", "comes", "complains", "confirms", "contacts", "dealt", "declines",
    "denies", "describes", "dies", "discloses", "drank", "drinks", "drives", "drove", "engages", "fails",
    "fell", "felt", "fled", "flees", "found", "gave", "given", "goes", "gone", "grabs", "had", "hits",
    "kept", "kills", "knew", "leaves", "left", "lives", "made", "meets", "misses", "moves", "phones",
    "pleads", "presents", "punches", "pushes", "ran", "rang", "refuses", "registers", "rejects", "remains",
    "reports", "requests", "retires", "returns", "rings", "runs", "said", "sat", "saw", "says", "seeks",
    "seen", "sees", "sent", "shouts", "slept", "sold", "speaks", "spent", "spoke", "spoken", "stabs",
    "starts", "states", "stays", "stole", "struck", "taken", "takes", "talks", "tells", "texts", "threatens",
    "threw", "told", "took", "tries", "visits", "wants", "was", "went", "withdraws", "works", "writes",
    "wrote"};
constexpr std::string_view kPredicateAdverbs[] = {"again", "already", "also", "later", "never", "not", "now",
                                                  "previously", "still", "subsequently", "then"};

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
                  is_sorted_list(kAbbreviations) && is_sorted_list(kNoteVerbs) && is_sorted_list(kPredicateAdverbs),
              "keep the word lists sorted: they are binary-searched");
constexpr WordClass kPersonVerbClass(kPersonVerbs), kKinshipClass(kKinship), kRoleTitleClass(kRoleTitles),
    kAbbreviationClass(kAbbreviations), kNoteVerbClass(kNoteVerbs), kPredicateAdverbClass(kPredicateAdverbs);

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

bool is_note_verb(std::string_view w) {
  if (kNoteVerbClass.contains(w) || kPersonVerbClass.contains(w)) return true;
  // A regular past tense: "arrested", "cautioned", "retired" (not "bed", "red", "seed").
  return w.size() >= 5 && w.ends_with("ed") && w.find_first_not_of("abcdefghijklmnopqrstuvwxyz") == std::string_view::npos;
}

bool is_predicate_adverb(std::string_view w) { return kPredicateAdverbClass.contains(w); }

bool is_kinship(std::string_view w) { return kKinshipClass.contains(w); }

bool is_role_title(std::string_view w) { return kRoleTitleClass.contains(w); }

bool is_report_abbreviation(std::string_view w) { return kAbbreviationClass.contains(w); }

}  // namespace dhr::detect
