// Ages of persons: the rules of age_rules.h, and the checks in code that tell a person's
// age from a bound, a group, a duration or a paragraph number.
#include "detect/age_detector.h"

#include <algorithm>
#include <optional>
#include <string>

#include <fmt/format.h>

#include "detect/age_rules.h"
#include "detect/age_words.h"
#include "detect/pattern_table.h"
#include "text/fold.h"

namespace dhr::detect {
namespace {

struct Candidate {
  std::uint32_t begin = 0;  // folded offsets
  std::uint32_t end = 0;
  std::string age;
  const char* shape = "";
  std::string noun;
  double confidence = 0;
  const char* why = "";
};

using Caps = std::vector<re2::StringPiece>;

bool is_word_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '\'' || c == '-' || (c & 0x80); }

// "9m", "3w", "5d" for ages under two years given in months, weeks or days; else years.
std::string age_text(int n, std::string_view unit) {
  if (unit.starts_with("month")) return n >= 24 ? std::to_string(n / 12) : fmt::format("{}m", n);
  if (unit.starts_with("week")) return fmt::format("{}w", n);
  if (unit.starts_with("day")) return fmt::format("{}d", n);
  return std::to_string(n);
}

class BlockAges {
 public:
  BlockAges(const ScanContext& ctx, std::size_t block)
      : ctx_(ctx), block_(block), t_(ctx.folded[block].text()), r_(AgeRules::get()) {}

  std::vector<Candidate> take() { return std::move(out_); }

  void run(int rule) {
    const RE2& re = *r_.rule[rule];
    const int n = re.NumberOfCapturingGroups() + 1;
    Caps caps(static_cast<std::size_t>(n));
    std::size_t pos = 0;
    while (pos <= t_.size() && re.Match(t_, pos, t_.size(), RE2::UNANCHORED, caps.data(), n)) {
      re_ = &re;
      caps_ = &caps;
      switch (rule) {
        case AgeRules::aged: aged(); break;
        case AgeRules::year_old: year_old(); break;
        case AgeRules::of_age: of_age(); break;
        case AgeRules::label: label(); break;
        case AgeRules::age_of: age_of(); break;
        case AgeRules::paren: paren(); break;
        case AgeRules::attr: attr(); break;
        case AgeRules::bare: bare(); break;
        case AgeRules::apposition: apposition(); break;
        case AgeRules::birthday: birthday(); break;
        case AgeRules::years_months: years_months(); break;
        case AgeRules::table_line: table_line(); break;
        default: break;
      }
      const std::size_t end = off(caps[0]) + caps[0].size();
      pos = end > pos ? end : pos + 1;
    }
  }

  // A table cell whose header cell says Age, or a line that is just a number under a
  // line that says Age (a table read one cell per line).
  void table_cell(const TableIndex& tables) {
    bool under_age = false;
    const bool cell = ctx_.doc.blocks[block_].kind == BlockKind::table_cell;
    for (const std::size_t h : cell ? tables.headers(block_) : tables.lines_above(block_))
      under_age = under_age || RE2::PartialMatch(ctx_.folded[h].text(), *r_.table_header);
    re2::StringPiece n;
    if (!under_age || !RE2::FullMatch(t_, *r_.table_value, &n)) return;
    if (const auto v = parse_age_number(n); v && *v <= 115)
      add(off(n), off(n) + n.size(), std::to_string(*v), "table", 0.9, "age: a value under an Age header cell");
  }

 private:
  const ScanContext& ctx_;
  std::size_t block_;
  std::string_view t_;
  const AgeRules& r_;
  const RE2* re_ = nullptr;
  const Caps* caps_ = nullptr;
  std::vector<Candidate> out_;

  std::uint32_t off(const re2::StringPiece& s) const { return static_cast<std::uint32_t>(s.data() - t_.data()); }
  std::uint32_t end_of(const re2::StringPiece& s) const { return off(s) + static_cast<std::uint32_t>(s.size()); }

  re2::StringPiece cap(const char* name) const {
    const auto& names = re_->NamedCapturingGroups();
    const auto it = names.find(name);
    return it == names.end() ? re2::StringPiece() : (*caps_)[static_cast<std::size_t>(it->second)];
  }
  static bool has(const re2::StringPiece& s) { return s.data() != nullptr; }
  const re2::StringPiece& whole() const { return (*caps_)[0]; }

  void add(std::uint32_t b, std::uint32_t e, std::string age, const char* shape, double conf, const char* why,
           std::string noun = {}) {
    out_.push_back({b, e, std::move(age), shape, std::move(noun), conf, why});
  }

  // The word that ends before `pos` (spaces skipped); empty when punctuation comes first.
  std::string_view word_before(std::size_t pos, std::size_t* start = nullptr) const {
    while (pos > 0 && t_[pos - 1] == ' ') --pos;
    std::size_t b = pos;
    while (b > 0 && is_word_char(t_[b - 1])) --b;
    if (start != nullptr) *start = b;
    return t_.substr(b, pos - b);
  }

  // The character before `pos`, spaces skipped ('\0' at the start).
  char char_before(std::size_t pos) const {
    while (pos > 0 && t_[pos - 1] == ' ') --pos;
    return pos > 0 ? t_[pos - 1] : '\0';
  }

  // The word starting one space after `pos`; empty when anything else follows.
  std::string_view word_after(std::size_t pos, std::size_t* end = nullptr) const {
    if (pos >= t_.size() || t_[pos] != ' ') return {};
    std::size_t e = pos + 1;
    while (e < t_.size() && is_word_char(t_[e])) ++e;
    if (end != nullptr) *end = e;
    return t_.substr(pos + 1, e - pos - 1);
  }

  // Whether the number starting at `pos` is a bound: "from 18 ...", "over 18 ...", or the
  // end of a range "16 to 18 ...", "between 16 and 18 ...".
  bool bound_before(std::size_t pos) const {
    std::size_t start = 0;
    const std::string_view w = word_before(pos, &start);
    if (is_bound_word(w)) return true;
    if (w == "to" || w == "and" || w == "-") return parse_age_number(word_before(start)).has_value();
    return false;
  }

  // Whether a thing, not a person, is the subject of "... is now 8 days old": looks back
  // a few words for a thing noun before any person word.
  bool thing_subject_before(std::size_t pos) const {
    for (int i = 0; i < 5 && pos > 0; ++i) {
      std::size_t start = 0;
      const std::string_view w = word_before(pos, &start);
      if (w.empty()) return false;
      if (is_thing_noun(w) || w == "it" || w == "this") return true;
      if (is_person_noun(w) || w == "he" || w == "she" || w == "who" || w == "they") return false;
      pos = start;
    }
    return false;
  }

  // "+", " or over", " and above", " or 17" ... right after an age: a bound or a band.
  bool bound_after(std::size_t pos) const { return RE2::PartialMatch(t_.substr(pos, 40), *r_.bound_after); }

  // "young women aged 18", "a person aged 16": a group or the statute, not a person -
  // unless a count comes first ("3 men, aged 23-31", "two men aged 23 and 25").
  bool group_before(std::size_t pos) const {
    if (char_before(pos) == ',') return false;
    std::size_t start = 0;
    const std::string_view w = word_before(pos, &start);
    if (!is_group_noun(w)) return false;
    const std::string_view before = word_before(start);
    return !parse_age_number(before).has_value();
  }

  // The word before `pos` as written in the original (for its capitals).
  std::string original_word_before(std::size_t pos, std::size_t* fstart = nullptr) const {
    std::size_t b = 0;
    const std::string_view w = word_before(pos, &b);
    if (fstart != nullptr) *fstart = b;
    if (w.empty()) return {};
    const auto [ob, oe] = ctx_.folded[block_].original_range(static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(b + w.size()));
    return ctx_.doc.blocks[block_].text.substr(ob, oe - ob);
  }

  static bool capitalised(const std::string& original) {
    if (original.empty()) return false;
    const auto c = static_cast<unsigned char>(original[0]);
    if (c >= 'A' && c <= 'Z') return true;
    if (c < 0x80) return false;
    return unicode::fold(original.substr(0, std::min<std::size_t>(4, original.size()))) != original.substr(0, 4);
  }

  // A word that names someone: a person noun, a case subject's pseudonym, a name the
  // lexicon knows, or a capitalised word that is neither ordinary nor a numbering word.
  bool names_a_person(const std::string& original, std::string_view folded) const {
    if (is_person_noun(folded)) return true;
    if (!capitalised(original) || is_numbering_word(folded) || is_function_word(folded)) return false;
    if (ctx_.case_file != nullptr)
      for (const Subject& s : ctx_.case_file->subjects)
        if (!s.pseudonym.empty() && unicode::fold(s.pseudonym) == folded) return true;
    const bool known_name = ctx_.lexicon.is_given_name(folded) || ctx_.lexicon.is_surname(folded);
    if (known_name) return true;
    if (ctx_.lexicon.is_common_word(folded)) return false;
    // All capitals of two letters or more is an acronym ("MARAC (3)"), not a name.
    const bool all_caps = original.size() >= 2 && std::all_of(original.begin(), original.end(), [](char c) {
                            return (c >= 'A' && c <= 'Z') || c == '.' || (c >= '0' && c <= '9');
                          });
    return !all_caps;
  }

  void aged() {
    const auto n = parse_age_number(cap("n"));
    if (!n || *n > 115) return;
    const std::uint32_t begin = off(whole());
    std::uint32_t end = end_of(whole());
    std::string age = std::to_string(*n);
    const char* shape = "aged";
    const bool between = cap("approx") == "between";  // "aged between 30 and 35": a range or nothing
    if (has(cap("n2"))) {
      const auto n2 = parse_age_number(cap("n2"));
      if (n2 && *n2 > *n && *n2 <= 115) {
        age = fmt::format("{}-{}", *n, *n2);
        shape = "aged_range";
      } else {
        end = end_of(cap("n"));  // "aged 38 and 2 children": not a range
      }
    }
    if (between && shape[4] != '_') return;
    if (has(cap("unit")) && end == end_of(whole()) && !has(cap("n2"))) age = age_text(*n, cap("unit").substr(1));
    if (bound_after(end) || group_before(begin)) return;
    add(begin, end, age, shape, 0.9, shape[4] == '_' ? "age: 'aged' with a range (a group)" : "age: 'aged' and a number");
  }

  void year_old() {
    const auto n = parse_age_number(cap("n"));
    if (!n || *n > 115 || has(cap("plural"))) return;  // "16 year olds": a group
    const re2::StringPiece det = cap("det"), approx = cap("approx"), unit = cap("unit");
    const std::uint32_t first = has(det) ? off(det) : has(approx) ? off(approx) : off(cap("n"));
    if (bound_before(first) || word_before(first) == "aged") return;
    const std::uint32_t old_end = end_of(whole());
    if (bound_after(old_end)) return;
    const std::string age = age_text(*n, unit);
    const bool predicative = !has(det) && unit.ends_with("s");
    // The noun phrase after "old": up to three words ending in a person noun.
    std::size_t pos = old_end, noun_end = 0;
    std::string_view w0;
    for (int i = 0; i < 3; ++i) {
      std::size_t e = 0;
      const std::string_view w = word_after(pos, &e);
      if (w.empty() || is_function_word(w)) break;
      if (i == 0) w0 = w;
      if (is_thing_noun(w)) return;  // "a 10 year old car"
      if (is_person_noun(w)) {
        noun_end = e;
        break;
      }
      pos = e;
    }
    if (predicative) {  // "was 21 years old", "around 22 years old"
      if (thing_subject_before(first)) return;  // "this incident is now 8 days old"
      add(first, old_end, age, "years_old", 0.9, "age: 'years old'");
      return;
    }
    if (noun_end == 0 && !w0.empty()) {
      if (!has(det) && is_group_noun(w0)) return;  // "for 16 year old girls"
      // "17-year-old Zoe": the name is its own finding; the age ends before it.
      const auto w0_begin = static_cast<std::uint32_t>(w0.data() - t_.data());
      const auto [ob, oe] = ctx_.folded[block_].original_range(w0_begin, w0_begin + static_cast<std::uint32_t>(w0.size()));
      if (capitalised(ctx_.doc.blocks[block_].text.substr(ob, oe - ob))) {
        add(first, old_end, age, "year_old_before_name", 0.9, "age: 'year old' before a name");
        return;
      }
      noun_end = static_cast<std::size_t>(w0.data() - t_.data()) + w0.size();
      add(first, static_cast<std::uint32_t>(noun_end), age, "year_old_adjective", 0.75,
          "age: 'year old' before a noun", std::string(t_.substr(old_end + 1, noun_end - old_end - 1)));
      return;
    }
    if (noun_end != 0) {
      add(first, static_cast<std::uint32_t>(noun_end), age, "year_old_adjective", 0.95,
          "age: 'year old' before a noun for a person", std::string(t_.substr(old_end + 1, noun_end - old_end - 1)));
      return;
    }
    add(first, old_end, age, "year_old_noun", 0.85, "age: 'year old' as a noun");
  }

  void of_age() {
    const auto n = parse_age_number(cap("n"));
    if (!n || *n > 115) return;
    const std::uint32_t first = has(cap("approx")) ? off(cap("approx")) : off(cap("n"));
    if (bound_before(first) || group_before(first) || bound_after(end_of(whole()))) return;
    add(first, end_of(whole()), age_text(*n, cap("unit")), "years_of_age", 0.9, "age: 'years of age'");
  }

  void label() {
    const re2::StringPiece num = has(cap("n")) ? cap("n") : cap("pn");
    const auto n = parse_age_number(num);
    if (!n || *n > 115) return;
    const std::uint32_t begin = off(whole()), end = end_of(whole());
    if (is_rule_age_word(word_before(begin)) || bound_after(end)) return;
    // "age 16-17", "age 16 to 18": a bracket of ages, not someone's.
    const std::string_view rest = t_.substr(end, 6);
    if (rest.starts_with("-") || rest.starts_with(" to ") || rest.starts_with(" - ")) return;
    add(begin, end, std::to_string(*n), "age_label", 0.85, "age: 'age' and a number");
  }

  void age_of() {
    const auto n = parse_age_number(cap("n"));
    if (!n || *n > 115) return;
    const re2::StringPiece prep = cap("prep");
    const std::uint32_t begin = off(whole()), end = end_of(whole());
    if (!has(prep) && (is_bound_word(word_before(begin)) || word_before(begin) == "reaching")) return;
    if (bound_after(end)) return;
    // "from the age of 18", "at the age of 16": usually a rule about everyone at a legal
    // threshold ("services are available from the age of 18") rather than someone's age.
    const bool threshold = *n == 16 || *n == 18 || *n == 21 || *n == 25 || *n == 65;
    const bool loose = has(prep) && (prep == "from" || prep == "since");
    if (loose && threshold) return;
    add(begin, end, std::to_string(*n), "age_of", loose || threshold ? 0.6 : 0.9, "age: 'the age of' and a number");
  }

  void paren() {
    const auto n = parse_age_number(cap("n"));
    if (!n || *n > 110) return;
    const std::uint32_t begin = off(whole());
    // "9(3)", "s(2)": a numbered part, written against the word.
    if (begin == 0 || t_[begin - 1] != ' ') return;
    std::size_t fstart = 0;
    const std::string original = original_word_before(begin, &fstart);
    const std::string_view folded = word_before(begin);
    if (original.empty() || !names_a_person(original, folded)) return;
    add(begin, end_of(whole()), std::to_string(*n), "parenthesised", is_person_noun(folded) ? 0.85 : 0.8,
        "age: a number in brackets after a name or a person");
  }

  void attr() {
    const bool listed = has(cap("list"));
    const re2::StringPiece num = listed ? cap("n") : cap("n2");
    const auto n = parse_age_number(num);
    if (!n || *n > 110) return;
    if (listed && !RE2::PartialMatch(cap("list"), "\\b(?:male|female|man|woman|boy|girl)\\b")) return;
    add(off(num), end_of(num), std::to_string(*n), "bare", 0.85, "age: a number among a person's particulars");
  }

  void bare() {
    const re2::StringPiece num = cap("n");
    const auto n = parse_age_number(num);
    if (!n || *n < 1 || *n > 110 || num == "one") return;
    const re2::StringPiece after = cap("after");
    if (!has(after) && !cap("verb").starts_with("turn")) return;
    // "was 10,000", "was 2.5": the number goes on.
    const std::size_t a = end_of(after);
    if ((after == "," || after == ".") && a < t_.size() && t_[a] >= '0' && t_[a] <= '9') return;
    if (bound_after(end_of(num))) return;
    // "was five and a half months pregnant", "was 3 and 4 weeks": a measure, not an age.
    static const RE2 measure("^(?: and a half| and a bit| and \\d| (?:[a-z]+ )?(?:months?|weeks?|days?|hours?|minutes?|times|percent|pregnant)\\b)");
    if (!cap("verb").starts_with("turn") && RE2::PartialMatch(t_.substr(end_of(num), 40), measure)) return;
    const std::uint32_t verb = off(cap("verb"));
    const char before = char_before(verb);
    bool subject = before == ')';
    if (!subject) {
      const std::string_view w = word_before(verb);
      subject = w == "he" || w == "she" || w == "who" || w == "they" || w == "i" || w == "we" || w == "you";
      if (!subject) subject = names_a_person(original_word_before(verb), w) && !is_person_noun(w);
    }
    if (!subject) return;
    add(off(num), end_of(num), std::to_string(*n), "bare", 0.75, "age: a person 'was' a number");
  }

  // "Lewis Young, 31, was arrested", "the victim, then 38, had": a number between commas
  // right after a name or a person noun, and not one of a list ("paragraphs 3, 31, 34").
  void apposition() {
    const re2::StringPiece num = cap("n");
    const auto n = parse_age_number(num);
    if (!n || *n < 1 || *n > 110) return;
    const std::uint32_t comma = off(whole());
    std::size_t start = 0;
    const std::string_view w = word_before(comma, &start);
    if (w.empty() || parse_age_number(w) || char_before(comma) != w.back()) return;
    if (!names_a_person(original_word_before(comma), w)) return;
    const std::string_view next = word_after(end_of(whole()));
    if (parse_age_number(next) || next == "and" || next == "or") return;  // a list of numbers
    add(off(num), end_of(num), std::to_string(*n), "bare", 0.75, "age: a number set off by commas after a person");
  }

  // "her 18th birthday", "his eighteenth birthday": the age a person turned.
  void birthday() {
    const re2::StringPiece num = cap("n");
    const auto n = parse_ordinal(num);
    if (!n || *n < 1 || *n > 110) return;
    add(off(num), end_of(whole()), std::to_string(*n), "birthday", 0.8, "age: an ordinal birthday");
  }

  void years_months() {
    const auto n = parse_age_number(cap("n"));
    const auto m = parse_age_number(cap("m"));
    if (!n || !m || *n > 115 || *m > 11) return;
    const std::uint32_t begin = off(whole());
    if (word_before(begin) == "aged") return;  // the 'aged' rule has it
    // Only where the text speaks of someone's age: "Z's age (17 years 9 months)".
    const std::size_t from = begin > 40 ? begin - 40 : 0;
    const std::string_view window = t_.substr(from, begin - from);
    bool age_context = false;
    for (std::size_t p = window.find("age"); p != std::string_view::npos; p = window.find("age", p + 1)) {
      const bool starts = p == 0 || !is_word_char(window[p - 1]);
      const bool ends = p + 3 >= window.size() || !is_word_char(window[p + 3]);
      const std::string_view rest = window.substr(p + 3);
      if (starts && ends && !rest.starts_with(" difference") && !rest.starts_with(" gap")) age_context = true;
    }
    if (!age_context) return;
    add(begin, end_of(whole()), std::to_string(*n), "years_months", 0.85, "age: years and months after 'age'");
  }

  void table_line() {
    if (ctx_.doc.blocks[block_].kind == BlockKind::table_cell) return;
    const re2::StringPiece nums = cap("nums");
    re2::StringPiece rest = nums, num;
    while (RE2::FindAndConsume(&rest, "(\\d{1,3})", &num)) {
      const auto n = parse_age_number(num);
      if (n && *n <= 115) add(off(num), end_of(num), std::to_string(*n), "table", 0.85, "age: a value on an Age row");
    }
  }
};

// Keeps the widest of candidates that contain one another. Sorted by start, widest
// first, a candidate lies inside an earlier one exactly when some earlier one ends at or
// after its end: one pass, so a block of a million numbers stays linear.
std::vector<Candidate> widest(std::vector<Candidate> c) {
  std::sort(c.begin(), c.end(), [](const Candidate& a, const Candidate& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  std::vector<Candidate> out;
  std::uint32_t reach = 0;
  for (Candidate& x : c) {
    if (!out.empty() && x.end <= reach) continue;
    reach = std::max(reach, x.end);
    out.push_back(std::move(x));
  }
  return out;
}

}  // namespace

void AgeDetector::find(const ScanContext& ctx, std::vector<Finding>& out) const {
  const AgeRules& rules = AgeRules::get();
  std::optional<TableIndex> tables;
  std::vector<int> which;
  for (std::size_t i = 0; i < ctx.doc.blocks.size(); ++i) {
    if (!ctx.scans(i)) continue;
    const std::string& text = ctx.folded[i].text();
    if (text.empty()) continue;
    BlockAges ages(ctx, i);
    which.clear();
    RE2::Set::ErrorInfo error{};
    if (rules.set == nullptr || (!rules.set->Match(text, &which, &error) && error.kind != RE2::Set::kNoError)) {
      which.clear();
      for (int r = 0; r < AgeRules::count; ++r) which.push_back(r);
    }
    std::sort(which.begin(), which.end());
    for (const int r : which) ages.run(r);
    if (ctx.doc.blocks[i].kind == BlockKind::table_cell || text.size() < 8) {
      if (!tables) tables.emplace(ctx.doc);
      ages.table_cell(*tables);
    }
    for (const Candidate& c : widest(ages.take())) {
      Finding f = make_finding(ctx, i, c.begin, c.end, Category::age, c.confidence, std::string("age:") + c.shape, c.why);
      f.form = c.age + "|" + c.shape + (c.noun.empty() ? "" : "|" + c.noun);
      out.push_back(std::move(f));
    }
  }
}

}  // namespace dhr::detect
