// The word lists detection consults (internal): ordinary English words, given names (with
// gender and frequency), surnames, places with their county, words that are never names
// (months, titles, heading words), words that end an organisation's name ("Hospital",
// "Trust"), and phrases that are never identifiers (agencies, laws, schemes). All keys are
// folded (text/fold.h). Loaded once per Detector from dictionaries/ (see
// dictionaries/README.md for each list's source and licence); tests build small ones by
// hand with the add_* methods.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <optional>
#include <vector>

#include "detect/word_map.h"
#include "dhr/finding.h"

namespace dhr::detect {

struct Place {
  std::string name;    // as written: "Stoke-on-Trent"
  std::string county;  // "Staffordshire"; empty for a county itself
  bool is_county = false;
  std::string kind;    // city | town | village | county (as the gazetteer says)
};

enum class NameGender : std::uint8_t { unknown, female, male };

struct GivenName {
  NameGender gender = NameGender::unknown;
  std::uint32_t count = 0;  // how common (births in the source data); 0 when unknown
};

// A set of folded words: the sorted lines of a generated list (loading is a split of the
// file, no copy of 300,000 words), found through a hash index of their positions, plus
// any words added by hand, hashed.
class WordSet {
 public:
  bool contains(std::string_view w) const;
  // The index of w among the sorted words, or -1 (for lists with columns).
  std::ptrdiff_t sorted_index(std::string_view w) const;
  void insert(std::string w) { added_.try_emplace(std::move(w)); }
  // Takes a generated list's text and its lines' first columns; sorts them when the file
  // was not sorted (a hand edit), so look-ups stay right.
  void adopt(std::string text, std::vector<std::string_view> words);
  std::size_t size() const { return sorted_.size() + added_.size(); }

 private:
  // The position of w in sorted_ (its first, where a word repeats), or -1.
  std::ptrdiff_t find(std::string_view w) const;
  void build_index();

  // Owns what sorted_ points into; shared, so a copied Lexicon points into the same text.
  std::vector<std::shared_ptr<const std::string>> texts_;
  std::vector<std::string_view> sorted_;
  WordIndex index_;  // positions in sorted_ (1-based), the first where a word repeats
  WordMap<bool> added_;
};

class Lexicon {
 public:
  Lexicon() = default;

  // Reads the lists under data_dir/dictionaries/. Throws dhr::Error naming a missing or
  // unreadable file. The generated lists are folded already (build.sh folds them), so
  // their lines go in as they are: loading everything takes tens of milliseconds.
  static Lexicon load(const std::string& data_dir);

  bool is_common_word(std::string_view folded) const { return common_words_.contains(folded); }
  bool is_given_name(std::string_view folded) const { return given_names_.contains(folded); }
  bool is_surname(std::string_view folded) const { return surnames_.contains(folded); }
  // The given name's gender and frequency, or null when it is no given name.
  const GivenName* given_name(std::string_view folded) const;
  std::size_t given_name_count() const { return given_names_.size(); }
  // A word no name list should make a name: months, days, titles, role and heading words.
  bool is_not_name(std::string_view folded) const { return not_names_.contains(folded); }
  // A word that, capitalised after a name-like phrase, makes it an organisation, facility,
  // street or law ("Hospital", "Trust", "Law", "Road").
  bool is_agency_head(std::string_view folded) const { return agency_heads_.contains(folded); }
  // A word that ends the name of something kept even when named after a person: a law,
  // hospital, hospice, charity, university ("Law", "Hospital": keep/institution_heads.txt).
  bool is_institution_head(std::string_view folded) const { return institution_heads_.contains(folded); }
  // The kind of place a word ends the name of: school ("Academy"), employer ("Ltd",
  // "Logistics") or pub ("Inn", "Arms"); nullopt for any other word.
  std::optional<Category> organisation_head(std::string_view folded) const;
  // The place of that (folded) name, or null. Hyphens and spaces are the same here
  // ("stoke-on-trent", "stoke on trent"). Where several places share a name the first
  // listed (a city before a town) is returned.
  const Place* place(std::string_view folded) const;
  // The most words (split at spaces and hyphens) of a place whose name starts with this
  // folded word; 0 when none does. Detectors trying phrases of several words against the
  // gazetteer ask this first: most capitalised words start no place name at all.
  std::size_t place_words_from(std::string_view first_word) const;
  // Phrases that are never identifiers: agencies, hospitals, trusts, laws, schemes.
  const std::vector<std::string>& never_identifiers() const { return never_; }

  void add_common_word(std::string_view word);
  void add_given_name(std::string_view name);
  void add_given_name(std::string_view name, NameGender gender, std::uint32_t count);
  void add_surname(std::string_view name);
  void add_place(Place place);
  void add_never_identifier(std::string_view phrase);
  void add_not_name(std::string_view word);
  void add_agency_head(std::string_view word);
  void add_institution_head(std::string_view word);
  void add_organisation_head(std::string_view word, Category category);

 private:
  using Set = WordMap<bool>;

  WordSet common_words_;
  WordSet given_names_;
  std::vector<GivenName> given_sorted_info_;  // per sorted given name
  WordMap<GivenName> given_added_info_;
  WordSet surnames_;
  Set not_names_;
  Set agency_heads_;
  Set institution_heads_;
  WordMap<Category> organisation_heads_;
  WordMap<Place> places_;
  WordMap<std::uint8_t> place_starts_;  // first word -> most words
  std::vector<std::string> never_;
};

}  // namespace dhr::detect
