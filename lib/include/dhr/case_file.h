// dhr/case_file.h — the case file: who the subjects are, who is named on purpose, what
// must be kept, and how to anonymise. It is confidential (it holds real names) and is
// written by people, in TOML (format in README and ../shared/domain.md):
//
//   [review]            document = "overview" | "summary" | "auto"
//   [policy]            ages, dates_of_birth, addresses, places, unknown_names, convention
//   [[subject]]         name, aliases, role, pseudonym, gender, born
//   [[professional]]    name, role, agency
//   [[keep]]            text
//   [[decision]]        text, context, paragraph, id; subject | action (+ pseudonym, role)
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace dhr {

enum class DocumentType { auto_detect, overview, summary };

struct Policy {
  enum class Ages { band, keep, remove } ages = Ages::band;
  enum class DatesOfBirth { year, remove, keep } dates_of_birth = DatesOfBirth::year;
  enum class Addresses { town, remove } addresses = Addresses::town;
  enum class Places { keep, county, remove } places = Places::keep;
  enum class UnknownNames { flag, pseudonymise } unknown_names = UnknownNames::flag;
  enum class Convention { letters, roles } convention = Convention::letters;
};

enum class Gender { unknown, female, male, other };

struct Subject {
  std::string name;                  // full name as the report would write it
  std::vector<std::string> aliases;  // nicknames and other names
  std::string role;                  // victim, perpetrator, child, family, friend, ...
  std::string pseudonym;             // empty: one is given by the policy's convention
  Gender gender = Gender::unknown;
  std::optional<int> born;           // year of birth, where given (orders children)
};

struct Professional {
  std::string name;
  std::string role;
  std::string agency;
};

// What a person decided about a mention the tool could not settle (or settled wrongly),
// recorded once and honoured on every run. Matched against the draft by `text` (the
// mention as written), narrowed by `context` (words around it) and `paragraph` (the
// paragraph number as the reader sees it) when given; without them it applies to every
// occurrence of `text` ("Heath Hayes is a place", "Dr Rao is a professional").
struct Decision {
  enum class Action {
    subject,       // the mention is `subject` (a subject's name, alias or pseudonym)
    keep,          // not a name to change: leave it as written
    remove,        // take it out (as a residual name would be under unknown_names = pseudonymise)
    professional,  // a professional, named on purpose: keep
    place,         // a place, not a person: keep (policy for places applies)
    new_subject,   // a person nobody listed: a new subject with `pseudonym` and `role`
  };
  std::string text;
  std::string context;
  std::string paragraph;
  std::string id;         // the open item it answers (dhr review writes it); informative
  Action action = Action::subject;
  std::string subject;    // Action::subject
  std::string pseudonym;  // Action::new_subject
  std::string role;       // Action::new_subject
  std::string source;     // "<file>:<line>", for messages and reports
};

const char* to_string(Decision::Action action);

// A decision as the [[decision]] TOML table a person can edit (with a comment line per
// entry of `comments` above it: the alternatives, the evidence).
std::string to_toml(const Decision& d, const std::vector<std::string>& comments = {});

struct CaseFile {
  std::string path;
  DocumentType document = DocumentType::auto_detect;
  Policy policy;
  std::vector<Subject> subjects;
  std::vector<Professional> professionals;
  std::vector<std::string> keep;  // texts that must survive anonymisation
  std::vector<Decision> decisions;
};

// Reads and checks a case file. Throws dhr::Error (kind case_file, naming the file) when
// it is not TOML, has an unknown key or value, a subject without a name, two subjects
// with one pseudonym, or a pseudonym that is also a subject's name or alias.
CaseFile load_case_file(const std::string& path);

// The same from TOML text (path is used in messages only).
CaseFile parse_case_file(const std::string& toml_text, const std::string& path);

// Several case files read in order and merged (a case file and a decisions file):
// [review] and [policy] keys of a later file override an earlier one's; subjects,
// professionals, keep entries and decisions are appended. The merged case is checked
// as one (a decision naming no subject, two contradictory decisions, a decision that
// would keep a subject's name are refused, naming the file and line).
CaseFile load_case_files(const std::vector<std::string>& paths);

// Gives every subject without a pseudonym one by c.policy.convention (deterministic:
// the same case file always gets the same pseudonyms):
//   letters  a capital letter used by no other subject's pseudonym (alone or after a
//            title, "Mr E") and not in `letters_in_use` (letters already standing alone
//            in the document, which a reader would confuse); never A or I (words).
//            A perpetrator prefers Z and a victim V; otherwise letters go in alphabetical
//            order, first those that are no subject's initial (so that a pseudonym does
//            not hint at anyone's real name).
//   roles    victim "the Victim", perpetrator "the Perpetrator", a former partner of
//            the perpetrator "PFP" (PFP1, PFP2 ... when there are several), children
//            "S1", "S2" ... in order of birth (`born`, else case-file order); any other
//            role gets a letter as above.
// Throws dhr::Error (case_file) when no letter is left.
void assign_missing_pseudonyms(CaseFile& c, const std::vector<std::string>& letters_in_use = {});

}  // namespace dhr
