// Reading section profiles (TOML, via toml++). Format: dictionaries/sections/README.md.
//
// Profiles are written by people (a CSP's local template), so every mistake is reported
// with the file and line, and unknown keys are errors: a misspelt `synonym` silently
// ignored would make a section impossible to find.
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <set>
#include <string_view>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "dhr/error.h"
#include "dhr/sections.h"
#include "read/file_access.h"
#include "sections/words.h"
#include "text/utf8.h"

namespace dhr {
namespace {

constexpr std::uint64_t kMaxProfileBytes = 1 << 20;

class ProfileParser {
 public:
  explicit ProfileParser(std::string path) : path_(std::move(path)) {}

  SectionProfile parse(const std::string& text) {
    if (!unicode::is_valid_utf8(text)) fail("is not valid UTF-8");
    toml::table root;
    try {
      root = toml::parse(text, path_);
    } catch (const toml::parse_error& e) {
      fail(fmt::format("not a valid TOML section profile (line {}: {})", e.source().begin.line, e.description()));
    }
    SectionProfile out;
    out.path = path_;
    for (const auto& [key, node] : root) {
      if (key.str() == "profile") read_header(node, out);
      else if (key.str() == "section") read_sections(node, out);
      else fail_at(node, fmt::format("unknown key '{}' (expected [profile] and [[section]])", key.str()));
    }
    if (out.sections.empty()) fail("has no [[section]] entries");
    if (out.name.empty()) out.name = std::filesystem::path(path_).stem().string();
    return out;
  }

 private:
  [[noreturn]] void fail(const std::string& message) const { throw Error(ErrorKind::usage, path_, "section profile " + message); }
  [[noreturn]] void fail_at(const toml::node& node, const std::string& message) const {
    throw Error(ErrorKind::usage, path_, fmt::format("section profile line {}: {}", node.source().begin.line, message));
  }

  void only_keys(const toml::table& t, std::string_view what, std::initializer_list<std::string_view> allowed) const {
    for (const auto& [key, node] : t)
      if (std::find(allowed.begin(), allowed.end(), key.str()) == allowed.end())
        fail_at(node, fmt::format("unknown key '{}' in [{}]", key.str(), what));
  }

  std::string string_of(const toml::table& t, std::string_view key, bool required, const toml::node& where) const {
    const toml::node* n = t.get(key);
    if (n == nullptr) {
      if (required) fail_at(where, fmt::format("[[section]] needs '{}'", key));
      return {};
    }
    const auto* s = n->as_string();
    if (s == nullptr || s->get().empty()) fail_at(*n, fmt::format("'{}' must be a non-empty string", key));
    return s->get();
  }

  std::vector<std::string> strings_of(const toml::table& t, std::string_view key) const {
    std::vector<std::string> out;
    const toml::node* n = t.get(key);
    if (n == nullptr) return out;
    const toml::array* arr = n->as_array();
    if (arr == nullptr) fail_at(*n, fmt::format("'{}' must be a list of strings", key));
    for (const toml::node& item : *arr) {
      const auto* s = item.as_string();
      if (s == nullptr) fail_at(item, fmt::format("'{}' must be a list of strings", key));
      out.push_back(s->get());
    }
    return out;
  }

  int int_of(const toml::table& t, std::string_view key, int fallback) const {
    const toml::node* n = t.get(key);
    if (n == nullptr) return fallback;
    const auto* v = n->as_integer();
    if (v == nullptr || v->get() < 0 || v->get() > 100000) fail_at(*n, fmt::format("'{}' must be a whole number from 0", key));
    return static_cast<int>(v->get());
  }

  void read_header(const toml::node& node, SectionProfile& out) const {
    const toml::table* t = node.as_table();
    if (t == nullptr) fail_at(node, "[profile] must be a table");
    only_keys(*t, "profile", {"name", "title", "source"});
    out.name = string_of(*t, "name", false, node);
    out.title = string_of(*t, "title", false, node);
    out.source = string_of(*t, "source", false, node);
  }

  void read_sections(const toml::node& node, SectionProfile& out) const {
    const toml::array* arr = node.as_array();
    if (arr == nullptr) fail_at(node, "write each section as [[section]]");
    std::set<std::string> ids;
    for (const toml::node& item : *arr) {
      const toml::table* t = item.as_table();
      if (t == nullptr) fail_at(item, "each [[section]] must be a table");
      only_keys(*t, "section", {"id", "name", "requirement", "order", "synonyms", "exclude", "min_words"});
      SectionSpec s;
      s.name = string_of(*t, "name", true, item);
      s.id = string_of(*t, "id", false, item);
      if (s.id.empty()) s.id = s.name;
      if (!ids.insert(s.id).second) fail_at(item, fmt::format("two sections have the id '{}'", s.id));
      const std::string req = string_of(*t, "requirement", false, item);
      if (req.empty() || req == "expected") s.requirement = Requirement::expected;
      else if (req == "recommended") s.requirement = Requirement::recommended;
      else fail_at(*t->get("requirement"), "'requirement' must be \"expected\" or \"recommended\"");
      s.order = int_of(*t, "order", static_cast<int>(out.sections.size()) + 1);
      s.synonyms = strings_of(*t, "synonyms");
      if (s.synonyms.empty()) s.synonyms.push_back(s.name);
      for (const std::string& syn : s.synonyms)
        if (sections::content_stems(syn).empty())
          fail_at(item, fmt::format("synonym \"{}\" of '{}' has no words to match (only little words or numbers)", syn, s.name));
      s.exclude = strings_of(*t, "exclude");
      s.min_words = int_of(*t, "min_words", 0);
      out.sections.push_back(std::move(s));
    }
  }

  std::string path_;
};

// The folder with dictionaries/sections/<name>.toml: $DHR_DATA_DIR, else the source tree
// the binary was built from, else the installed share folder. (Not find_data_dir(): that
// also wants patterns/, which a sections check does not need.)
std::string builtin_profile_path(const std::string& name, const std::string& data_dir) {
  namespace fs = std::filesystem;
  const std::string file = "dictionaries/sections/" + name + ".toml";
  std::vector<std::string> dirs;
  if (!data_dir.empty()) {
    dirs.push_back(data_dir);
  } else {
    if (const char* env = std::getenv("DHR_DATA_DIR"); env != nullptr && *env != '\0') dirs.emplace_back(env);
    dirs.emplace_back(DHR_SOURCE_DATA_DIR);
    dirs.emplace_back(DHR_INSTALL_DATA_DIR);
  }
  std::error_code ec;
  for (const std::string& d : dirs)
    if (fs::is_regular_file(fs::path(d) / file, ec)) return (fs::path(d) / file).string();
  throw Error(ErrorKind::not_found, (fs::path(dirs.front()) / file).string(),
              "built-in section profile not found (set DHR_DATA_DIR to the folder holding dictionaries/)");
}

}  // namespace

SectionProfile load_section_profile(const std::string& name_or_path, const std::string& data_dir) {
  const bool builtin = name_or_path == "overview" || name_or_path == "summary";
  const std::string path = builtin ? builtin_profile_path(name_or_path, data_dir) : name_or_path;
  std::error_code ec;
  if (!builtin && !std::filesystem::exists(path, ec))
    throw Error(ErrorKind::usage, path, "no such section profile (give auto, overview, summary or the path of a .toml profile)");
  const std::string text = read::read_file_bytes(path, kMaxProfileBytes);
  return ProfileParser(path).parse(text);
}

}  // namespace dhr
