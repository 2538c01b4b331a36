// Reading and checking case files (TOML, via toml++).
//
// Messages never quote a subject's name: the case file is confidential and errors end
// up in terminals and logs. They point at the entry and line instead.
#include "dhr/case_file.h"

#include <algorithm>
#include <map>
#include <set>
#include <sstream>
#include <string_view>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "dhr/error.h"
#include "read/file_access.h"
#include "text/utf8.h"

namespace dhr {
namespace {

constexpr std::uint64_t kMaxCaseFileBytes = 1 << 20;

// Reads one or more case files into one CaseFile: each parse() merges a file into it
// (later [review]/[policy] keys override; lists are appended); check() then checks the
// whole, naming the file and line of each entry it refuses.
class CaseFileParser {
 public:
  CaseFileParser() = default;

  void parse(const std::string& text, std::string path) {
    path_ = std::move(path);
    if (out_.path.empty()) out_.path = path_;
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
    CaseFile& out = out_;
    for (const auto& [key, node] : root) {
      const std::string_view k = key.str();
      if (k == "review") read_review(node, out);
      else if (k == "policy") read_policy(node, out.policy);
      else if (k == "subject") read_array(node, "subject", [&](const toml::table& t) { out.subjects.push_back(read_subject(t)); });
      else if (k == "professional") read_array(node, "professional", [&](const toml::table& t) { out.professionals.push_back(read_professional(t)); });
      else if (k == "keep") read_array(node, "keep", [&](const toml::table& t) { out.keep.push_back(required_string(t, "text", "keep")); });
      else if (k == "decision") read_array(node, "decision", [&](const toml::table& t) { out.decisions.push_back(read_decision(t)); });
      else fail_at(node, fmt::format("unknown section [{}] (expected review, policy, subject, professional, keep, decision)", k));
    }
  }

  CaseFile finish() {
    check_consistency(out_);
    check_decisions(out_);
    return std::move(out_);
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
    out.document = choice(t, "document", out.document,
                          {{"auto", DocumentType::auto_detect}, {"overview", DocumentType::overview},
                           {"summary", DocumentType::summary}});
  }

  void read_policy(const toml::node& node, Policy& p) const {
    using P = Policy;
    const toml::table& t = as_table(node, "policy");
    only_keys(t, "policy", {"ages", "dates_of_birth", "addresses", "places", "unknown_names", "convention"});
    p.ages = choice(t, "ages", p.ages, {{"band", P::Ages::band}, {"keep", P::Ages::keep}, {"remove", P::Ages::remove}});
    p.dates_of_birth = choice(t, "dates_of_birth", p.dates_of_birth,
                              {{"year", P::DatesOfBirth::year}, {"remove", P::DatesOfBirth::remove}, {"keep", P::DatesOfBirth::keep}});
    p.addresses = choice(t, "addresses", p.addresses, {{"town", P::Addresses::town}, {"remove", P::Addresses::remove}});
    p.places = choice(t, "places", p.places,
                      {{"keep", P::Places::keep}, {"county", P::Places::county}, {"remove", P::Places::remove}});
    p.unknown_names = choice(t, "unknown_names", p.unknown_names,
                             {{"flag", P::UnknownNames::flag}, {"pseudonymise", P::UnknownNames::pseudonymise}});
    p.convention = choice(t, "convention", p.convention,
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
    subject_lines_.push_back(where(t));
    return s;
  }

  // "line 12", or "decisions.toml line 12" for any file after the first (merged cases).
  std::string where(const toml::node& n) const {
    const auto line = n.source().begin.line;
    return path_ == out_.path ? fmt::format("line {}", line) : fmt::format("{} line {}", path_, line);
  }

  Decision read_decision(const toml::table& t) const {
    only_keys(t, "decision", {"text", "context", "paragraph", "id", "subject", "action", "pseudonym", "role"});
    Decision d;
    d.text = required_string(t, "text", "decision");
    d.context = optional_string(t, "context", "decision");
    d.paragraph = optional_string(t, "paragraph", "decision");
    d.id = optional_string(t, "id", "decision");
    d.subject = optional_string(t, "subject", "decision");
    d.pseudonym = optional_string(t, "pseudonym", "decision");
    d.role = optional_string(t, "role", "decision");
    d.source = where(t);
    const toml::node* action = t.get("action");
    if (action == nullptr) {
      if (d.subject.empty())
        fail_at(t, "[decision] needs 'subject' (who the mention is) or 'action' (keep, remove, professional, place, subject)");
      d.action = Decision::Action::subject;
    } else {
      d.action = choice(t, "action", Decision::Action::subject,
                        {{"keep", Decision::Action::keep}, {"remove", Decision::Action::remove},
                         {"professional", Decision::Action::professional}, {"place", Decision::Action::place},
                         {"subject", Decision::Action::new_subject}});
      if (!d.subject.empty())
        fail_at(t, "[decision] has both 'subject' and 'action': give one (action = \"subject\" makes a new subject, "
                   "with 'pseudonym' and 'role')");
      if (d.action == Decision::Action::new_subject && d.pseudonym.empty())
        fail_at(t, "[decision] with action = \"subject\" (a new subject) needs a 'pseudonym'");
    }
    if (d.action != Decision::Action::new_subject && (!d.pseudonym.empty() || !d.role.empty()))
      fail_at(t, "[decision]: 'pseudonym' and 'role' go only with action = \"subject\" (a new subject)");
    if (!d.context.empty() && fold_key(d.context).find(fold_key(d.text)) == std::string::npos)
      fail_at(t, "[decision]: 'context' must contain the 'text' it picks out");
    return d;
  }

  static std::string fold_key(const std::string& s) {
    std::string out;
    for (char c : s) {
      const char l = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (l == ' ' && (out.empty() || out.back() == ' ')) continue;
      out += l;
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
  }

  // A decision must name a subject that exists, must not keep a subject's name, and must
  // not contradict another decision about the same occurrences.
  void check_decisions(const CaseFile& c) const {
    std::map<std::string, std::size_t> names;  // lower-case names, aliases, pseudonyms -> subject
    for (std::size_t i = 0; i < c.subjects.size(); ++i) {
      const Subject& s = c.subjects[i];
      names.emplace(lower(s.name), i);
      for (const std::string& a : s.aliases) names.emplace(lower(a), i);
      if (!s.pseudonym.empty()) names.emplace(lower(s.pseudonym), i);
    }
    std::map<std::string, std::pair<std::string, const Decision*>> seen;  // occurrence key -> outcome
    for (const Decision& d : c.decisions) {
      std::string outcome = to_string(d.action);
      if (d.action == Decision::Action::subject) {
        const auto it = names.find(lower(d.subject));
        if (it == names.end())
          throw Error(ErrorKind::case_file, c.path,
                      fmt::format("{}: the decision's subject is not a subject of the case file (give its name, an "
                                  "alias or its pseudonym)", d.source));
        outcome += "#" + std::to_string(it->second);
      }
      const bool keeps = d.action == Decision::Action::keep || d.action == Decision::Action::professional ||
                         d.action == Decision::Action::place;
      if (keeps)
        for (const Subject& s : c.subjects) {
          bool is_name = lower(d.text) == lower(s.name);
          for (const std::string& a : s.aliases) is_name = is_name || lower(d.text) == lower(a);
          if (is_name)
            throw Error(ErrorKind::case_file, c.path,
                        fmt::format("{}: the decision would keep a subject's name or alias in the published copy", d.source));
        }
      const std::string key = fold_key(d.text) + "\x1f" + fold_key(d.context) + "\x1f" + d.paragraph;
      const auto [it, fresh] = seen.emplace(key, std::make_pair(outcome, &d));
      if (!fresh && it->second.first != outcome)
        throw Error(ErrorKind::case_file, c.path,
                    fmt::format("{}: contradicts the decision at {} about the same mention", d.source,
                                it->second.second->source));
    }
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
        fail(fmt::format("subject {} ({}) has the same name as subject {}", i + 1, subject_lines_[i], it->second + 1));
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
        fail(fmt::format("subjects {} and {} ({} and {}) have the same pseudonym", it->second + 1, i + 1,
                         subject_lines_[it->second], subject_lines_[i]));
      if (auto n = names.find(p); n != names.end())
        fail(fmt::format("subject {} ({}): its pseudonym is the name or alias of subject {}", i + 1,
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
            fail(fmt::format("subject {} ({}): its pseudonym is part of the name of subject {}", i + 1,
                             subject_lines_[i], j + 1));
          start = end + 1;
        }
      }
    }
  }

  std::string path_;
  CaseFile out_;
  std::vector<std::string> subject_lines_;  // "file:line" of each subject, for messages
};

}  // namespace

const char* to_string(Decision::Action action) {
  switch (action) {
    case Decision::Action::subject: return "subject";
    case Decision::Action::keep: return "keep";
    case Decision::Action::remove: return "remove";
    case Decision::Action::professional: return "professional";
    case Decision::Action::place: return "place";
    case Decision::Action::new_subject: return "new subject";
  }
  return "subject";
}

std::string to_toml(const Decision& d, const std::vector<std::string>& comments) {
  auto str = [](const std::string& v) { return toml::value<std::string>(v); };
  std::ostringstream out;
  for (const std::string& c : comments) {
    std::string line = c;
    for (char& ch : line)
      if (ch == '\n' || ch == '\r') ch = ' ';
    out << "# " << line << "\n";
  }
  out << "[[decision]]\n";
  out << "text = " << str(d.text) << "\n";
  if (!d.context.empty()) out << "context = " << str(d.context) << "\n";
  if (!d.paragraph.empty()) out << "paragraph = " << str(d.paragraph) << "\n";
  if (!d.id.empty()) out << "id = " << str(d.id) << "\n";
  switch (d.action) {
    case Decision::Action::subject: out << "subject = " << str(d.subject) << "\n"; break;
    case Decision::Action::new_subject:
      out << "action = \"subject\"\npseudonym = " << str(d.pseudonym) << "\n";
      if (!d.role.empty()) out << "role = " << str(d.role) << "\n";
      break;
    default: out << "action = " << str(to_string(d.action)) << "\n";
  }
  return out.str();
}

CaseFile parse_case_file(const std::string& toml_text, const std::string& path) {
  CaseFileParser parser;
  parser.parse(toml_text, path);
  return parser.finish();
}

namespace {

std::string read_case_text(const std::string& path) {
  try {
    return read::read_file_bytes(path, kMaxCaseFileBytes);
  } catch (const Error& e) {
    throw Error(ErrorKind::case_file, path, e.message());
  }
}

}  // namespace

CaseFile load_case_file(const std::string& path) { return parse_case_file(read_case_text(path), path); }

CaseFile load_case_files(const std::vector<std::string>& paths) {
  if (paths.empty()) throw Error(ErrorKind::usage, "", "no case file given");
  CaseFileParser parser;
  for (const std::string& p : paths) parser.parse(read_case_text(p), p);
  return parser.finish();
}

}  // namespace dhr
