#include "detect/keep_rules.h"

#include <algorithm>
#include <array>

#include "detect/case_words.h"
#include "detect/names_words.h"

namespace dhr::detect {
namespace {

// Whether the lower-case word at i may sit inside an institution's name, between
// capitalised words: "Heart of England", "Duke of Edinburgh's Award", "Royal Hospital for
// Neuro-disability", "Museum of the Moving Image", "Guy's and St Thomas'". Not "and" or
// "the" on their own: "the death of Tariq the Independent Police ..." is no name.
bool inside_name(const std::vector<NameToken>& w, std::size_t i) {
  const std::string_view k = w[i].key;
  if (i == 0 || i + 1 >= w.size()) return false;
  if (k == "of" || k == "for" || k == "upon" || k == "de" || k == "la" || k == "y")
    return w[i - 1].shape == Shape::cap || w[i - 1].shape == Shape::upper;
  if (k == "the") return w[i - 1].key == "of" || w[i - 1].key == "for";
  if (k == "and") return w[i + 1].key == "st" || w[i + 1].key == "saint";
  return false;
}

// Punctuation that may sit between two words of one name: none, an ampersand, a hyphen,
// an apostrophe, or the full stop of "St." or an initial ("Guy's and St. Thomas'", "the
// J. Smith Foundation") — not a sentence's.
bool joins_name(char punct, const NameToken& before) {
  if (punct == '.') return before.key == "st" || before.key.size() == 1;
  return punct == 0 || punct == '&' || punct == '-' || punct == '\'';
}

std::vector<std::string> subject_words_of(const CaseFile* c) {
  std::vector<std::string> out;
  if (c == nullptr) return out;
  auto add_words = [&](const std::string& name) {
    std::string folded = unicode::fold(name);
    for (char& ch : folded)
      if (ch == '-') ch = ' ';
    std::size_t start = 0;
    while (start < folded.size()) {
      const std::size_t end = std::min(folded.find(' ', start), folded.size());
      if (end > start) out.push_back(folded.substr(start, end - start));
      start = end + 1;
    }
  };
  for (const Subject& s : c->subjects) {
    add_words(s.name);
    for (const std::string& a : s.aliases) add_words(a);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}


bool capitalised(const NameToken& t) { return t.shape == Shape::cap || t.shape == Shape::upper; }

// Words before a town: "in Barnack", "at Chester", "from Preston", "near Ely".
bool locative(std::string_view key) {
  return key == "in" || key == "at" || key == "from" || key == "near" || key == "into" || key == "outside" ||
         key == "around" || key == "towards" || key == "via" || key == "across" || key == "within";
}

// Verbs after which "to" leads to a place: "moved to Barnack" (but "spoke to Chelsea").
bool of_moving(std::string_view key) {
  return key == "moved" || key == "move" || key == "moving" || key == "went" || key == "go" || key == "going" ||
         key == "returned" || key == "travelled" || key == "traveled" || key == "drove" || key == "came" ||
         key == "relocated" || key == "fled" || key == "walked" || key == "back" || key == "transferred";
}

}  // namespace

std::vector<std::string> professional_forms(const std::string& name, const CaseFile* c) {
  std::vector<std::string> out{name};
  const auto space = name.find_last_of(' ');
  if (space == std::string::npos) return out;
  const std::string surname = name.substr(space + 1);
  const std::string folded_surname = unicode::fold(surname);
  const std::string own_title = unicode::fold(name.substr(0, name.find(' ')));
  for (std::string_view t : names::kTitles) {
    // "Mrs Sandhu" is not the panel's Kam Sandhu when a subject is a Mrs Sandhu: a title
    // that fits a subject of the same surname is the subject's, unless the professional's
    // own name carries it.
    const Gender g = title_gender(t);
    const bool fits_subject = c != nullptr && t != own_title && std::any_of(c->subjects.begin(), c->subjects.end(), [&](const Subject& s) {
      const auto sp = s.name.find_last_of(' ');
      return sp != std::string::npos && unicode::fold(s.name.substr(sp + 1)) == folded_surname &&
             (g != Gender::unknown && title_fits(g, s.gender));
    });
    if (fits_subject) continue;
    out.push_back(std::string(t) + " " + surname);
    out.push_back(std::string(t) + ". " + surname);
  }
  // Police ranks as titles ("DS Hughes", "PC Hughes"): genderless, so always the officer's.
  for (std::string_view r : names::kRanks) out.push_back(std::string(r) + " " + surname);
  return out;
}

std::vector<TextSpan> institution_spans(const std::vector<NameToken>& words, const Lexicon& lexicon,
                                        const std::vector<std::string>& subject_words,
                                        const std::vector<std::pair<std::string, std::string>>& full_names) {
  std::vector<TextSpan> out;
  for (std::size_t i = 1; i < words.size(); ++i) {
    const NameToken& head = words[i];
    if (!capitalised(head) || !lexicon.is_institution_head(head.key)) continue;
    if (std::binary_search(subject_words.begin(), subject_words.end(), head.key)) continue;
    // Walk left over the capitalised words of the name (and the small words inside one).
    std::size_t left = i;
    for (std::size_t j = i; j > 0; --j) {
      if (!joins_name(words[j].punct_before, words[j - 1])) break;
      if (capitalised(words[j - 1])) left = j - 1;
      else if (words[j - 1].shape != Shape::lower || !inside_name(words, j - 1)) break;
    }
    if (left == i) continue;
    // A subject's whole name in it ("the Hollie Gazzard Trust", a charity the family
    // founded in her name) names the subject: no keeping it.
    bool names_subject = false;
    for (std::size_t k = left; k + 1 < i && !names_subject; ++k)
      for (const auto& [first, last] : full_names)
        if (words[k].key == first && words[k + 1].key == last) names_subject = true;
    if (!names_subject) out.push_back({words[left].ob, head.oe, KeepReason::institution});
  }
  return out;
}


void place_spans(const std::vector<NameToken>& words, const Lexicon& lexicon, std::vector<TextSpan>& out) {
  for (std::size_t i = 1; i < words.size(); ++i) {
    const NameToken& t = words[i];
    if (!capitalised(t)) continue;
    const std::string_view before = words[i - 1].key;
    const bool after_locative = t.punct_before == 0 && words[i - 1].shape == Shape::lower &&
                                (locative(before) || (before == "to" && i >= 2 && of_moving(words[i - 2].key)));
    // "Sedbergh Road, Kendal", "GP, Keighley": a town after a street or an agency's
    // abbreviation and a comma.
    const bool after_street = t.punct_before == ',' &&
                              (lexicon.is_agency_head(before) || words[i - 1].shape == Shape::upper);
    // "Kendal NPT", "Harlow MARAC", "Keighley police station": a town before an agency's
    // or facility's word.
    const bool before_agency = i + 1 < words.size() && words[i + 1].punct_before == 0 && !t.possessive &&
                               (lexicon.is_agency_head(words[i + 1].key) || words[i + 1].key == "marac" ||
                                words[i + 1].key == "npt" || words[i + 1].key == "area" ||
                                words[i + 1].key == "district" || words[i + 1].key == "town");
    if (!after_locative && !after_street && !before_agency) continue;
    // The longest place of one or more words starting here ("Bishop's Stortford").
    const std::size_t most = lexicon.place_words_from(t.key);
    for (std::size_t n = std::min(most, words.size() - i); n >= 1; --n) {
      std::string name(t.key);
      bool joined = true;
      for (std::size_t k = 1; k < n; ++k) {
        if (!capitalised(words[i + k]) && words[i + k].key != "on" && words[i + k].key != "upon") joined = false;
        name += ' ';
        name += words[i + k].key;
      }
      if (!joined || lexicon.place(name) == nullptr) continue;
      if (words[i + n - 1].possessive) break;  // "in Chelsea's room": hers
      out.push_back({t.ob, words[i + n - 1].oe, KeepReason::place});
      break;
    }
  }
}

void street_spans(const std::vector<NameToken>& words, const std::vector<std::string>& street_types,
                  const std::vector<std::string>& subject_words, std::vector<TextSpan>& out) {
  for (std::size_t i = 1; i < words.size(); ++i) {
    const NameToken& head = words[i];
    if (!capitalised(head) || !std::binary_search(street_types.begin(), street_types.end(), head.key)) continue;
    if (std::binary_search(subject_words.begin(), subject_words.end(), head.key)) continue;
    std::size_t left = i;
    for (std::size_t j = i; j > 0; --j) {
      if (!joins_name(words[j].punct_before, words[j - 1]) || !capitalised(words[j - 1])) break;
      left = j - 1;
    }
    if (left < i) out.push_back({words[left].ob, head.oe, KeepReason::street});
  }
}

namespace {

// The name of an institution span without its head word ("George Eliot" of "George Eliot
// Hospital", "James Paget" of "James Paget University Hospital"): kept wherever the report
// uses it, as each run of two words or more from its start, or after "the" ("the
// Christie" of "Christie Hospital").
void learned_names(const std::vector<NameToken>& words, const TextSpan& span, std::vector<std::string>& out) {
  std::size_t first = words.size(), head = 0;
  for (std::size_t i = 0; i < words.size(); ++i)
    if (words[i].ob >= span.begin && words[i].oe <= span.end) {
      first = std::min(first, i);
      head = i;
    }
  if (first >= head) return;
  std::string name;
  for (std::size_t i = first; i < head; ++i) {
    name += (name.empty() ? "" : " ") + std::string(words[i].key);
    if (i > first) out.push_back(name);
    out.push_back("the " + name);
  }
}

}  // namespace

AllowList kept_phrases(const KeepInputs& in) {
  std::vector<std::string> keep_entries, professionals, pseudonyms, report_professionals;
  if (in.case_file != nullptr) {
    keep_entries = in.case_file->keep;
    for (const Professional& p : in.case_file->professionals)
      for (std::string& f : professional_forms(p.name, in.case_file)) professionals.push_back(std::move(f));
    for (const Subject& s : in.case_file->subjects) pseudonyms.push_back(s.pseudonym);
  }
  if (in.report_professionals != nullptr)
    for (const std::string& name : *in.report_professionals)
      for (std::string& f : professional_forms(name, in.case_file)) report_professionals.push_back(std::move(f));
  const PhraseSet keep_set(keep_entries, KeepReason::keep_entry);
  const PhraseSet professional_set(professionals, KeepReason::professional);
  const PhraseSet report_set(report_professionals, KeepReason::report_professional);
  const PhraseSet pseudonym_set(pseudonyms, KeepReason::pseudonym);

  const std::vector<std::string> subject_words = subject_words_of(in.case_file);
  std::vector<std::pair<std::string, std::string>> full_names;  // first and last word of each subject's name
  if (in.case_file != nullptr)
    for (const Subject& s : in.case_file->subjects) {
      const std::string n = unicode::fold(s.name);
      const auto sp = n.find(' ');
      if (sp != std::string::npos) full_names.emplace_back(n.substr(0, sp), n.substr(n.rfind(' ') + 1));
    }
  std::vector<std::vector<TextSpan>> institutions(in.folded.size());
  std::vector<std::string> learned;  // institutions' names without their head word
  for (std::size_t b = 0; b < in.words.size() && b < in.folded.size(); ++b) {
    institutions[b] = institution_spans(in.words[b], in.lexicon, subject_words, full_names);
    for (const TextSpan& span : institutions[b])
      learned_names(in.words[b], span, learned);
    place_spans(in.words[b], in.lexicon, institutions[b]);
    if (in.street_types != nullptr) street_spans(in.words[b], *in.street_types, subject_words, institutions[b]);
  }
  // "The George Eliot Hospital" once, "the George Eliot" after: the report's own short
  // forms of the institutions it named in full.
  const PhraseSet learned_set(learned, KeepReason::institution);
  const std::array<const PhraseSet*, 6> sets{&keep_set,      &professional_set, &report_set,
                                             &pseudonym_set, in.never,          &learned_set};
  return AllowList(sets, in.folded, std::move(institutions));
}

}  // namespace dhr::detect
