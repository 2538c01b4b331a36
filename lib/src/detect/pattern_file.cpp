// Reading pattern files (format: patterns/README.md). Every message names the file and
// line, so that whoever edits a pattern file can find the mistake without a debugger.
#include "detect/pattern_file.h"

#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>
#include <re2/re2.h>
#include <toml++/toml.h>

#include "detect/pattern_checks.h"
#include "dhr/error.h"
#include "read/file_access.h"
#include "text/utf8.h"

namespace dhr::detect {
namespace {

constexpr std::uint64_t kMaxPatternFileBytes = 4 << 20;
constexpr int kMaxExpansionDepth = 8;

struct Source {
  std::string path;
  toml::table root;
};

class Reader {
 public:
  std::vector<PatternSpec> read(const std::vector<std::pair<std::string, std::string>>& files) {
    std::vector<Source> sources;
    for (const auto& [path, text] : files) {
      if (!unicode::is_valid_utf8(text)) throw Error(ErrorKind::corrupt, path, "pattern file is not valid UTF-8");
      Source s{path, {}};
      try {
        s.root = toml::parse(text, path);
      } catch (const toml::parse_error& e) {
        throw Error(ErrorKind::corrupt, path,
                    fmt::format("line {}: not valid TOML: {}", e.source().begin.line, e.description()));
      }
      sources.push_back(std::move(s));
    }
    // Lists and definitions first: a pattern may use those of any file.
    for (const Source& s : sources) read_definitions(s);
    std::vector<PatternSpec> out;
    for (const Source& s : sources) read_patterns(s, out);
    return out;
  }

  const PatternLists& words() const { return words_; }

 private:
  std::map<std::string, std::string> lists_;    // name -> alternation, ready to insert
  PatternLists words_;                          // name -> the words themselves
  std::map<std::string, std::string> defines_;  // name -> raw fragment (expanded on use)
  std::set<std::string> pattern_names_;
  std::string path_;  // file being read, for messages

  [[noreturn]] void fail(const toml::node& node, const std::string& message) const {
    throw Error(ErrorKind::corrupt, path_, fmt::format("line {}: {}", node.source().begin.line, message));
  }
  [[noreturn]] void fail(int line, const std::string& message) const {
    throw Error(ErrorKind::corrupt, path_, fmt::format("line {}: {}", line, message));
  }

  void read_definitions(const Source& s) {
    path_ = s.path;
    for (const auto& [key, node] : s.root) {
      const std::string_view k = key.str();
      if (k == "lists") {
        const toml::table* t = node.as_table();
        if (t == nullptr) fail(node, "[lists] must be a table of word lists");
        for (const auto& [name, list] : *t) add_list(std::string(name.str()), list);
      } else if (k == "define") {
        const toml::table* t = node.as_table();
        if (t == nullptr) fail(node, "[define] must be a table of regex fragments");
        for (const auto& [name, frag] : *t) {
          const auto* str = frag.as_string();
          if (str == nullptr) fail(frag, fmt::format("define '{}' must be a string (a regex fragment)", name.str()));
          check_new_name(std::string(name.str()), frag);
          defines_[std::string(name.str())] = str->get();
        }
      } else if (k != "pattern") {
        fail(node, fmt::format("unknown section '{}' (expected [lists], [define] or [[pattern]])", k));
      }
    }
  }

  void check_new_name(const std::string& name, const toml::node& node) const {
    if (lists_.contains(name) || defines_.contains(name))
      fail(node, fmt::format("'{}' is defined twice (lists and definitions share one namespace across files)", name));
    if (name.empty() || name.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_") != std::string::npos)
      fail(node, fmt::format("name '{}' must be lower-case letters, digits and '_'", name));
  }

  void add_list(const std::string& name, const toml::node& node) {
    check_new_name(name, node);
    const toml::array* arr = node.as_array();
    if (arr == nullptr || arr->empty()) fail(node, fmt::format("list '{}' must be a non-empty array of strings", name));
    std::vector<std::string> words;
    for (const toml::node& w : *arr) {
      const auto* str = w.as_string();
      if (str == nullptr || str->get().empty()) fail(w, fmt::format("list '{}' must hold non-empty strings", name));
      words.push_back(str->get());
    }
    words_[name] = words;
    // Longest first: RE2 prefers the earlier alternative, and "Park Road" must win over "Park".
    std::sort(words.begin(), words.end(), [](const std::string& a, const std::string& b) {
      return a.size() != b.size() ? a.size() > b.size() : a < b;
    });
    words.erase(std::unique(words.begin(), words.end()), words.end());
    std::string alt = "(?:";
    for (std::size_t i = 0; i < words.size(); ++i) alt += (i ? "|" : "") + RE2::QuoteMeta(words[i]);
    lists_[name] = alt + ")";
  }

  // Replaces each {{name}} by its list or (expanded) definition.
  std::string expand(const std::string& regex, int line, int depth = 0) const {
    if (depth > kMaxExpansionDepth) fail(line, "definitions refer to each other in a loop");
    std::string out;
    std::size_t i = 0;
    while (i < regex.size()) {
      const auto open = regex.find("{{", i);
      if (open == std::string::npos) {
        out.append(regex, i);
        break;
      }
      const auto close = regex.find("}}", open + 2);
      if (close == std::string::npos) fail(line, "'{{' without '}}' in a regex");
      out.append(regex, i, open - i);
      const std::string name = regex.substr(open + 2, close - open - 2);
      if (auto l = lists_.find(name); l != lists_.end()) out += l->second;
      else if (auto d = defines_.find(name); d != defines_.end()) out += "(?:" + expand(d->second, line, depth + 1) + ")";
      else fail(line, fmt::format("'{{{{{}}}}}' is neither a list nor a definition", name));
      i = close + 2;
    }
    return out;
  }

  void read_patterns(const Source& s, std::vector<PatternSpec>& out) {
    path_ = s.path;
    const toml::node* node = s.root.get("pattern");
    if (node == nullptr) return;
    const toml::array* arr = node->as_array();
    if (arr == nullptr) fail(*node, "write each pattern as [[pattern]]");
    for (const toml::node& item : *arr) {
      const toml::table* t = item.as_table();
      if (t == nullptr) fail(item, "write each pattern as [[pattern]]");
      out.push_back(read_pattern(*t));
    }
  }

  const toml::node& required(const toml::table& t, std::string_view key) const {
    const toml::node* n = t.get(key);
    if (n == nullptr) fail(t, fmt::format("pattern without '{}'", key));
    return *n;
  }

  std::string string_of(const toml::node& n, std::string_view key) const {
    const auto* s = n.as_string();
    if (s == nullptr) fail(n, fmt::format("'{}' must be a string", key));
    return s->get();
  }

  double number_of(const toml::node& n, std::string_view key) const {
    if (const auto* f = n.as_floating_point()) return f->get();
    if (const auto* i = n.as_integer()) return static_cast<double>(i->get());
    fail(n, fmt::format("'{}' must be a number", key));
  }

  std::vector<std::string> strings_of(const toml::node& n, std::string_view key) const {
    const toml::array* arr = n.as_array();
    if (arr == nullptr) fail(n, fmt::format("'{}' must be an array of strings", key));
    std::vector<std::string> out;
    for (const toml::node& x : *arr) out.push_back(string_of(x, key));
    return out;
  }

  PatternSpec read_pattern(const toml::table& t) {
    PatternSpec p;
    p.file = path_;
    p.line = static_cast<int>(t.source().begin.line);
    static const std::set<std::string_view> kKeys{"name", "category", "form", "regex", "group", "confidence", "why",
                                                  "validate", "check_lower_by", "reject", "table_header", "context",
                                                  "examples"};
    for (const auto& [key, node] : t)
      if (!kKeys.contains(key.str())) fail(node, fmt::format("unknown key '{}' in [[pattern]]", key.str()));

    p.name = string_of(required(t, "name"), "name");
    if (!pattern_names_.insert(p.name).second) fail(t, fmt::format("pattern name '{}' is used twice", p.name));
    const std::string cat = string_of(required(t, "category"), "category");
    const auto c = category_from_string(cat);
    if (!c || *c == Category::person) fail(*t.get("category"), fmt::format("'{}' is not a category patterns can find", cat));
    p.category = *c;
    p.form = t.contains("form") ? string_of(*t.get("form"), "form") : p.name;
    const toml::node& rx = required(t, "regex");
    p.regex_line = static_cast<int>(rx.source().begin.line);
    p.regex = expand(string_of(rx, "regex"), p.regex_line);
    if (const toml::node* g = t.get("group")) {
      if (const auto* i = g->as_integer()) {
        if (i->get() < 0) fail(*g, "'group' must be 0 or more");
        p.group = static_cast<int>(i->get());
      } else {
        p.group_name = string_of(*g, "group");
      }
    }
    p.confidence = number_of(required(t, "confidence"), "confidence");
    if (p.confidence <= 0 || p.confidence > 1) fail(*t.get("confidence"), "'confidence' must be in (0, 1]");
    p.why = string_of(required(t, "why"), "why");
    if (const toml::node* v = t.get("validate")) {
      p.validate = string_of(*v, "validate");
      if (find_check(p.validate) == nullptr)
        fail(*v, fmt::format("no check named '{}' (there are: {})", p.validate, fmt::join(check_names(), ", ")));
    }
    if (const toml::node* l = t.get("check_lower_by")) {
      if (p.validate.empty()) fail(*l, "'check_lower_by' needs a check ('validate')");
      p.check_lower_by = number_of(*l, "check_lower_by");
      if (p.check_lower_by < 0 || p.check_lower_by > 1) fail(*l, "'check_lower_by' must be in [0, 1]");
    }
    if (const toml::node* r = t.get("reject")) p.reject = expand(string_of(*r, "reject"), static_cast<int>(r->source().begin.line));
    if (const toml::node* h = t.get("table_header"))
      p.table_header = expand(string_of(*h, "table_header"), static_cast<int>(h->source().begin.line));
    if (const toml::node* ctx = t.get("context")) read_context(*ctx, p.context);
    if (const toml::node* ex = t.get("examples")) read_examples(*ex, p);
    for (const PatternExample& e : p.match)
      if (!e.fails.empty() && p.validate.empty()) fail(e.line, "an example that 'fails' needs a check ('validate')");
    return p;
  }

  void read_context(const toml::node& node, PatternContext& c) const {
    const toml::table* t = node.as_table();
    if (t == nullptr) fail(node, "'context' must be a table (context.raise = [...], ...)");
    for (const auto& [key, n] : *t) {
      const std::string_view k = key.str();
      if (k == "before" || k == "after") {
        const double v = number_of(n, k);
        if (v < 0 || v > 1000) fail(n, fmt::format("context.{} must be 0..1000 bytes", k));
        (k == "before" ? c.before : c.after) = static_cast<int>(v);
      } else if (k == "raise") c.raise = strings_of(n, k);
      else if (k == "lower") c.lower = strings_of(n, k);
      else if (k == "exclude") c.exclude = strings_of(n, k);
      else if (k == "raise_by") c.raise_by = number_of(n, k);
      else if (k == "lower_by") c.lower_by = number_of(n, k);
      else if (k == "required") {
        const auto* b = n.as_boolean();
        if (b == nullptr) fail(n, "context.required must be true or false");
        c.required = b->get();
      } else {
        fail(n, fmt::format("unknown key 'context.{}' (expected before, after, raise, lower, exclude, required, raise_by, lower_by)", k));
      }
    }
    if (c.required && c.raise.empty()) fail(node, "context.required needs context.raise words");
  }

  void read_examples(const toml::node& node, PatternSpec& p) const {
    const toml::table* t = node.as_table();
    if (t == nullptr) fail(node, "'examples' must be a table (examples.match = [...], examples.no_match = [...])");
    for (const auto& [key, n] : *t) {
      const std::string_view k = key.str();
      if (k != "match" && k != "no_match") fail(n, fmt::format("unknown key 'examples.{}' (expected match, no_match)", k));
      const toml::array* arr = n.as_array();
      if (arr == nullptr) fail(n, fmt::format("examples.{} must be an array", k));
      for (const toml::node& x : *arr) (k == "match" ? p.match : p.no_match).push_back(read_example(x, k == "match"));
    }
  }

  PatternExample read_example(const toml::node& x, bool is_match) const {
    PatternExample e;
    e.line = static_cast<int>(x.source().begin.line);
    if (const auto* s = x.as_string()) {
      e.text = s->get();
      return e;
    }
    const toml::table* t = x.as_table();
    if (t == nullptr) fail(x, "an example is a string or { text = ..., expect = ..., header = ..., fails = ... }");
    for (const auto& [key, n] : *t) {
      const std::string_view k = key.str();
      if (k == "text") e.text = string_of(n, k);
      else if (k == "expect" && is_match) e.expect = string_of(n, k);
      else if (k == "header") e.header = string_of(n, k);
      else if (k == "fails" && is_match) e.fails = string_of(n, k);
      else fail(n, fmt::format("unknown key '{}' in an example", k));
    }
    if (e.text.empty()) fail(x, "an example needs its text");
    if (!e.expect.empty() && e.text.find(e.expect) == std::string::npos)
      fail(x, "the expected identifier is not part of the example's text");
    return e;
  }
};

}  // namespace

std::vector<PatternSpec> parse_pattern_texts(const std::vector<std::pair<std::string, std::string>>& files,
                                             PatternLists* lists) {
  Reader reader;
  std::vector<PatternSpec> specs = reader.read(files);
  if (lists != nullptr) *lists = reader.words();
  return specs;
}

std::vector<PatternSpec> read_pattern_files(const std::vector<std::string>& paths, PatternLists* lists) {
  std::vector<std::pair<std::string, std::string>> files;
  for (const std::string& p : paths) files.emplace_back(p, read::read_file_bytes(p, kMaxPatternFileBytes));
  return parse_pattern_texts(files, lists);
}

}  // namespace dhr::detect
