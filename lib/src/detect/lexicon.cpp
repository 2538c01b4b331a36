#include "detect/lexicon.h"

#include <fstream>

#include "dhr/error.h"
#include "text/fold.h"

namespace dhr::detect {
namespace {

// Calls fn(line) for each non-empty, non-comment (#) line of a UTF-8 list file.
template <typename Fn>
void for_each_line(const std::string& path, Fn fn) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorKind::not_found, path, "dictionary file missing (is the data folder complete?)");
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    fn(line);
  }
}

}  // namespace

Lexicon Lexicon::load(const std::string& data_dir) {
  Lexicon lex;
  const std::string dir = data_dir + "/dictionaries/";
  for_each_line(dir + "words/common.txt", [&](const std::string& w) { lex.add_common_word(w); });
  for_each_line(dir + "names/given.txt", [&](const std::string& n) { lex.add_given_name(n.substr(0, n.find('\t'))); });
  for_each_line(dir + "names/surnames.txt", [&](const std::string& n) { lex.add_surname(n.substr(0, n.find('\t'))); });
  for_each_line(dir + "places/places.tsv", [&](const std::string& row) {
    // name <TAB> county <TAB> kind (town|city|village|county)
    const auto t1 = row.find('\t');
    const auto t2 = t1 == std::string::npos ? std::string::npos : row.find('\t', t1 + 1);
    Place p;
    p.name = row.substr(0, t1);
    if (t1 != std::string::npos) p.county = row.substr(t1 + 1, t2 == std::string::npos ? std::string::npos : t2 - t1 - 1);
    p.is_county = t2 != std::string::npos && row.substr(t2 + 1) == "county";
    lex.add_place(std::move(p));
  });
  for_each_line(dir + "keep/never_identifiers.txt", [&](const std::string& phrase) { lex.add_never_identifier(phrase); });
  return lex;
}

const Place* Lexicon::place(std::string_view folded) const {
  const auto it = places_.find(std::string(folded));
  return it == places_.end() ? nullptr : &it->second;
}

void Lexicon::add_common_word(std::string_view word) { common_words_.insert(unicode::fold(word)); }
void Lexicon::add_given_name(std::string_view name) { given_names_.insert(unicode::fold(name)); }
void Lexicon::add_surname(std::string_view name) { surnames_.insert(unicode::fold(name)); }
void Lexicon::add_place(Place place) {
  std::string key = unicode::fold(place.name);
  places_.emplace(std::move(key), std::move(place));
}
void Lexicon::add_never_identifier(std::string_view phrase) { never_.push_back(std::string(phrase)); }

}  // namespace dhr::detect
