#include "detect/lexicon.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>

#include "dhr/error.h"
#include "text/fold.h"

namespace dhr::detect {
namespace {

// Reads a whole list file: the lists are a few MB, and one read is the fastest way in.
std::string read_list(const std::string& path) {
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> f(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!f) throw Error(ErrorKind::not_found, path, "dictionary file missing (is the data folder complete?)");
  std::string data;
  if (std::fseek(f.get(), 0, SEEK_END) == 0) {
    const long size = std::ftell(f.get());
    std::rewind(f.get());
    if (size > 0) data.reserve(static_cast<std::size_t>(size));
  }
  char buf[1 << 16];
  for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, f.get())) > 0;) data.append(buf, n);
  if (std::ferror(f.get())) throw Error(ErrorKind::io, path, "cannot read dictionary file");
  return data;
}

// Calls fn(line) for each non-empty, non-comment (#) line of a list's text.
template <typename Fn>
void for_each_line_of(std::string_view text, Fn fn) {
  while (!text.empty()) {
    const auto nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    fn(line);
  }
}

template <typename Fn>
void for_each_line(const std::string& path, Fn fn) {
  for_each_line_of(read_list(path), fn);
}

// Field i (0-based) of a TAB-separated line; empty when absent.
std::string_view field(std::string_view line, int i) {
  for (; i > 0; --i) {
    const auto t = line.find('\t');
    if (t == std::string_view::npos) return {};
    line.remove_prefix(t + 1);
  }
  return line.substr(0, line.find('\t'));
}

NameGender gender_from(std::string_view g) {
  if (g == "f") return NameGender::female;
  if (g == "m") return NameGender::male;
  return NameGender::unknown;
}

// Loads a generated (folded, sorted) list into a WordSet; fn(line) sees each line too.
template <typename Fn>
void load_sorted(const std::string& path, WordSet& set, Fn fn) {
  std::string text = read_list(path);
  std::vector<std::string_view> words;
  words.reserve(text.size() / 8);  // about one word per 8 bytes in these lists
  for_each_line_of(text, [&](std::string_view line) {
    fn(line);
    words.push_back(field(line, 0));
  });
  set.adopt(std::move(text), std::move(words));
}

}  // namespace

bool WordSet::contains(std::string_view w) const {
  return find(w) >= 0 || added_.contains(w);
}

std::ptrdiff_t WordSet::sorted_index(std::string_view w) const { return find(w); }

std::ptrdiff_t WordSet::find(std::string_view w) const {
  const std::uint32_t at =
      index_.find(w, word_hash(w), [this](std::uint32_t position) { return sorted_[position - 1]; });
  return static_cast<std::ptrdiff_t>(at) - 1;
}

void WordSet::build_index() {
  index_.reset(sorted_.size());
  auto word_at = [this](std::uint32_t position) { return sorted_[position - 1]; };
  for (std::size_t i = 0; i < sorted_.size(); ++i) {
    const std::uint64_t h = word_hash(sorted_[i]);
    if (index_.find(sorted_[i], h, word_at) == 0) index_.place(static_cast<std::uint32_t>(i + 1), h);  // a repeat: the first stays
  }
}

void WordSet::adopt(std::string text, std::vector<std::string_view> words) {
  // The views point into `text`; a short string lives inside the std::string object
  // itself (and would move), so its words are copied instead.
  if (text.size() < 64) {
    for (std::string_view w : words) added_.try_emplace(std::string(w));
    return;
  }
  texts_.push_back(std::make_shared<const std::string>(std::move(text)));
  if (!std::is_sorted(words.begin(), words.end())) std::sort(words.begin(), words.end());
  if (sorted_.empty()) {
    sorted_ = std::move(words);
  } else {
    sorted_.insert(sorted_.end(), words.begin(), words.end());
    std::sort(sorted_.begin(), sorted_.end());
  }
  build_index();
}

Lexicon Lexicon::load(const std::string& data_dir) {
  Lexicon lex;
  const std::string dir = data_dir + "/dictionaries/";
  // Generated lists are folded and sorted by build.sh; hand-written ones are folded here
  // (they are small, and people type capitals and curly quotes).
  load_sorted(dir + "words/common.txt", lex.common_words_, [](std::string_view) {});
  std::vector<std::pair<std::string_view, GivenName>> given;
  given.reserve(70000);
  load_sorted(dir + "names/given.txt", lex.given_names_, [&](std::string_view row) {
    GivenName g{gender_from(field(row, 1)), static_cast<std::uint32_t>(std::strtoul(std::string(field(row, 2)).c_str(), nullptr, 10))};
    given.emplace_back(field(row, 0), g);
  });
  // The info goes by sorted position: the file's order when it was sorted (as build.sh
  // writes it), else looked up.
  lex.given_sorted_info_.resize(given.size());
  const bool in_order = std::is_sorted(given.begin(), given.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (std::size_t i = 0; i < given.size(); ++i) {
    const auto at = in_order ? static_cast<std::ptrdiff_t>(i) : lex.given_names_.sorted_index(given[i].first);
    if (at >= 0) lex.given_sorted_info_[static_cast<std::size_t>(at)] = given[i].second;
  }
  load_sorted(dir + "names/surnames.txt", lex.surnames_, [](std::string_view) {});
  for_each_line(dir + "places/places.tsv", [&](std::string_view row) {
    // name <TAB> county <TAB> kind (city|town|village|county)
    Place p;
    p.name = std::string(field(row, 0));
    p.county = std::string(field(row, 1));
    p.kind = std::string(field(row, 2));
    p.is_county = p.kind == "county";
    lex.add_place(std::move(p));
  });
  for_each_line(dir + "words/not_names.txt", [&](std::string_view w) { lex.add_not_name(w); });
  for_each_line(dir + "keep/agency_heads.txt", [&](std::string_view w) { lex.add_agency_head(w); });
  for_each_line(dir + "keep/institution_heads.txt", [&](std::string_view w) { lex.add_institution_head(w); });
  for_each_line(dir + "organisations/heads.tsv", [&](std::string_view row) {
    const std::string_view kind = field(row, 1);
    const auto category = kind == "school" ? Category::school : kind == "pub" ? Category::pub : Category::employer;
    lex.add_organisation_head(field(row, 0), category);
  });
  for_each_line(dir + "keep/never_identifiers.txt", [&](std::string_view phrase) { lex.add_never_identifier(phrase); });
  return lex;
}

const Place* Lexicon::place(std::string_view folded) const {
  const Place* p = places_.find(folded);
  if (p == nullptr && folded.find('-') != std::string_view::npos) {
    std::string key(folded);
    for (char& c : key)
      if (c == '-') c = ' ';
    p = places_.find(key);
  }
  return p;
}

std::size_t Lexicon::place_words_from(std::string_view first_word) const {
  const std::uint8_t* most = place_starts_.find(first_word);
  return most == nullptr ? 0 : *most;
}

std::optional<Category> Lexicon::organisation_head(std::string_view folded) const {
  const Category* c = organisation_heads_.find(folded);
  return c == nullptr ? std::nullopt : std::optional<Category>(*c);
}

const GivenName* Lexicon::given_name(std::string_view folded) const {
  const auto at = given_names_.sorted_index(folded);
  if (at >= 0) return &given_sorted_info_[static_cast<std::size_t>(at)];
  return given_added_info_.find(folded);
}

void Lexicon::add_common_word(std::string_view word) { common_words_.insert(unicode::fold(word)); }
void Lexicon::add_given_name(std::string_view name) { add_given_name(name, NameGender::unknown, 0); }
void Lexicon::add_given_name(std::string_view name, NameGender gender, std::uint32_t count) {
  std::string key = unicode::fold(name);
  given_names_.insert(key);
  given_added_info_.try_emplace(std::move(key), GivenName{gender, count});
}
void Lexicon::add_surname(std::string_view name) { surnames_.insert(unicode::fold(name)); }
void Lexicon::add_place(Place place) {
  if (place.is_county && place.kind.empty()) place.kind = "county";
  std::string key = unicode::fold(place.name);
  // Reports write "Stoke on Trent" as often as "Stoke-on-Trent": the detectors look places
  // up with hyphens made spaces, so that is the key.
  for (char& c : key)
    if (c == '-') c = ' ';
  const auto words = static_cast<std::uint8_t>(std::min<std::size_t>(1 + std::count(key.begin(), key.end(), ' '), 255));
  std::uint8_t& most = place_starts_.try_emplace(key.substr(0, key.find(' ')));
  most = std::max(most, words);
  places_.try_emplace(std::move(key), std::move(place));  // the first of a name stays
}
void Lexicon::add_never_identifier(std::string_view phrase) { never_.push_back(std::string(phrase)); }
void Lexicon::add_not_name(std::string_view word) { not_names_.try_emplace(unicode::fold(word)); }
void Lexicon::add_agency_head(std::string_view word) { agency_heads_.try_emplace(unicode::fold(word)); }
void Lexicon::add_institution_head(std::string_view word) { institution_heads_.try_emplace(unicode::fold(word)); }
void Lexicon::add_organisation_head(std::string_view word, Category category) {
  organisation_heads_.try_emplace(unicode::fold(word), category);
}

}  // namespace dhr::detect
