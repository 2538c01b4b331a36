// The word lists detection consults (internal): ordinary English words, given names,
// surnames, places with their county, and phrases that are never identifiers (agencies,
// laws, schemes). All keys are folded (text/fold.h). Loaded once per Detector from
// dictionaries/ (see dictionaries/README.md for each list's source and licence); tests
// build small ones by hand with the add_* methods.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace dhr::detect {

struct Place {
  std::string name;    // as written: "Stoke-on-Trent"
  std::string county;  // "Staffordshire"; empty for a county itself
  bool is_county = false;
};

class Lexicon {
 public:
  Lexicon() = default;

  // Reads the lists under data_dir/dictionaries/. Throws dhr::Error naming a missing or
  // unreadable file.
  static Lexicon load(const std::string& data_dir);

  bool is_common_word(std::string_view folded) const { return common_words_.contains(std::string(folded)); }
  bool is_given_name(std::string_view folded) const { return given_names_.contains(std::string(folded)); }
  bool is_surname(std::string_view folded) const { return surnames_.contains(std::string(folded)); }
  // The place of that (folded) name, or null.
  const Place* place(std::string_view folded) const;
  // Phrases that are never identifiers: agencies, hospitals, trusts, laws, schemes.
  const std::vector<std::string>& never_identifiers() const { return never_; }

  void add_common_word(std::string_view word);
  void add_given_name(std::string_view name);
  void add_surname(std::string_view name);
  void add_place(Place place);
  void add_never_identifier(std::string_view phrase);

 private:
  std::unordered_set<std::string> common_words_;
  std::unordered_set<std::string> given_names_;
  std::unordered_set<std::string> surnames_;
  std::unordered_map<std::string, Place> places_;
  std::vector<std::string> never_;
};

}  // namespace dhr::detect
