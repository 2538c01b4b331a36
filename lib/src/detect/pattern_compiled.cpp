#include "detect/pattern_compiled.h"

#include <algorithm>

#include <fmt/format.h>

#include "dhr/error.h"

namespace dhr::detect {

RE2::Options pattern_re2_options() {
  RE2::Options o;
  o.set_encoding(RE2::Options::EncodingUTF8);
  o.set_log_errors(false);
  o.set_max_mem(32 << 20);
  return o;
}

std::string whole_words_regex(const std::vector<std::string>& phrases) {
  if (phrases.empty()) return {};
  std::vector<std::string> sorted = phrases;
  std::sort(sorted.begin(), sorted.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  std::string alt;
  for (std::size_t i = 0; i < sorted.size(); ++i) alt += (i ? "|" : "") + RE2::QuoteMeta(sorted[i]);
  // ASCII boundaries: the scanned text has lost its diacritics already, and Unicode
  // classes under (?i) cost RE2 milliseconds to compile for every pattern.
  return "(?i)(?:^|[^a-z0-9])(" + alt + ")(?:[^a-z0-9]|$)";
}

namespace {

std::unique_ptr<RE2> compile(const std::string& regex, const PatternSpec& s, std::string_view what) {
  if (regex.empty()) return nullptr;
  auto re = std::make_unique<RE2>(regex, pattern_re2_options());
  if (!re->ok())
    throw Error(ErrorKind::corrupt, s.file,
                fmt::format("line {}: pattern '{}': {} rejected by RE2: {}", s.regex_line ? s.regex_line : s.line, s.name,
                            what, re->error()));
  return re;
}

}  // namespace

CompiledPattern::CompiledPattern(PatternSpec s) : spec(std::move(s)) {
  re = compile(spec.regex, spec, "regex");
  groups = re->NumberOfCapturingGroups();
  for (const auto& [name, index] : re->NamedCapturingGroups()) named[name] = index;
  if (!spec.group_name.empty()) {
    const auto it = named.find(spec.group_name);
    if (it == named.end())
      throw Error(ErrorKind::corrupt, spec.file,
                  fmt::format("line {}: pattern '{}': no capture named '{}' (write it (?P<{}>...))", spec.line, spec.name,
                              spec.group_name, spec.group_name));
    group = it->second;
  } else {
    group = spec.group;
    if (group > groups)
      throw Error(ErrorKind::corrupt, spec.file,
                  fmt::format("line {}: pattern '{}': group {} but the regex has {} capture(s)", spec.line, spec.name,
                              group, groups));
  }
  if (!spec.validate.empty()) check = find_check(spec.validate);
  reject = compile(spec.reject, spec, "reject");
  header = compile(spec.table_header, spec, "table_header");
  raise = compile(whole_words_regex(spec.context.raise), spec, "context.raise");
  lower = compile(whole_words_regex(spec.context.lower), spec, "context.lower");
  exclude = compile(whole_words_regex(spec.context.exclude), spec, "context.exclude");
}

}  // namespace dhr::detect
