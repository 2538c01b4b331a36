// assign_missing_pseudonyms: the `letters` and `roles` conventions (see dhr/case_file.h).
//
// Messages never quote a subject's name: the case file is confidential.
#include "policy/pseudonym_convention.h"

#include <algorithm>
#include <cctype>
#include <set>

#include <fmt/format.h>

#include "dhr/case_file.h"
#include "dhr/error.h"
#include "text/fold.h"

namespace dhr {
namespace policy {
namespace {

// "Former partner" -> "former_partner": one spelling to compare against.
std::string normalise_role(std::string_view role) {
  std::string out;
  for (char c : role) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u)) out += static_cast<char>(std::tolower(u));
    else if (!out.empty() && out.back() != '_') out += '_';
  }
  while (!out.empty() && out.back() == '_') out.pop_back();
  return out;
}

bool has_word(const std::string& role, std::string_view word) {
  std::size_t start = 0;
  while (start <= role.size()) {
    std::size_t end = role.find('_', start);
    if (end == std::string::npos) end = role.size();
    if (std::string_view(role).substr(start, end - start) == word) return true;
    start = end + 1;
  }
  return false;
}

}  // namespace

RoleClass classify_role(std::string_view role) {
  const std::string r = normalise_role(role);
  if (r == "pfp") return RoleClass::perpetrators_former_partner;
  const bool partner = has_word(r, "partner") || has_word(r, "partners");
  const bool former = has_word(r, "former") || has_word(r, "ex") || has_word(r, "previous");
  // A former partner is the perpetrator's unless the role says it is the victim's: in
  // DHRs the perpetrator's former partners are the ones the review asks about (earlier
  // abuse), and the domain's convention names only them (PFP).
  if (partner && former) return has_word(r, "victim") || has_word(r, "victims") ? RoleClass::other
                                                                             : RoleClass::perpetrators_former_partner;
  if (r == "victim" || r == "deceased") return RoleClass::victim;
  if (r == "perpetrator" || r == "alleged_perpetrator") return RoleClass::perpetrator;
  if (has_word(r, "child") || has_word(r, "children") || r == "son" || r == "daughter" || r == "stepson" ||
      r == "stepdaughter")
    return RoleClass::child;
  return RoleClass::other;
}

}  // namespace policy

namespace {

using policy::RoleClass;

bool is_capital(char c) { return c >= 'A' && c <= 'Z'; }

// The letter a pseudonym occupies: "N", "Mr E", "S1" -> 'N', 'E', 'S'; 0 for "the Victim".
char letter_of(const std::string& pseudonym) {
  const std::size_t space = pseudonym.find_last_of(' ');
  const std::string last = space == std::string::npos ? pseudonym : pseudonym.substr(space + 1);
  if (last.empty() || !is_capital(last[0])) return 0;
  for (std::size_t i = 1; i < last.size(); ++i)
    if (!std::isdigit(static_cast<unsigned char>(last[i]))) return 0;
  return last[0];
}

// Capital initials of every word of every subject's name and aliases ("Zoë" -> Z).
std::set<char> initials_of(const CaseFile& c) {
  std::set<char> out;
  auto add_words = [&](const std::string& name) {
    const std::string folded = unicode::fold(name);
    bool word_start = true;
    for (char ch : folded) {
      if (ch >= 'a' && ch <= 'z') {
        if (word_start) out.insert(static_cast<char>(ch - 'a' + 'A'));
        word_start = false;
      } else {
        word_start = ch == ' ' || ch == '-';
      }
    }
  };
  for (const Subject& s : c.subjects) {
    add_words(s.name);
    for (const std::string& a : s.aliases) add_words(a);
  }
  return out;
}

class LetterPool {
 public:
  LetterPool(const CaseFile& c, const std::vector<std::string>& letters_in_use) : initials_(initials_of(c)) {
    taken_.insert('A');  // "A" and "I" read as words
    taken_.insert('I');
    for (const Subject& s : c.subjects)
      if (char l = letter_of(s.pseudonym)) taken_.insert(l);
    for (const std::string& l : letters_in_use)
      if (l.size() == 1 && is_capital(l[0])) taken_.insert(l[0]);
  }

  // The next letter for a subject of this role, or 0 when none is left.
  char take(RoleClass role) {
    char pick = 0;
    if (role == RoleClass::perpetrator && !taken_.contains('Z')) pick = 'Z';
    else if (role == RoleClass::victim && !taken_.contains('V')) pick = 'V';
    for (int pass = 0; pass < 2 && pick == 0; ++pass)
      for (char l = 'B'; l <= 'Z' && pick == 0; ++l)
        if (!taken_.contains(l) && (pass == 1 || !initials_.contains(l))) pick = l;
    if (pick != 0) taken_.insert(pick);
    return pick;
  }

 private:
  std::set<char> taken_;
  std::set<char> initials_;
};

bool pseudonym_taken(const CaseFile& c, const std::string& p) {
  return std::any_of(c.subjects.begin(), c.subjects.end(), [&](const Subject& s) { return s.pseudonym == p; });
}

// "S1", "S2" ... by order of birth; a child keeps its place even when a sibling already
// has a pseudonym, so that "S2" stays the second child.
void assign_children(CaseFile& c) {
  std::vector<std::size_t> children;
  for (std::size_t i = 0; i < c.subjects.size(); ++i)
    if (policy::classify_role(c.subjects[i].role) == RoleClass::child) children.push_back(i);
  // Children with a year of birth first, oldest first; the rest in case-file order.
  std::stable_sort(children.begin(), children.end(), [&](std::size_t a, std::size_t b) {
    const auto& ba = c.subjects[a].born;
    const auto& bb = c.subjects[b].born;
    if (ba.has_value() != bb.has_value()) return ba.has_value();
    return ba.has_value() && *ba < *bb;
  });
  for (std::size_t k = 0; k < children.size(); ++k) {
    Subject& s = c.subjects[children[k]];
    if (!s.pseudonym.empty()) continue;
    for (std::size_t n = k + 1;; ++n) {
      std::string p = fmt::format("S{}", n);
      if (!pseudonym_taken(c, p)) {
        s.pseudonym = std::move(p);
        break;
      }
    }
  }
}

void assign_former_partners(CaseFile& c) {
  std::vector<std::size_t> partners;
  for (std::size_t i = 0; i < c.subjects.size(); ++i)
    if (policy::classify_role(c.subjects[i].role) == RoleClass::perpetrators_former_partner) partners.push_back(i);
  if (partners.size() == 1) {
    Subject& s = c.subjects[partners[0]];
    if (s.pseudonym.empty() && !pseudonym_taken(c, "PFP")) s.pseudonym = "PFP";
  }
  for (std::size_t k = 0; k < partners.size(); ++k) {
    Subject& s = c.subjects[partners[k]];
    for (std::size_t n = k + 1; s.pseudonym.empty(); ++n)
      if (std::string p = fmt::format("PFP{}", n); !pseudonym_taken(c, p)) s.pseudonym = std::move(p);
  }
}

void assign_single(CaseFile& c, RoleClass role, const char* pseudonym) {
  for (Subject& s : c.subjects)
    if (s.pseudonym.empty() && policy::classify_role(s.role) == role && !pseudonym_taken(c, pseudonym)) {
      s.pseudonym = pseudonym;
      return;  // a second victim falls through to letters rather than a duplicate
    }
}

}  // namespace

void assign_missing_pseudonyms(CaseFile& c, const std::vector<std::string>& letters_in_use) {
  if (c.policy.convention == Policy::Convention::roles) {
    assign_single(c, RoleClass::victim, "the Victim");
    assign_single(c, RoleClass::perpetrator, "the Perpetrator");
    assign_former_partners(c);
    assign_children(c);
  }
  LetterPool pool(c, letters_in_use);
  for (std::size_t i = 0; i < c.subjects.size(); ++i) {
    Subject& s = c.subjects[i];
    if (!s.pseudonym.empty()) continue;
    const char letter = pool.take(policy::classify_role(s.role));
    if (letter == 0)
      throw Error(ErrorKind::case_file, c.path,
                  fmt::format("subject {}: no capital letter is left for a pseudonym (give it one in the case file)", i + 1));
    s.pseudonym = std::string(1, letter);
  }
}

}  // namespace dhr
