// Policy: findings -> edits (see dhr/policy.h for the rules as a user sees them).
#include <algorithm>
#include <map>
#include <set>

#include "dhr/policy.h"
#include "policy/age_bands.h"
#include "policy/date_phrases.h"
#include "policy/text_case.h"
#include "text/fold.h"

namespace dhr {
namespace {

using policy::capitalise_first;
using policy::is_sentence_start;
using policy::upper_case;

// The phrase that replaces a structured identifier, a school, an employer or a pub.
std::string neutral_phrase(const Finding& f) {
  switch (f.category) {
    case Category::postcode: return "[postcode]";
    case Category::phone: return "[phone number]";
    case Category::email: return "[email address]";
    case Category::nhs_number: return "[NHS number]";
    case Category::ni_number: return "[NI number]";
    case Category::vehicle: return "[vehicle registration]";
    case Category::handle: return "[social media handle]";
    case Category::url: return "[web address]";
    case Category::employer: return "a local employer";
    case Category::pub: return "a local pub";
    case Category::school: {
      const std::string t = unicode::fold(f.text);
      if (t.find("primary") != std::string::npos || t.find("infant") != std::string::npos ||
          t.find("junior") != std::string::npos)
        return "a local primary school";
      if (t.find("high") != std::string::npos || t.find("secondary") != std::string::npos ||
          t.find("academy") != std::string::npos || t.find("grammar") != std::string::npos)
        return "a local secondary school";
      if (t.find("college") != std::string::npos) return "a local college";
      return "a local school";
    }
    default: return "[removed]";
  }
}

// "her", "his" or "their" for an age finding: from the subject named just before it in
// the same block (its gender in the case file), else from the noun of the age phrase.
policy::Pronoun pronoun_for_age(const Finding& age, const std::vector<Finding>& findings, const CaseFile& c) {
  static const std::set<std::string, std::less<>> female = {"woman", "girl", "mother", "daughter", "wife", "sister",
                                                             "lady", "grandmother", "aunt", "niece", "female"};
  static const std::set<std::string, std::less<>> male = {"man", "boy", "father", "son", "husband", "brother",
                                                           "gentleman", "grandfather", "uncle", "nephew", "male"};
  const auto bar = age.form.rfind('|');
  if (bar != std::string::npos && std::count(age.form.begin(), age.form.end(), '|') == 2) {
    std::string noun = age.form.substr(bar + 1);
    const auto space = noun.rfind(' ');
    if (space != std::string::npos) noun = noun.substr(space + 1);
    if (female.contains(noun)) return "her";
    if (male.contains(noun)) return "his";
  }
  const Finding* before = nullptr;
  for (const Finding& f : findings)
    if (f.block == age.block && f.category == Category::person && !f.subject.empty() && f.end <= age.begin &&
        age.begin - f.end < 120)
      before = &f;
  if (before != nullptr)
    for (const Subject& s : c.subjects)
      if (s.pseudonym == before->subject) {
        if (s.gender == Gender::female) return "her";
        if (s.gender == Gender::male) return "his";
      }
  return "their";
}

// "an address in Cannock": the locality the detector read off the address itself
// (Finding::locality), when the policy keeps towns.
std::string address_phrase(const Finding& f, const CaseFile& c) {
  if (c.policy.addresses == Policy::Addresses::town && !f.locality.empty()) return "an address in " + f.locality;
  return "an address";
}

struct PlanBuilder {
  const Document& doc;
  const std::vector<Finding>& findings;
  const CaseFile& c;
  const PlaceLookup& places;
  Plan plan;
  std::map<std::string, std::string> residual_letters;  // folded residual name -> letter
  std::set<std::string> letters_taken;

  void add(const Finding& f, std::string replacement, std::string rule, std::uint32_t begin, std::uint32_t end) {
    Edit e;
    e.block = f.block;
    e.begin = begin;
    e.end = end;
    e.replacement = std::move(replacement);
    e.category = f.category;
    e.subject = f.subject;
    e.original = doc.blocks[f.block].text.substr(begin, end - begin);
    e.why = f.why + (f.why.empty() ? "" : "; ") + rule;
    plan.edits.push_back(std::move(e));
  }

  void add(const Finding& f, std::string replacement, std::string rule) {
    add(f, std::move(replacement), std::move(rule), f.begin, f.end);
  }

  // A subject's pseudonym written the way the mention was: capitalised at a sentence
  // start, upper case in an upper-case heading, "'s" restored after an s-less possessive.
  void person(const Finding& f, const std::string& pseudonym, std::string rule) {
    const std::string& text = doc.blocks[f.block].text;
    std::string rep = pseudonym;
    if (f.form == "upper" || (f.form != "initials" && policy::is_upper_case_word(f.text))) rep = upper_case(rep);
    else if (is_sentence_start(text, f.begin)) rep = capitalise_first(rep);
    std::uint32_t end = f.end;
    // "James' car" -> "Z's car": an apostrophe after the name that is not followed by a
    // letter is an s-less possessive, which reads wrongly after a pseudonym without s.
    for (std::string_view apos : {"'", "\xE2\x80\x99"}) {
      if (std::string_view(text).substr(end).starts_with(apos)) {
        const std::size_t after = end + apos.size();
        const bool letter_follows = after < text.size() && std::isalpha(static_cast<unsigned char>(text[after]));
        if (!letter_follows && !rep.empty() && rep.back() != 's' && rep.back() != 'S') {
          rep += std::string(apos) + "s";
          end = static_cast<std::uint32_t>(after);
        }
      }
    }
    add(f, rep, std::move(rule), f.begin, end);
  }

  std::string fresh_letter() {
    for (char l = 'B'; l <= 'Z'; ++l) {
      const std::string s(1, l);
      if (l == 'I' || letters_taken.contains(s)) continue;
      letters_taken.insert(s);
      return s;
    }
    return "";
  }

  // Residual names keep one letter per person: "Grace Adeyemi", "Grace" and "Ms Adeyemi"
  // share it (matched on first or last word of an earlier full name).
  std::string residual_pseudonym(const Finding& f) {
    std::string key = unicode::fold(f.text);
    for (const char* t : {"mr ", "mrs ", "ms ", "miss ", "dr ", "mx "})
      if (key.starts_with(t)) key = key.substr(std::string_view(t).size());
    if (auto it = residual_letters.find(key); it != residual_letters.end()) return it->second;
    for (const auto& [name, letter] : residual_letters) {
      const auto space = name.find(' ');
      if (space == std::string::npos) continue;
      if (name.substr(0, space) == key || name.substr(name.rfind(' ') + 1) == key) return letter;
    }
    std::string letter = fresh_letter();
    if (letter.empty()) return "";
    residual_letters.emplace(key, letter);
    plan.key.push_back({f.text, letter, "unknown (residual)", "residual"});
    return letter;
  }

  void take(const Finding& f) {
    switch (f.category) {
      case Category::person:
        // A mention the evidence could not attribute is written with its best guess (an
        // output never shows alternatives) and listed for a person to confirm.
        if (f.needs_decision) plan.for_review.push_back(f);
        if (!f.subject.empty()) return person(f, f.subject, f.needs_decision ? "policy: pseudonym (best guess)" : "policy: pseudonym");
        if (c.policy.unknown_names == Policy::UnknownNames::pseudonymise) {
          const std::string letter = residual_pseudonym(f);
          if (!letter.empty()) return person(f, letter, "policy: residual name given a fresh letter");
        }
        plan.for_review.push_back(f);
        return;
      case Category::age: {
        if (c.policy.ages == Policy::Ages::keep) return;
        if (c.policy.ages == Policy::Ages::remove) return add(f, "[age]", "policy: ages removed");
        return add(f, policy::age_band_phrase(f.form, f.text, pronoun_for_age(f, findings, c)), "policy: age band");
      }
      case Category::dob: {
        if (c.policy.dates_of_birth == Policy::DatesOfBirth::keep) return;
        const bool year = c.policy.dates_of_birth == Policy::DatesOfBirth::year;
        return add(f, policy::generalise_date(f.text, year ? policy::DateKeep::year : policy::DateKeep::nothing, "born"),
                   year ? "policy: date of birth to year" : "policy: date of birth removed");
      }
      case Category::date_of_death:
        return add(f, policy::generalise_date(f.text, policy::DateKeep::month_year, "died"),
                   "policy: date of death to month and year");
      case Category::address:
        // A street named on its own, learned from an address: it goes like the address.
        if (f.form == "street") return add(f, "[street]", "policy: street of an address removed");
        return add(f, address_phrase(f, c), "policy: address generalised");
      case Category::place: {
        if (c.policy.places == Policy::Places::keep) return;
        std::optional<PlaceInfo> p = places ? places(f.text) : std::nullopt;
        if (p && p->is_county) return;  // counties are broad enough to keep
        if (c.policy.places == Policy::Places::county && p && !p->county.empty())
          return add(f, "a town in " + p->county, "policy: town to county");
        return add(f, "a town", "policy: town removed");
      }
      default: {
        std::string rep = neutral_phrase(f);
        std::uint32_t begin = f.begin;
        // "the Red Lion" -> "a local pub", not "the a local pub".
        const std::string& text = doc.blocks[f.block].text;
        if (rep.starts_with("a ") && begin >= 4) {
          const std::string before = unicode::fold(std::string_view(text).substr(begin - 4, 4));
          if (before == "the ") begin -= 4;
        }
        if (is_sentence_start(text, begin)) rep = capitalise_first(rep);
        return add(f, rep, "policy: neutral phrase", begin, f.end);
      }
    }
  }

  // Adjacent mentions of one subject ("Natasha" + "Okafor" found apart) become one
  // pseudonym; overlapping edits become one edit covering both.
  void resolve_overlaps() {
    auto& edits = plan.edits;
    std::stable_sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) {
      return a.block != b.block ? a.block < b.block : a.begin < b.begin;
    });
    std::vector<Edit> out;
    for (Edit& e : edits) {
      if (!out.empty() && out.back().block == e.block) {
        Edit& last = out.back();
        const std::string& text = doc.blocks[e.block].text;
        if (e.begin < last.end) {  // overlap
          if (e.end > last.end) {
            last.replacement += " " + e.replacement;
            last.end = e.end;
            last.original = text.substr(last.begin, last.end - last.begin);
            last.why += "; overlapping findings merged";
          }
          continue;
        }
        const std::string_view gap = std::string_view(text).substr(last.end, e.begin - last.end);
        const bool only_space = gap.find_first_not_of(" \n\t") == std::string_view::npos;
        if (only_space && last.category == Category::person && e.category == Category::person && !last.subject.empty() &&
            last.subject == e.subject && !last.replacement.ends_with("'s") && !last.replacement.ends_with("\xE2\x80\x99s")) {
          last.end = e.end;
          last.original = text.substr(last.begin, last.end - last.begin);
          continue;
        }
      }
      out.push_back(std::move(e));
    }
    edits = std::move(out);
  }
};

}  // namespace

std::vector<std::string> letters_in_use(const Document& doc) {
  std::set<char> seen;
  for (const Block& b : doc.blocks) {
    const std::string& t = b.text;
    for (std::size_t i = 0; i < t.size(); ++i) {
      const char ch = t[i];
      if (ch < 'A' || ch > 'Z') continue;
      const bool left = i == 0 || !std::isalnum(static_cast<unsigned char>(t[i - 1]));
      const bool right = i + 1 == t.size() || !std::isalnum(static_cast<unsigned char>(t[i + 1]));
      if (left && right) seen.insert(ch);
    }
  }
  std::vector<std::string> out;
  for (char ch : seen) out.emplace_back(1, ch);
  return out;
}

CaseFile effective_case(const CaseFile& case_file, const Document& doc) {
  CaseFile c = case_file;
  // The letters the report uses matter only for a subject still without a pseudonym
  // (reading them is a pass over the whole text, on every scan).
  const bool missing = std::any_of(c.subjects.begin(), c.subjects.end(), [](const Subject& s) { return s.pseudonym.empty(); });
  if (missing) assign_missing_pseudonyms(c, letters_in_use(doc));
  return c;
}

Plan plan_edits(const Document& doc, const std::vector<Finding>& findings, const CaseFile& case_file,
                const PlaceLookup& places) {
  const CaseFile effective = effective_case(case_file, doc);
  PlanBuilder b{doc, findings, effective, places, {}, {}, {}};
  for (const std::string& l : letters_in_use(doc)) b.letters_taken.insert(l);
  for (std::size_t i = 0; i < effective.subjects.size(); ++i) {
    const Subject& s = effective.subjects[i];
    b.letters_taken.insert(s.pseudonym);
    const bool given = i < case_file.subjects.size() && !case_file.subjects[i].pseudonym.empty();
    b.plan.key.push_back({s.name, s.pseudonym, s.role, given ? "case file" : "convention"});
  }
  for (const Finding& f : findings) b.take(f);
  b.resolve_overlaps();
  return std::move(b.plan);
}

Document apply_edits(const Document& doc, const std::vector<Edit>& edits) {
  Document out = doc;
  // Edits are sorted and disjoint; apply each block's from the end so offsets hold.
  for (auto it = edits.rbegin(); it != edits.rend(); ++it) {
    Block& b = out.blocks[it->block];
    b.text.replace(it->begin, it->end - it->begin, it->replacement);
    b.anchors.clear();
  }
  return out;
}

}  // namespace dhr
