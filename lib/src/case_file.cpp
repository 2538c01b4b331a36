// Reading and checking case files (TOML, via toml++).
//
// Messages never quote a subject's name: the case file is confidential and errors end
// up in terminals and logs. They point at the entry and line instead.
#include "dhr/case_file.h"

#include <algorithm>
#include <map>
#include <set>
#include <string_view>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "dhr/error.h"
#include "read/file_access.h"
#include "text/utf8.h"

namespace dhr {
namespace {

constexpr std::uint64_t kMaxCaseFileBytes = 1 << 20;

class CaseFileParser {
 public:
  explicit CaseFileParser(std::string path) : path_(std::move(path)) {}

  CaseFile parse(const std::string& text) {
    if (!unicode::is_valid_utf8(text)) fail("is not valid UTF-8");
    toml::table root;
    try {
      root = toml::parse(text, path_);
    } catch (const toml::parse_error& e) {
      fail(fmt::format("not a valid TOML case file (line {}: {})", e.source().begin.line, e.description()));
    }
    // An empty file is a wrong file (saved before it was written, the wrong path), not
    // a case with nobody in it: refuse it rather than anonymise nothing.
    if (root.empty()) fail("is empty (a case file lists the subjects as [[subject]] tables)");
    CaseFile out;
    out.path = path_;
    for (const auto& [key, node] : root) {
      const std::string_view k = key.str();
      if (k == "review") read_review(node, out);
      else if (k == "policy") read_policy(node, out.policy);
      else if (k == "subject") read_array(node, "subject", [&](const toml::table& t) { out.subjects.push_back(read_subject(t)); });
      else if (k == "professional") read_array(node, "professional", [&](const toml::table& t) { out.professionals.push_back(read_professional(t)); });
      else if (k == "keep") read_array(node, "keep", [&](const toml::table& t) { out.keep.push_back(required_string(t, "text", "keep")); });
      else fail_at(node, fmt::format("unknown section [{}] (expected review, policy, subject, professional, keep)", k));
    }
    check_consistency(out);
    return out;
  }

 private:
  [[noreturn]] void fail(const std::string& message) const { throw Error(ErrorKind::case_file, path_, message); }

  [[noreturn]] void fail_at(const toml::node& node, const std::string& message) const {
    fail(fmt::format("line {}: {}", node.source().begin.line, message));
  }

  const toml::table& as_table(const toml::node& node, std::string_view what) const {
    const toml::table* t = node.as_table();
    if (t == nullptr) fail_at(node, fmt::format("[{}] must be a table", what));
    return *t;
  }

  template <typename Fn>
  void read_array(const toml::node& node, std::string_view what, Fn fn) const {
    const toml::array* arr = node.as_array();
    if (arr == nullptr) fail_at(node, fmt::format("write each {0} as [[{0}]]", what));
    for (const toml::node& item : *arr) fn(as_table(item, what));
  }

  void only_keys(const toml::table& t, std::string_view what, std::initializer_list<std::string_view> allowed) const {
    for (const auto& [key, node] : t)
      if (std::find(allowed.begin(), allowed.end(), key.str()) == allowed.end())
        fail_at(node, fmt::format("unknown key '{}' in [{}]", key.str(), what));
  }

  std::string optional_string(const toml::table& t, std::string_view key, std::string_view what) const {
    const toml::node* n = t.get(key);
    if (n == nullptr) return {};
    const auto* s = n->as_string();
    if (s == nullptr) fail_at(*n, fmt::format("'{}' in [{}] must be a string", key, what));
    return trim(s->get());
  }

  std::string required_string(const toml::table& t, std::string_view key, std::string_view what) const {
    std::string s = optional_string(t, key, what);
    if (s.empty()) fail(fmt::format("line {}: [{}] needs a non-empty '{}'", t.source().begin.line, what, key));
    return s;
  }

  static std::string trim(std::string s) {
    const auto b = s.find_first_not_of(" \t\r\n");
    const auto e = s.find_last_not_of(" \t\r\n");
    return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
  }

  template <typename Enum>
  Enum choice(const toml::table& t, std::string_view key, Enum fallback,
              std::initializer_list<std::pair<std::string_view, Enum>> options) const {
    const toml::node* n = t.get(key);
    if (n == nullptr) return fallback;
    const auto* s = n->as_string();
    std::string allowed;
    for (const auto& [name, value] : options) allowed += (allowed.empty() ? "" : ", ") + std::string(name);
    if (s != nullptr)
      for (const auto& [name, value] : options)
        if (s->get() == name) return value;
    fail_at(*n, fmt::format("'{}' must be one of: {}", key, allowed));
  }

  void read_review(const toml::node& node, CaseFile& out) const {
    const toml::table& t = as_table(node, "review");
    only_keys(t, "review", {"document", "title", "reference"});
    out.document = choice(t, "document", DocumentType::auto_detect,
                          {{"auto", DocumentType::auto_detect}, {"overview", DocumentType::overview},
                           {"summary", DocumentType::summary}});
  }

  void read_policy(const toml::node& node, Policy& p) const {
    using P = Policy;
    const toml::table& t = as_table(node, "policy");
    only_keys(t, "policy", {"ages", "dates_of_birth", "addresses", "places", "unknown_names", "convention"});
    p.ages = choice(t, "ages", P::Ages::band, {{"band", P::Ages::band}, {"keep", P::Ages::keep}, {"remove", P::Ages::remove}});
    p.dates_of_birth = choice(t, "dates_of_birth", P::DatesOfBirth::year,
                              {{"year", P::DatesOfBirth::year}, {"remove", P::DatesOfBirth::remove}, {"keep", P::DatesOfBirth::keep}});
    p.addresses = choice(t, "addresses", P::Addresses::town, {{"town", P::Addresses::town}, {"remove", P::Addresses::remove}});
    p.places = choice(t, "places", P::Places::keep,
                      {{"keep", P::Places::keep}, {"county", P::Places::county}, {"remove", P::Places::remove}});
    p.unknown_names = choice(t, "unknown_names", P::UnknownNames::flag,
                             {{"flag", P::UnknownNames::flag}, {"pseudonymise", P::UnknownNames::pseudonymise}});
    p.convention = choice(t, "convention", P::Convention::letters,
                          {{"letters", P::Convention::letters}, {"roles", P::Convention::roles}});
  }

  Subject read_subject(const toml::table& t) {
    only_keys(t, "subject", {"name", "aliases", "alias", "role", "pseudonym", "gender", "born"});
    Subject s;
    s.name = required_string(t, "name", "subject");
    s.role = optional_string(t, "role", "subject");
    s.pseudonym = optional_string(t, "pseudonym", "subject");
    if (const std::string alias = optional_string(t, "alias", "subject"); !alias.empty()) s.aliases.push_back(alias);
    if (const toml::node* n = t.get("aliases")) {
      const toml::array* arr = n->as_array();
      if (arr == nullptr) fail_at(*n, "'aliases' must be a list of strings, e.g. aliases = [\"Tash\"]");
      for (const toml::node& a : *arr) {
        const auto* str = a.as_string();
        if (str == nullptr) fail_at(a, "'aliases' must be a list of strings");
        if (std::string v = trim(str->get()); !v.empty()) s.aliases.push_back(std::move(v));
      }
    }
    s.gender = choice(t, "gender", Gender::unknown,
                      {{"female", Gender::female}, {"male", Gender::male}, {"other", Gender::other},
                       {"unknown", Gender::unknown}, {"", Gender::unknown}});
    if (const toml::node* n = t.get("born")) {
      const auto* year = n->as_integer();
      if (year == nullptr || year->get() < 1880 || year->get() > 2100) fail_at(*n, "'born' must be a year, e.g. born = 1988");
      s.born = static_cast<int>(year->get());
    }
    subject_lines_.push_back(t.source().begin.line);
    return s;
  }

  Professional read_professional(const toml::table& t) const {
    only_keys(t, "professional", {"name", "role", "agency"});
    return {required_string(t, "name", "professional"), optional_string(t, "role", "professional"),
            optional_string(t, "agency", "professional")};
  }

  static std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
  }

  // Two subjects with one pseudonym, a pseudonym that is someone's name, or the same
  // person listed twice would all make the anonymised copy wrong: refuse them.
  void check_consistency(const CaseFile& c) const {
    std::map<std::string, std::size_t> pseudonyms;  // lower-case pseudonym -> subject index
    std::map<std::string, std::size_t> names;       // lower-case names and aliases -> subject index
    for (std::size_t i = 0; i < c.subjects.size(); ++i) {
      const Subject& s = c.subjects[i];
      auto [it, fresh] = names.emplace(lower(s.name), i);
      if (!fresh)
        fail(fmt::format("subject {} (line {}) has the same name as subject {}", i + 1, subject_lines_[i], it->second + 1));
      for (const std::string& a : s.aliases) names.emplace(lower(a), i);
    }
    // A [[keep]] text that is a subject's whole name or alias would publish that name:
    // the verification trusts keep texts, so the contradiction is refused here.
    for (std::size_t k = 0; k < c.keep.size(); ++k)
      if (auto n = names.find(lower(c.keep[k])); n != names.end())
        fail(fmt::format("keep entry {} is the name or alias of subject {}: it would be published", k + 1,
                         n->second + 1));
    for (std::size_t i = 0; i < c.subjects.size(); ++i) {
      const Subject& s = c.subjects[i];
      if (s.pseudonym.empty()) continue;
      const std::string p = lower(s.pseudonym);
      auto [it, fresh] = pseudonyms.emplace(p, i);
      if (!fresh)
        fail(fmt::format("subjects {} and {} (lines {} and {}) have the same pseudonym", it->second + 1, i + 1,
                         subject_lines_[it->second], subject_lines_[i]));
      if (auto n = names.find(p); n != names.end())
        fail(fmt::format("subject {} (line {}): its pseudonym is the name or alias of subject {}", i + 1,
                         subject_lines_[i], n->second + 1));
      // A pseudonym equal to one word of a real name ("Natasha" for Natasha Okafor) would
      // leave that name in the published copy.
      for (std::size_t j = 0; j < c.subjects.size(); ++j) {
        std::string words = lower(c.subjects[j].name);
        std::size_t start = 0;
        while (start < words.size()) {
          std::size_t end = words.find(' ', start);
          if (end == std::string::npos) end = words.size();
          if (words.substr(start, end - start) == p)
            fail(fmt::format("subject {} (line {}): its pseudonym is part of the name of subject {}", i + 1,
                             subject_lines_[i], j + 1));
          start = end + 1;
        }
      }
    }
  }

  std::string path_;
  std::vector<std::int64_t> subject_lines_;
};

}  // namespace

CaseFile parse_case_file(const std::string& toml_text, const std::string& path) {
  return CaseFileParser(path).parse(toml_text);
}

CaseFile load_case_file(const std::string& path) {
  std::string text;
  try {
    text = read::read_file_bytes(path, kMaxCaseFileBytes);
  } catch (const Error& e) {
    throw Error(ErrorKind::case_file, path, e.message());
  }
  return parse_case_file(text, path);
}

}  // namespace dhr
