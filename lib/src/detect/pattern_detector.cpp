#include "detect/pattern_detector.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>

#include <fmt/format.h>
#include <re2/set.h>

#include "detect/pattern_compiled.h"
#include "detect/pattern_table.h"
#include "dhr/error.h"
#include "text/fold.h"

namespace dhr::detect {
namespace {

// A byte range of the scanned text moved onto UTF-8 character boundaries, so that a
// context window never starts or ends inside a character.
std::string_view window(std::string_view text, std::size_t from, std::size_t to) {
  auto is_cont = [&](std::size_t i) { return i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80; };
  while (from < to && is_cont(from)) ++from;
  while (to < text.size() && is_cont(to)) ++to;
  return text.substr(from, to - from);
}

// The next position to search from after a match ending at `pos`, on a character start.
std::size_t next_char(std::string_view text, std::size_t pos) {
  ++pos;
  while (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) ++pos;
  return pos;
}

struct Context {
  bool keep = true;
  double confidence = 0;
  std::string note;  // the context word that raised confidence, for `why`
};

// Context words are looked for in the text around the identifier; where that text
// starts or ends within the window, in the neighbouring blocks too (a PDF line or page
// break can put "National Insurance number as" and the number in different blocks).
Context weigh_context(const CompiledPattern& p, double base, std::string_view text, std::size_t begin, std::size_t end,
                      std::string_view previous, std::string_view next) {
  const PatternContext& c = p.spec.context;
  Context out{true, base, {}};
  if (!p.raise && !p.lower && !p.exclude) return out;
  const auto want_before = static_cast<std::size_t>(c.before), want_after = static_cast<std::size_t>(c.after);
  std::string joined_before, joined_after;
  std::string_view before = window(text, begin > want_before ? begin - want_before : 0, begin);
  std::string_view after = window(text, end, std::min(text.size(), end + want_after));
  if (begin < want_before && !previous.empty()) {
    const std::size_t need = want_before - begin;
    joined_before = std::string(window(previous, previous.size() > need ? previous.size() - need : 0, previous.size()));
    joined_before += ' ';
    joined_before += before;
    before = joined_before;
  }
  if (end + want_after > text.size() && !next.empty()) {
    joined_after = std::string(after) + ' ';
    joined_after += window(next, 0, std::min(next.size(), end + want_after - text.size()));
    after = joined_after;
  }
  auto near = [&](const RE2* re, std::string* word) {
    if (re == nullptr) return false;
    re2::StringPiece w;
    if (RE2::PartialMatch(before, *re, &w) || RE2::PartialMatch(after, *re, &w)) {
      if (word != nullptr) *word = std::string(w);
      return true;
    }
    return false;
  };
  if (near(p.exclude.get(), nullptr)) return {false, 0, {}};
  std::string word;
  if (near(p.raise.get(), &word)) {
    out.confidence = std::min(0.99, out.confidence + c.raise_by);
    out.note = word;
  } else if (c.required) {
    return {false, 0, {}};
  }
  if (near(p.lower.get(), nullptr)) out.confidence -= c.lower_by;
  out.confidence = std::round(out.confidence * 100) / 100;  // 0.95, not 0.9500000000000001
  if (out.confidence <= 0) out.keep = false;
  return out;
}

// The folded text of the nearest scanned block before (-1) or after (+1) `block`.
std::string_view neighbour(const ScanContext& ctx, std::size_t block, int step) {
  for (std::size_t i = block; step < 0 ? i > 0 : i + 1 < ctx.doc.blocks.size();) {
    i = step < 0 ? i - 1 : i + 1;
    if (ctx.scans(i)) return ctx.folded[i].text();
  }
  return {};
}

}  // namespace

struct PatternDetector::Impl {
  std::vector<PatternSpec> specs;
  PatternLists lists;
  std::vector<CompiledPattern> patterns;
  std::unique_ptr<RE2::Set> set;  // all patterns: which can match a block at all
  bool any_header = false;

  void scan_block(const ScanContext& ctx, std::size_t block, const TableIndex* tables, std::vector<Finding>& out) const;
  void run(const CompiledPattern& p, const ScanContext& ctx, std::size_t block, const unicode::FoldedText& folded,
           std::vector<Finding>& out) const;
  bool header_allows(const CompiledPattern& p, const ScanContext& ctx, std::size_t block, const TableIndex* tables) const;
};

PatternDetector::PatternDetector(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
PatternDetector::PatternDetector(PatternDetector&&) noexcept = default;
PatternDetector& PatternDetector::operator=(PatternDetector&&) noexcept = default;
PatternDetector::~PatternDetector() = default;

std::vector<std::string> PatternDetector::pattern_files(const std::string& data_dir) {
  namespace fs = std::filesystem;
  std::vector<std::string> files;
  std::error_code ec;
  const fs::path dir = fs::path(data_dir) / "patterns";
  for (const auto& entry : fs::directory_iterator(dir, ec))
    if (entry.is_regular_file(ec) && entry.path().extension() == ".toml") files.push_back(entry.path().string());
  std::sort(files.begin(), files.end());
  return files;
}

PatternDetector PatternDetector::load(const std::string& data_dir, const std::vector<std::string>& extra_files) {
  std::vector<std::string> files = pattern_files(data_dir);
  if (files.empty())
    throw Error(ErrorKind::not_found, data_dir + "/patterns", "no pattern files (*.toml) in the data folder");
  files.insert(files.end(), extra_files.begin(), extra_files.end());
  PatternLists lists;
  std::vector<PatternSpec> specs = read_pattern_files(files, &lists);
  PatternDetector d = from_specs(std::move(specs));
  d.impl_->lists = std::move(lists);
  return d;
}

const std::vector<std::string>* PatternDetector::list(const std::string& name) const {
  const auto it = impl_->lists.find(name);
  return it == impl_->lists.end() ? nullptr : &it->second;
}

PatternDetector PatternDetector::from_specs(std::vector<PatternSpec> specs) {
  auto impl = std::make_unique<Impl>();
  impl->patterns.reserve(specs.size());
  for (const PatternSpec& s : specs) impl->patterns.emplace_back(s);
  impl->specs = std::move(specs);
  impl->set = std::make_unique<RE2::Set>(pattern_re2_options(), RE2::UNANCHORED);
  for (const CompiledPattern& p : impl->patterns) {
    impl->any_header = impl->any_header || p.header != nullptr;
    if (impl->set->Add(p.spec.regex, nullptr) < 0)  // compiled alone above, so this cannot fail
      throw Error(ErrorKind::internal, p.spec.file, fmt::format("pattern '{}' rejected by RE2::Set", p.spec.name));
  }
  if (!impl->set->Compile()) impl->set.reset();  // too big for one set: every pattern runs
  return PatternDetector(std::move(impl));
}

const std::vector<PatternSpec>& PatternDetector::specs() const { return impl_->specs; }

void PatternDetector::find(const ScanContext& ctx, std::vector<Finding>& out) const {
  std::unique_ptr<TableIndex> tables;
  if (impl_->any_header) tables = std::make_unique<TableIndex>(ctx.doc);
  for (std::size_t i = 0; i < ctx.doc.blocks.size(); ++i)
    if (ctx.scans(i) && !ctx.doc.blocks[i].text.empty()) impl_->scan_block(ctx, i, tables.get(), out);
}

void PatternDetector::Impl::scan_block(const ScanContext& ctx, std::size_t block, const TableIndex* tables,
                                       std::vector<Finding>& out) const {
  constexpr unicode::FoldOptions kKeepCase{.keep_case = true};
  const std::string& original = ctx.doc.blocks[block].text;
  std::vector<int> which;
  RE2::Set::ErrorInfo error{};
  // Most blocks match no pattern, and most fold to themselves: the set then reads the
  // original and the fold is made only for a block with a match.
  const bool same = set != nullptr && unicode::folds_to_itself(original, kKeepCase);
  if (same && set->Match(original, nullptr, &error) == false && error.kind == RE2::Set::kNoError) return;
  const unicode::FoldedText folded(original, kKeepCase);
  if (set == nullptr || (!set->Match(folded.text(), &which, &error) && error.kind != RE2::Set::kNoError)) {
    which.resize(patterns.size());  // the set gave up (memory): run them all
    for (std::size_t k = 0; k < patterns.size(); ++k) which[k] = static_cast<int>(k);
  }
  const std::size_t first = out.size();
  for (const int k : which) {
    const CompiledPattern& p = patterns[static_cast<std::size_t>(k)];
    if (p.header && !header_allows(p, ctx, block, tables)) continue;
    run(p, ctx, block, folded, out);
  }
  // One identifier matched by two patterns (a strict and a contextual NI number): keep
  // the surer finding only.
  std::sort(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(), [](const Finding& a, const Finding& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    if (a.end != b.end) return a.end < b.end;
    if (a.category != b.category) return a.category < b.category;
    return a.confidence > b.confidence;
  });
  out.erase(std::unique(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(),
                        [](const Finding& a, const Finding& b) {
                          return a.begin == b.begin && a.end == b.end && a.category == b.category;
                        }),
            out.end());
  // A strict pattern's number inside a looser pattern's longer one of the same category
  // ("07700 900 123" in "07700 900 1234", a digit too many): the longer is the identifier.
  // Sorted by begin, then end: what contains a finding starts before it and reaches as
  // far, or starts with it and ends later.
  std::map<Category, std::uint32_t> reach;  // the furthest end of those starting earlier
  std::vector<std::pair<Category, std::uint32_t>> group;
  std::size_t kept = first;
  for (std::size_t i = first; i < out.size();) {
    std::size_t j = i;
    group.clear();
    for (; j < out.size() && out[j].begin == out[i].begin; ++j) group.emplace_back(out[j].category, out[j].end);
    for (std::size_t k = 0; k < group.size(); ++k) {
      const auto [category, end] = group[k];
      bool inside = false;
      for (std::size_t m = k + 1; m < group.size() && !inside; ++m)
        inside = group[m].first == category && group[m].second > end;
      const auto r = reach.find(category);
      if (inside || (r != reach.end() && r->second >= end)) continue;
      if (kept != i + k) out[kept] = std::move(out[i + k]);
      ++kept;
    }
    for (const auto& [category, end] : group) {
      std::uint32_t& e = reach[category];
      e = std::max(e, end);
    }
    i = j;
  }
  out.resize(kept);
}

bool PatternDetector::Impl::header_allows(const CompiledPattern& p, const ScanContext& ctx, std::size_t block,
                                          const TableIndex* tables) const {
  if (tables == nullptr) return false;
  const bool cell = ctx.doc.blocks[block].kind == BlockKind::table_cell;
  for (const std::size_t h : cell ? tables->headers(block) : tables->lines_above(block)) {
    const std::string header = unicode::fold(ctx.doc.blocks[h].text, unicode::FoldOptions{.keep_case = true});
    if (RE2::PartialMatch(header, *p.header)) return true;
  }
  return false;
}

void PatternDetector::Impl::run(const CompiledPattern& p, const ScanContext& ctx, std::size_t block,
                                const unicode::FoldedText& folded, std::vector<Finding>& out) const {
  const std::string& text = folded.text();
  const re2::StringPiece input(text);
  std::vector<re2::StringPiece> caps(static_cast<std::size_t>(p.groups + 1));
  std::map<std::string, GroupSpan> named;
  std::size_t pos = 0;
  while (pos <= text.size() &&
         p.re->Match(input, pos, text.size(), RE2::UNANCHORED, caps.data(), static_cast<int>(caps.size()))) {
    const re2::StringPiece whole = caps[0];
    const re2::StringPiece id = caps[static_cast<std::size_t>(p.group)];
    const auto whole_end = static_cast<std::size_t>(whole.data() - text.data()) + whole.size();
    if (id.data() == nullptr || id.empty()) {
      pos = whole_end > pos ? whole_end : next_char(text, pos);
      continue;
    }
    CheckArgs args;
    args.text = text;
    args.begin = static_cast<std::uint32_t>(id.data() - text.data());
    args.end = static_cast<std::uint32_t>(args.begin + id.size());
    args.lexicon = &ctx.lexicon;
    // Resume at the identifier's end, not the match's: a pattern may consume a separator
    // after the identifier that the next identifier needs in front of it.
    pos = args.end > pos ? args.end : next_char(text, pos);
    CheckResult checked;
    if (p.check != nullptr) {
      named.clear();
      for (const auto& [name, index] : p.named) {
        const re2::StringPiece g = caps[static_cast<std::size_t>(index)];
        if (g.data() != nullptr)
          named[name] = {static_cast<int>(g.data() - text.data()), static_cast<int>(g.data() - text.data() + g.size())};
      }
      args.groups = &named;
      checked = p.check(args);
      if (checked.verdict == Verdict::not_identifier || args.end <= args.begin) continue;
    }
    if (p.reject && RE2::PartialMatch(args.identifier(), *p.reject)) continue;
    // A failed check (a wrong check digit, a digit missing, a prefix never issued) makes
    // the finding less sure, not wrong: a mistyped number is still somebody's number. The
    // words around it then weigh as for any other finding ("postcode" beside "NG25OJH").
    const bool failed = checked.verdict == Verdict::failed;
    const double base =
        failed ? std::round((p.spec.confidence - p.spec.check_lower_by) * 100) / 100 : p.spec.confidence;
    if (base <= 0) continue;
    const Context c =
        weigh_context(p, base, text, args.begin, args.end, neighbour(ctx, block, -1), neighbour(ctx, block, +1));
    if (!c.keep) continue;

    Finding f;
    f.category = p.spec.category;
    f.block = block;
    const auto [b, e] = folded.original_range(args.begin, args.end);
    f.begin = b;
    f.end = e;
    f.text = ctx.doc.blocks[block].text.substr(b, e - b);
    f.form = p.spec.form;
    f.confidence = c.confidence;
    f.rule = "pattern:" + p.spec.name;
    f.why = c.note.empty() ? p.spec.why : fmt::format("{} (near '{}')", p.spec.why, c.note);
    if (failed) f.why += fmt::format(": failed its check ({}): removed anyway", checked.reason);
    out.push_back(std::move(f));
  }
}

}  // namespace dhr::detect
