#include "detect/case_names.h"

#include <fmt/format.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "detect/case_tokens.h"
#include "text/fold.h"
#include "text/utf8.h"

namespace dhr::detect {
namespace {

std::vector<std::string> split_words(const std::string& name) {
  std::vector<std::string> words;
  std::string word;
  for (char c : name) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      if (!word.empty()) words.push_back(std::move(word));
      word.clear();
    } else {
      word += c;
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

// "de" in "Maria de Souza", "van" in "Jan van der Berg": written in lower case inside a
// name, never a mention alone.
bool lower_case_start(const std::string& word) {
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(word.data());
  int32_t i = 0;
  UChar32 cp;
  U8_NEXT(bytes, i, static_cast<int32_t>(word.size()), cp);
  return cp >= 0 && u_islower(cp);
}

// Cuts a folded word into atoms at apostrophes, hyphens and full stops (kept as joiners);
// other punctuation is dropped.
void cut_atoms(std::string_view folded, std::vector<std::string>& atoms, std::string& joiners) {
  std::string atom;
  char pending = 0;
  for (std::size_t i = 0; i < folded.size();) {
    std::size_t len = 1;
    if (is_word_code_point(folded, i, &len)) {
      if (atom.empty() && !atoms.empty()) joiners += pending ? pending : '-';
      atom.append(folded.substr(i, len));
    } else {
      const char c = folded[i];
      if (!atom.empty()) {
        atoms.push_back(std::move(atom));
        atom.clear();
        pending = 0;
      }
      if (c == '\'' || c == '-' || c == '.') pending = pending ? pending : c;
    }
    i += len;
  }
  if (!atom.empty()) atoms.push_back(std::move(atom));
}

std::string first_letter(const std::string& folded_atom) {
  std::size_t len = 1;
  is_word_code_point(folded_atom, 0, &len);
  return folded_atom.substr(0, len);
}

}  // namespace

CaseNames::CaseNames(const CaseFile& case_file, const Lexicon& lexicon) {
  for (std::size_t i = 0; i < case_file.subjects.size(); ++i) {
    const Subject& s = case_file.subjects[i];
    NameOwner o;
    o.index = i;
    o.gender = s.gender;
    o.label = s.pseudonym.empty() ? fmt::format("#{}", i + 1) : s.pseudonym;
    owners_.push_back(std::move(o));
    const auto owner = static_cast<std::uint32_t>(owners_.size() - 1);
    add_name(owner, s.name, lexicon);
    std::uint8_t seq = 1;
    for (const std::string& alias : s.aliases) {
      const bool several_words = split_words(alias).size() > 1;
      add_alias(owner, alias, several_words ? seq : 0, lexicon);
      if (several_words && seq < 255) ++seq;
    }
  }
  for (std::size_t i = 0; i < case_file.professionals.size(); ++i) {
    NameOwner o;
    o.professional = true;
    o.index = i;
    owners_.push_back(std::move(o));
    add_name(static_cast<std::uint32_t>(owners_.size() - 1), case_file.professionals[i].name, lexicon);
  }
}

std::uint32_t CaseNames::add_part(NamePart part, const std::string& folded_word, const Lexicon& lexicon) {
  cut_atoms(folded_word, part.atoms, part.joiners);
  if (part.atoms.empty()) return UINT32_MAX;
  std::string joined;
  for (const std::string& a : part.atoms) joined += a;
  part.word_like = lexicon.is_common_word(folded_word) || lexicon.is_common_word(joined);
  const Place* place = lexicon.place(folded_word);
  part.place_like = place != nullptr && !place->is_county;
  const std::size_t letters = unicode::code_point_count(joined);
  if (letters < 2) part.standalone = false;
  part.short_name = letters <= 3;
  const auto id = static_cast<std::uint32_t>(parts_.size());
  const bool professional = owners_[part.owner].professional;
  by_first_atom_[part.atoms[0]].push_back(id);
  for (const std::string& a : part.atoms) {
    all_atoms_.insert(a);
    filter_.add(a);
  }
  if (part.atoms.size() > 1) {
    by_joined_[joined].push_back(id);
    all_atoms_.insert(joined);
    filter_.add(joined);
  }
  if (!professional && part.kind != PartKind::particle) {
    if (part.atoms[0].size() >= kMinMisspeltLength) approx_.add(part.atoms[0], id * 2);
    if (part.atoms.size() > 1 && joined.size() >= kMinMisspeltLength) approx_.add(joined, id * 2 + 1);
  }
  parts_.push_back(std::move(part));
  return id;
}

void CaseNames::add_name(std::uint32_t owner, const std::string& name, const Lexicon& lexicon) {
  const std::vector<std::string> words = split_words(name);
  std::vector<std::uint32_t> ids;
  for (std::size_t w = 0; w < words.size() && w < 255; ++w) {
    NamePart p;
    p.owner = owner;
    p.seq = 0;
    p.order = static_cast<std::uint8_t>(w + 1);  // order 0 is for one-word aliases, which
                                                  // may stand where the first name does
    p.seq_len = static_cast<std::uint8_t>(std::min<std::size_t>(words.size(), 255));
    const bool last = w + 1 == words.size();
    if (w == 0) p.kind = PartKind::first;
    else if (last) p.kind = PartKind::surname;
    else if (lower_case_start(words[w])) p.kind = PartKind::particle;
    else p.kind = PartKind::middle;
    if (p.kind == PartKind::particle) p.standalone = false;
    ids.push_back(add_part(std::move(p), unicode::fold(words[w]), lexicon));
  }
  // Initials: first + surname ("N.O."), first + any later part ("S.N." for Seán Ní
  // Bhriain, whose surname has two words), every proper part ("N.J.O."), and every atom
  // ("Z.A.H." for Zoë Ashworth-Hale).
  std::vector<std::string> letters;  // first letter of each proper part
  std::string atom_initials;
  for (std::uint32_t id : ids) {
    if (id == UINT32_MAX || parts_[id].kind == PartKind::particle) continue;
    letters.push_back(first_letter(parts_[id].atoms[0]));
    for (const std::string& a : parts_[id].atoms) atom_initials += first_letter(a);
  }
  if (letters.size() < 2) return;
  std::vector<std::string> variants;
  for (std::size_t k = 1; k < letters.size(); ++k) variants.push_back(letters[0] + letters[k]);
  std::string all;
  for (const std::string& l : letters) all += l;
  variants.push_back(std::move(all));
  variants.push_back(std::move(atom_initials));
  for (const std::string& v : variants) {
    filter_.add(v);
    if (owners_[owner].professional) {
      professional_initials_.insert(v);
      continue;
    }
    auto& list = initials_[v];
    if (list.empty() || list.back() != owner) list.push_back(owner);
    max_initials_ = std::max(max_initials_, unicode::code_point_count(v));
  }
}

void CaseNames::add_alias(std::uint32_t owner, const std::string& alias, std::uint8_t seq, const Lexicon& lexicon) {
  const std::vector<std::string> words = split_words(alias);
  for (std::size_t w = 0; w < words.size() && w < 255; ++w) {
    NamePart p;
    p.owner = owner;
    p.seq = seq;
    p.order = static_cast<std::uint8_t>(seq == 0 ? 0 : w);
    p.seq_len = static_cast<std::uint8_t>(std::min<std::size_t>(words.size(), 255));
    p.kind = PartKind::alias;
    // A word of a multi-word alias ("Big" of "Big Tash") is only a mention with the rest.
    if (seq != 0) p.standalone = false;
    add_part(std::move(p), unicode::fold(words[w]), lexicon);
  }
}

}  // namespace dhr::detect
