// The case file compiled for matching (internal, for the case matcher): every name of
// every subject and professional cut into parts ("Zoë Ashworth-Hale" -> first "zoe",
// surname "ashworth"-"hale"), indexed by folded word so that one hash look-up per word
// of text finds every part that may start there, whatever the number of subjects.
//
// Variants are not spelled out one by one: titles, possessives, capitals, diacritics,
// line breaks and hyphens are handled where the parts are matched against the words of
// a block (case_matcher.cpp); only the things that change a word itself are indexed here
// (a hyphenated part rejoined, "ashworthhale", and one-edit misspellings).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "detect/case_edit_distance.h"
#include "detect/key_filter.h"
#include "detect/word_hash.h"
#include "detect/lexicon.h"
#include "dhr/case_file.h"

namespace dhr::detect {

enum class PartKind : std::uint8_t { first, middle, surname, particle, alias };

// Whose a name is: a subject (to be found) or a professional (named on purpose: a part
// of their name is only ever matched to block a subject's match inside it).
struct NameOwner {
  bool professional = false;
  std::size_t index = 0;  // into CaseFile::subjects or ::professionals
  Gender gender = Gender::unknown;
  std::string label;      // the subject's pseudonym ("N"), or "#3" when it has none
};

// One space-separated word of a name, itself made of atoms joined by apostrophes or
// hyphens ("o'connell" = "o" ' "connell").
struct NamePart {
  std::uint32_t owner = 0;
  std::uint8_t seq = 0;      // 0: the name (and one-word aliases); k: the k-th multi-word alias
  std::uint8_t order = 0;    // position within seq; one-word aliases stand where the first name does
  std::uint8_t seq_len = 1;  // parts in seq
  PartKind kind = PartKind::first;
  bool word_like = false;    // also an ordinary word ("Will", "Hope", "Young"): needs evidence
  bool place_like = false;   // also a town ("Chester", "Barnack"): needs evidence, and after
                             // "in", "at", "from" it is the town
  bool standalone = true;    // may be a mention on its own (not a particle, not a lone letter)
  bool short_name = false;   // three letters or fewer: alone, only when capitalised
  std::vector<std::string> atoms;  // folded
  std::string joiners;             // joiners[k] sits between atoms[k] and atoms[k + 1]
};

class CaseNames {
 public:
  CaseNames(const CaseFile& case_file, const Lexicon& lexicon);

  const std::vector<NameOwner>& owners() const { return owners_; }
  const std::vector<NamePart>& parts() const { return parts_; }

  // False when `word` is certainly no key of starting_with, joined_as, is_name_atom or
  // subjects_with_initials: the fast path for the ordinary words of a report.
  bool may_be_key(std::string_view word) const { return filter_.may_contain(word); }
  // Parts whose first atom is `word`.
  const std::vector<std::uint32_t>* starting_with(std::string_view word) const { return lookup(by_first_atom_, word); }
  // Multi-atom parts whose atoms, written together, are `word` ("oconnell").
  const std::vector<std::uint32_t>* joined_as(std::string_view word) const { return lookup(by_joined_, word); }
  // Whether `word` is any atom (or joined part) of anyone's name.
  bool is_name_atom(std::string_view word) const { return all_atoms_.contains(word); }
  // Parts (id * 2, + 1 when matched as joined) of subjects, five letters or more, one
  // edit from `word`.
  void one_edit_from(std::string_view word, std::vector<std::uint32_t>& out) const { approx_.find(word, out); }
  // Subject owners with these folded initials ("no", "njo"); professionals' initials.
  const std::vector<std::uint32_t>* subjects_with_initials(std::string_view letters) const { return lookup(initials_, letters); }
  bool professional_has_initials(std::string_view letters) const { return professional_initials_.contains(letters); }
  // Longest initials string indexed (0 when there are none).
  std::size_t max_initials() const { return max_initials_; }

  // Misspellings are looked for in parts of at least this many letters.
  static constexpr std::size_t kMinMisspeltLength = 5;

 private:
  using Index = std::unordered_map<std::string, std::vector<std::uint32_t>, WordHash, std::equal_to<>>;
  static const std::vector<std::uint32_t>* lookup(const Index& index, std::string_view key) {
    const auto it = index.find(key);
    return it == index.end() ? nullptr : &it->second;
  }

  void add_name(std::uint32_t owner, const std::string& name, const Lexicon& lexicon);
  void add_alias(std::uint32_t owner, const std::string& alias, std::uint8_t seq, const Lexicon& lexicon);
  std::uint32_t add_part(NamePart part, const std::string& folded_word, const Lexicon& lexicon);

  std::vector<NameOwner> owners_;
  std::vector<NamePart> parts_;
  Index by_first_atom_;
  Index by_joined_;
  Index initials_;
  std::unordered_set<std::string, WordHash, std::equal_to<>> all_atoms_;
  std::unordered_set<std::string, WordHash, std::equal_to<>> professional_initials_;
  OneEditIndex approx_;
  KeyFilter filter_;
  std::size_t max_initials_ = 0;
};

}  // namespace dhr::detect
