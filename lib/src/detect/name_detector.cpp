#include "detect/name_detector.h"

#include <re2/re2.h>

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "detect/case_edit_distance.h"
#include "detect/names_tokens.h"
#include "detect/names_words.h"
#include "detect/word_hash.h"
#include "text/fold.h"

namespace dhr::detect {
namespace {

// What the lexicon says about one word.
struct Word {
  bool given = false, surname = false, common = false, not_name = false, place = false, agency = false, shaped = false;
  std::uint32_t count = 0;  // given-name frequency
  bool in_lists() const { return given || surname || shaped; }
};

// A name found in pass 1 or 2: tokens [first, last] of a block, title included.
struct Mention {
  std::size_t block = 0;
  std::size_t first = 0, last = 0;
  double confidence = 0;
  const char* rule = "";
  std::string why;
};

// How sure each rule is. Title and full name are near certain; a lone given name that is no
// ordinary word is usually a person but may be a brand or a place nobody listed.
constexpr double kTitle = 0.9, kTitleUnknown = 0.75, kFull = 0.9, kFullWordLike = 0.8, kGivenMid = 0.6,
                 kGivenStart = 0.5, kSameName = 0.75, kMisspelling = 0.6, kNickname = 0.55, kInitials = 0.6, kConfirmed = 0.7;
// Given names rarer than this in the source data are mostly odd registrations that
// coincide with words or brands ("Domestic"); alone they need other evidence.
constexpr std::uint32_t kRareGiven = 100;
// A given name this common ("Frank", "Rose", "Jack") may start a full name even when both
// of its words are ordinary words.
constexpr std::uint32_t kCommonGiven = 20000;

// Whether text can hold initials such as "T.M." or "Z. A.": two full stops, each right after
// a byte that can end a capital letter (A-Z, or the last byte of a multi-byte letter), 2 to
// 6 bytes apart. A cheap test that never says no to a match of the initials pattern, so the
// regex search runs only over the few blocks that pass it.
bool may_hold_initials(std::string_view text) {
  auto capital_before = [&](std::size_t dot) {
    const auto c = static_cast<unsigned char>(text[dot - 1]);
    return (c >= 'A' && c <= 'Z') || c >= 0x80;
  };
  std::size_t last = std::string_view::npos;  // the previous full stop after a capital
  for (std::size_t dot = text.find('.', 1); dot != std::string_view::npos; dot = text.find('.', dot + 1)) {
    if (!capital_before(dot)) continue;
    if (last != std::string_view::npos && dot - last >= 2 && dot - last <= 6) return true;
    last = dot;
  }
  return false;
}

class Scan {
 public:
  Scan(const Lexicon& lex, const ScanContext& ctx) : lex_(lex), ctx_(ctx) {}

  void run(std::vector<Finding>& out) {
    learn_professionals();
    static const ScannedBlock kNotScanned;
    blocks_.assign(ctx_.doc.blocks.size(), &kNotScanned);
    scratch_.resize(blocks_.size());
    words_.resize(blocks_.size());
    used_.resize(blocks_.size());
    by_relation_.resize(blocks_.size());
    for (std::size_t b = 0; b < blocks_.size(); ++b) {
      if (!ctx_.scans(b)) continue;
      // The shared cache's copy, not a copy of it (a scan without one fills scratch_).
      blocks_[b] = &scanned_block(ctx_, b, scratch_[b]);
      words_[b].reserve(blocks_[b]->tokens.size());
      for (const NameToken& t : blocks_[b]->tokens) words_[b].push_back(word_of(t));
      used_[b].assign(blocks_[b]->tokens.size(), false);
      by_relation_[b].assign(blocks_[b]->tokens.size(), false);
    }
    for (std::size_t b = 0; b < blocks_.size(); ++b)
      if (ctx_.scans(b)) first_pass(b);
    for (std::size_t b = 0; b < blocks_.size(); ++b)
      if (ctx_.scans(b)) first_names_of_found_surnames(b);
    for (std::size_t b = 0; b < blocks_.size(); ++b)
      if (ctx_.scans(b)) second_pass(b);
    for (std::size_t b = 0; b < blocks_.size(); ++b)
      if (ctx_.scans(b)) initials(b);
    for (const Mention& m : mentions_) {
      const NameToken& a = blocks_[m.block]->tokens[m.first];
      const NameToken& z = blocks_[m.block]->tokens[m.last];
      Finding f = make_finding(ctx_, m.block, a.fb, z.fe, Category::person, m.confidence, std::string("names:") + m.rule, m.why);
      f.form = "residual";
      out.push_back(std::move(f));
    }
    for (Finding& f : extra_) out.push_back(std::move(f));
  }

 private:
  Word word_of(const NameToken& t) {
    // Only capitalised words can be names or agency words here; lower-case words are read
    // as context through the closed word classes, so the lists are not asked about them.
    if (!t.letter_only || (t.shape != Shape::cap && t.shape != Shape::upper)) return Word{};
    // A report repeats its capitalised words: a small direct-mapped cache answers the
    // repeats without asking the six lists again (a collision just asks them).
    Remembered& r = remembered_[word_hash(t.key) % remembered_.size()];
    if (r.key.data() == nullptr || r.key != t.key) r = {t.key, look_up(t.key)};
    return r.word;
  }

  Word look_up(std::string_view k) const {
    Word w;
    w.not_name = k.size() < 2 || lex_.is_not_name(k);
    w.common = lex_.is_common_word(k);
    if (const GivenName* g = lex_.given_name(k)) {
      w.given = true;
      w.count = g->count;
    }
    w.surname = lex_.is_surname(k);
    w.place = lex_.place(k) != nullptr;
    w.agency = lex_.is_agency_head(k);
    w.shaped = !w.given && !w.surname && surname_shaped(k);
    return w;
  }

  // O'Connell, McAteer, MacDonald, and double-barrelled names whose parts are names.
  bool surname_shaped(std::string_view k) const {
    if (k.size() >= 5 && k.substr(0, 2) == "o'") return true;
    if (k.size() >= 5 && (k.substr(0, 2) == "mc" || k.substr(0, 3) == "mac") && !lex_.is_common_word(k)) return true;
    if (k.find('-') == std::string_view::npos) return false;
    // Every part a name or an unknown word, and one part a name that is no ordinary word
    // ("Hughes-Mbeki" yes; "Multi-Agency", "Ex-Partner" no).
    bool clear_name = false;
    for (std::size_t s = 0; s <= k.size();) {
      const std::size_t e = std::min(k.find('-', s), k.size());
      const std::string_view part = k.substr(s, e - s);
      const bool name = lex_.is_given_name(part) || lex_.is_surname(part);
      const bool common = lex_.is_common_word(part);
      if ((!name && (part.size() < 3 || common)) || lex_.is_not_name(part)) return false;
      clear_name = clear_name || (name && !common);
      s = e + 1;
    }
    return clear_name;
  }

  // ---- professionals -------------------------------------------------------------
  void learn_professionals() {
    const bool cached = ctx_.cache != nullptr && ctx_.cache->professionals.has_value();
    const std::vector<std::string> learned = cached ? *ctx_.cache->professionals : professionals_named_in(ctx_.doc, &lex_);
    for (const std::string& name : learned) {
      const std::string f = unicode::fold(name);
      prof_full_.insert(f);
      std::size_t s = 0;
      for (std::size_t e; (e = f.find(' ', s)) != std::string::npos; s = e + 1) prof_parts_.insert(f.substr(s, e - s));
      prof_surnames_.insert(f.substr(s));
      prof_parts_.insert(f.substr(s));
    }
  }
  bool is_professional(std::size_t b, std::size_t first, std::size_t last, bool titled) const {
    const auto& tk = blocks_[b]->tokens;
    std::string joined;
    for (std::size_t i = first; i <= last; ++i) joined.append(i > first ? " " : "").append(tk[i].key);
    if (prof_full_.contains(joined)) return true;
    if (titled && prof_surnames_.contains(std::string(tk[last].key))) return true;
    if (first == last && prof_parts_.contains(std::string(tk[first].key))) return true;
    return false;
  }

  // ---- token helpers -------------------------------------------------------------
  const NameToken& tok(std::size_t b, std::size_t i) const { return blocks_[b]->tokens[i]; }
  std::size_t size(std::size_t b) const { return blocks_[b]->tokens.size(); }

  // A capitalised word that may be (part of) a name here. The shape is asked first, inline:
  // most words are lower case, and the passes ask this of every word.
  bool eligible(std::size_t b, std::size_t i) const {
    const Shape s = tok(b, i).shape;
    return (s == Shape::cap || s == Shape::upper) && eligible_capitalised(b, i);
  }
  bool eligible_capitalised(std::size_t b, std::size_t i) const {
    const NameToken& t = tok(b, i);
    if (!t.letter_only || blocks_[b]->allowed[i] || used_[b][i]) return false;
    const Word& w = words_[b][i];
    if (w.not_name || w.agency) return false;
    return t.shape == Shape::cap || blocks_[b]->style.upper_case;
  }
  // Only white space (a line break included) between word i-1 and word i.
  bool joined(std::size_t b, std::size_t i) const {
    return i > 0 && tok(b, i).spaced_before && !tok(b, i - 1).possessive;
  }
  // Word i is followed, in the same capitalised phrase, by an agency or facility word:
  // "George Eliot Hospital", "Heart of England NHS Foundation Trust", "Clare's Law".
  bool ends_in_agency(std::size_t b, std::size_t i) const {
    for (std::size_t j = i + 1; j < size(b) && j <= i + 6; ++j) {
      const NameToken& t = tok(b, j);
      if (!t.spaced_before) return false;  // punctuation ends the phrase ("'s" does not)
      // Hospital wards carry people's names and are written in lower case: "Macgregor ward".
      if (j == i + 1 && t.key == "ward") return true;
      if (t.shape == Shape::lower && t.key != "of" && t.key != "and" && t.key != "on" && t.key != "upon") return false;
      if ((t.shape == Shape::cap || t.shape == Shape::upper) && (words_[b][j].agency || t.key == "nhs")) return true;
    }
    return false;
  }
  std::string_view key_before(std::size_t b, std::size_t i, std::size_t back = 1) const {
    return i >= back ? tok(b, i - back).key : std::string_view();
  }

  void add(std::size_t b, std::size_t first, std::size_t last, double confidence, const char* rule, std::string why,
           bool confirm) {
    for (std::size_t i = first; i <= last; ++i) used_[b][i] = true;
    mentions_.push_back({b, first, last, confidence, rule, std::move(why)});
    if (!confirm) return;
    for (std::size_t i = first; i <= last; ++i) {
      const NameToken& t = tok(b, i);
      if (names::is_title(t.key) || names::is_rank(t.key) || words_[b][i].not_name) continue;
      auto& role = confirmed_[std::string(t.key)];
      role = std::max(role, (i == first && words_[b][i].given) || (i == first && last > first) ? 2 : 1);
    }
    if (last > first && !names::is_title(tok(b, first).key) && !names::is_rank(tok(b, first).key)) {
      std::string ini;
      ini += tok(b, first).key[0];
      ini += tok(b, last).key[0];
      full_initials_.insert(ini);
    }
  }

  // ---- pass 1: evidence in place ------------------------------------------------
  void first_pass(std::size_t b) {
    for (std::size_t i = 0; i < size(b);) {
      // A lower-case word is no title, rank or name (the tests below each say so; most
      // words are lower case, so they are spared the calls).
      if (tok(b, i).shape == Shape::lower) {
        ++i;
        continue;
      }
      const std::size_t next = try_title(b, i);
      if (next != i) { i = next; continue; }
      const std::size_t after_full = try_full(b, i);
      if (after_full != i) { i = after_full; continue; }
      try_single(b, i);
      ++i;
    }
  }

  std::size_t try_title(std::size_t b, std::size_t i) {
    const NameToken& t = tok(b, i);
    // The shape first: most words are lower case, and then no list need be asked.
    const bool title = t.shape != Shape::lower && names::is_title(t.key);
    const bool rank = !title && t.shape != Shape::lower && t.shape != Shape::other && names::is_rank(t.key);
    if ((!title && !rank) || blocks_[b]->allowed[i] || i + 1 >= size(b)) return i;
    const NameToken& n = tok(b, i + 1);
    // "Mr E", "Mr. Z": a letter pseudonym, never a finding.
    if (n.key.size() == 1 && n.shape != Shape::lower) return i + 2;
    const bool close = n.spaced_before || (n.punct_before == '.' && n.ob <= t.oe + 2);
    if (!close) return i;
    std::size_t j = i + 1;
    while (j < size(b) && j <= i + 3 && eligible(b, j) && (j == i + 1 || joined(b, j))) ++j;
    if (j == i + 1) return i;
    const std::size_t last = j - 1;
    if (ends_in_agency(b, last)) return i;
    const Word& w = words_[b][last];
    if (rank && !(w.in_lists() && !w.common) && t.shape != Shape::cap) return i;  // "PC Smith" yes, "PC World" no
    if (is_professional(b, i + 1, last, true)) {
      for (std::size_t k = i; k <= last; ++k) used_[b][k] = true;
      return j;
    }
    const std::string label = rank ? "rank" : "title";
    if (w.in_lists())
      add(b, i, last, kTitle, "title+name", label + " '" + std::string(t.key) + "' + name in the name lists", true);
    else
      add(b, i, last, kTitleUnknown, "title+name", label + " '" + std::string(t.key) + "' + capitalised word", true);
    return j;
  }

  std::size_t try_full(std::size_t b, std::size_t i) {
    if (!eligible(b, i)) return i;
    const Word& w0 = words_[b][i];
    // A first name in no list ("Paweł") starts a full name after a relation: "her son,
    // Paweł Nowak".
    const bool near = joined(b, i) || tok(b, i).punct_before == ',';
    const bool after_relation = i > 0 && near && tok(b, i - 1).shape == Shape::lower && names::is_relation(key_before(b, i));
    if (!w0.given && !(after_relation && !w0.common && !w0.place)) return i;
    const bool upper = tok(b, i).shape == Shape::upper;
    std::size_t j = i + 1;
    while (j < size(b) && j <= i + 3 && eligible(b, j) && joined(b, j) && (tok(b, j).shape == Shape::upper) == upper) {
      const Word& w = words_[b][j];
      const bool unknown = !w.in_lists() && !w.common && !w.place && tok(b, j).key.size() >= 2;
      if (!w.in_lists() && !unknown) break;
      // After a clear surname, an ordinary word is the next phrase ("Nigel Minns Head of").
      if (j >= i + 2 && w.common && !w.given && !words_[b][j - 1].common) break;
      ++j;
    }
    if (j - i < 2) return i;
    const std::size_t last = j - 1;
    int common = 0, places = 0;
    for (std::size_t k = i; k <= last; ++k) {
      common += words_[b][k].common ? 1 : 0;
      places += words_[b][k].place ? 1 : 0;
    }
    const auto n = static_cast<int>(j - i);
    if (ends_in_agency(b, last)) {  // "George Eliot Hospital": an agency, not a person
      for (std::size_t k = i; k <= last; ++k) used_[b][k] = true;
      return j;
    }
    // Both parts ordinary words ("Frank Young", "Rose Baker"): a name only mid-sentence, as a
    // given name then a surname; "Will Power" at a sentence start or in a heading is not.
    const bool words_only = common == n;
    // The given name must be a common one: the name lists also carry "Arch", "Real", "Key".
    if (words_only && (n != 2 || tok(b, i).sentence_start || blocks_[b]->style.title_case || !words_[b][last].in_lists() ||
                       w0.count < kCommonGiven))
      return i;
    if (places == n) return i;  // "Stafford Stone"
    if (upper && common > 0) return i;                  // capitals hide nothing: need clear names
    if (common > 0 && names::is_determiner(key_before(b, i))) return i;  // "the Rose Garden"
    if (is_professional(b, i, last, false)) {
      for (std::size_t k = i; k <= last; ++k) used_[b][k] = true;
      return j;
    }
    add(b, i, last, words_only ? kConfirmed : common ? kFullWordLike : kFull, "full",
        words_only ? "given name + surname from the name lists, both also ordinary words, capitalised mid-sentence"
        : common   ? "given name + surname from the name lists (one is also an ordinary word)"
                   : "given name + surname from the name lists",
        true);
    return j;
  }

  void try_single(std::size_t b, std::size_t i) {
    if (!eligible(b, i)) return;
    const NameToken& t = tok(b, i);
    if (t.shape != Shape::cap) return;  // capitals alone (headings) are left to pass 2
    const Word& w = words_[b][i];
    const bool unknown = !w.in_lists() && !w.common && !w.place;
    if (!w.in_lists() && !unknown) return;
    if (names::is_determiner(key_before(b, i)) && joined(b, i)) return;
    if (ends_in_agency(b, i)) return;
    // Part of a longer capitalised phrase that is no name ("Arch Senior Access", "Social
    // Care"): not a lone name either.
    if (i > 0 && joined(b, i) && (tok(b, i - 1).shape == Shape::cap || tok(b, i - 1).shape == Shape::upper)) return;
    if (i + 1 < size(b) && joined(b, i + 1) && tok(b, i + 1).shape == Shape::cap && !t.possessive) return;
    // "Regan L. (2000)": an author in a citation.
    if (i + 1 < size(b) && tok(b, i + 1).key.size() == 1 && tok(b, i + 1).shape == Shape::other && tok(b, i + 1).punct_after == '.')
      return;
    // Evidence around the word.
    const std::string_view p1 = key_before(b, i), p2 = key_before(b, i, 2);
    const bool p1_lower = i > 0 && tok(b, i - 1).shape == Shape::lower;
    // The relation word must be in the same clause: "her son Will", "her children, Hope",
    // not "... her children. Comment is made".
    const bool near = joined(b, i) || t.punct_before == ',' || t.punct_before == ':';
    bool relation = i > 0 && p1_lower && near &&
                    (names::is_relation(p1) || p1 == "called" || p1 == "named" || (p1 == "as" && p2 == "known"));
    std::string relation_word(relation ? p1 : std::string_view());
    // "her children, Hope and Mark": the second name shares the first one's relation.
    if (!relation && p1 == "and" && i >= 2 && by_relation_[b][i - 2]) {
      relation = true;
      relation_word = "and";
    }
    // A table row naming a person and their relation: "| Hope | Daughter | 12 |".
    if (!relation && ctx_.doc.blocks[b].kind == BlockKind::table_cell && size(b) == 1 && row_has_relation(b)) {
      relation = true;
      relation_word = "(table row)";
    }
    if (!relation && t.possessive && i + 1 < size(b) && tok(b, i + 1).shape == Shape::lower && names::is_relation(tok(b, i + 1).key)) {
      relation = true;
      relation_word = std::string(tok(b, i + 1).key);
    }
    const bool next_lower = i + 1 < size(b) && tok(b, i + 1).shape == Shape::lower && joined(b, i + 1);
    const bool speech = (next_lower && !t.possessive && names::is_speech_verb_after(tok(b, i + 1).key)) ||
                        (i > 0 && p1_lower && joined(b, i) && names::is_person_verb_before(p1));
    const bool mid = !t.sentence_start && !blocks_[b]->style.title_case;
    const bool possessive = t.possessive && mid && i + 1 < size(b) && tok(b, i + 1).shape == Shape::lower;
    if (w.place && !relation && !speech) return;  // a town: the place detector's
    double c = 0;
    const char* rule = "given";
    std::string why;
    const bool evidence = relation || speech || possessive;
    // Without evidence, a given name in a list of agencies ("Ambulance Service, Harmoni,
    // Warwickshire County Council") or before a product ("Paloma's MODUS database") is a
    // company's name.
    const bool agency_list = t.punct_before == ',' && i > 0 && (words_[b][i - 1].agency || tok(b, i - 1).key == "nhs");
    const bool product = t.possessive && i + 1 < size(b) && tok(b, i + 1).shape == Shape::upper;
    if (!evidence && (agency_list || product)) return;
    if (w.given && !w.common && (w.count >= kRareGiven || evidence)) {
      c = mid ? kGivenMid : kGivenStart;
      why = mid ? "given name from the name lists, capitalised mid-sentence" : "given name from the name lists";
    } else if (w.in_lists() && !w.common && (relation || speech || possessive)) {
      c = 0.5;
      why = "name from the name lists";
    } else if ((w.common || unknown) && relation) {
      c = 0.5;
      why = unknown ? "capitalised word" : "name that is also an ordinary word";
    } else {
      return;
    }
    if (relation) {
      c = std::min(0.9, c + 0.25);
      rule = "relation";
      why += ", after the relation '" + relation_word + "'";
    } else if (speech) {
      c = std::min(0.85, c + 0.15);
      rule = "speech";
      why += ", with a verb of speech or action";
    } else if (possessive) {
      c += 0.05;
      why += ", possessive";
    }
    if (is_professional(b, i, i, false)) return;
    add(b, i, i, c, rule, std::move(why), c >= kConfirmed);
    if (relation) by_relation_[b][i] = true;
  }

  // Another cell of block b's table row holds a relation word ("Daughter", "Son of Z").
  bool row_has_relation(std::size_t b) const {
    const CellPosition& cell = ctx_.doc.blocks[b].cell;
    if (cell.table < 0) return false;
    const std::size_t from = b >= 8 ? b - 8 : 0, to = std::min(blocks_.size(), b + 9);
    for (std::size_t k = from; k < to; ++k) {
      if (k == b || !ctx_.scans(k)) continue;
      const CellPosition& other = ctx_.doc.blocks[k].cell;
      if (other.table != cell.table || other.row != cell.row) continue;
      for (const NameToken& t : blocks_[k]->tokens)
        if (names::is_relation(t.key) || t.key == "husband" || t.key == "wife") return true;
    }
    return false;
  }

  // ---- between the passes: "Małgorzata Dvořáková" once "Mrs Dvořáková" is known --------
  // A capitalised word in no list, right before a surname found with firm evidence, is the
  // first name that goes with it (names the lists lack: Polish, Czech, Welsh ...).
  void first_names_of_found_surnames(std::size_t b) {
    for (std::size_t i = 0; i + 1 < size(b); ++i) {
      if (!eligible(b, i) || !eligible(b, i + 1) || !joined(b, i + 1)) continue;
      const Word& w = words_[b][i];
      if (w.common || w.place || w.in_lists() || tok(b, i).key.size() < 3) continue;
      const auto it = confirmed_.find(tok(b, i + 1).key);
      if (it == confirmed_.end() || words_[b][i + 1].common || (tok(b, i).shape == Shape::upper) != (tok(b, i + 1).shape == Shape::upper))
        continue;
      if (ends_in_agency(b, i + 1) || is_professional(b, i, i + 1, false)) continue;
      add(b, i, i + 1, kSameName, "full", "capitalised word before a surname found with stronger evidence in this document",
          true);
      confirmed_[std::string(tok(b, i).key)] = 2;
      ++i;
    }
  }

  // ---- pass 2: names found elsewhere in the document -------------------------------
  void second_pass(std::size_t b) {
    for (std::size_t i = 0; i < size(b); ++i) {
      if (!eligible(b, i)) continue;
      const NameToken& t = tok(b, i);
      const auto it = confirmed_.find(t.key);
      if (it != confirmed_.end()) {
        if (!same_name_ok(b, i, it->second)) continue;
        std::size_t last = i;
        while (last + 1 < size(b) && eligible(b, last + 1) && joined(b, last + 1) && confirmed_.contains(tok(b, last + 1).key))
          ++last;
        if (ends_in_agency(b, last)) continue;
        add(b, i, last, kSameName, "same_name", "found as a name with stronger evidence elsewhere in this document", false);
        i = last;
        continue;
      }
      if (!misspelling(b, i)) nickname(b, i);
    }
  }

  // "Immy" for Imran, "Hopey" for Hope, "Lea" for Leanne, "Zo" for Zoë: a short or pet
  // form of a given name found in this document. Ordinary words ("Lea", "Hope") only in
  // the close forms (a prefix, or the name + y/ie) and capitalised mid-sentence.
  void nickname(std::size_t b, std::size_t i) {
    const NameToken& t = tok(b, i);
    const Word& w = words_[b][i];
    const std::string_view k = t.key;
    if (t.shape != Shape::cap || k.size() < 2 || k.size() > 7) return;
    // A town that is also a short form ("Lea"): not after "in", "at", "from" ...
    const std::string_view before = key_before(b, i);
    if (w.place && (before == "in" || before == "at" || before == "from" || before == "to" || before == "near")) return;
    if (w.given && !w.common) return;  // a name in its own right: pass 1 judged it
    const bool mid = !t.sentence_start && !blocks_[b]->style.title_case;
    if (w.common && !mid) return;
    if (names::is_determiner(key_before(b, i)) && joined(b, i)) return;
    if (ends_in_agency(b, i) || is_professional(b, i, i, false)) return;
    for (const auto& [g, role] : confirmed_) {
      if (role != 2 || g.size() < 4 || g == k) continue;
      const std::string_view name(g);
      const bool prefix = k.size() < name.size() && name.substr(0, k.size()) == k;
      const std::string_view stem = name.back() == 'e' || name.back() == 'y' ? name.substr(0, name.size() - 1) : name;
      const bool pet = k.size() > stem.size() && k.substr(0, stem.size()) == stem &&
                       (k.substr(stem.size()) == "y" || k.substr(stem.size()) == "ie" || k.substr(stem.size()) == "ey");
      const bool loose = !w.common && k.size() <= 5 && name.substr(0, 2) == k.substr(0, 2) &&
                         (k.back() == 'y' || k.back() == 'z' || k.back() == 'o' || k.back() == 'a' || k.ends_with("ie"));
      if ((!prefix && !pet && !loose) || (w.place && !prefix && !pet)) continue;
      add(b, i, i, kNickname, "nickname", "looks like a short or pet form of a given name found in this document", false);
      return;
    }
  }

  bool same_name_ok(std::size_t b, std::size_t i, int role) const {
    const NameToken& t = tok(b, i);
    const Word& w = words_[b][i];
    if (names::is_determiner(key_before(b, i)) && joined(b, i)) return false;
    if (is_professional(b, i, i, false)) return false;
    if (!w.common) return true;
    // An ordinary word ("Will", "Young") at a sentence start or in a title-case line is
    // taken for the name only when it was found as a given name (sentences rarely start
    // with "Will" or "Rose" as words; they often start with "Young").
    if (t.sentence_start || blocks_[b]->style.title_case) return role == 2;
    return true;
  }

  bool misspelling(std::size_t b, std::size_t i) {
    const NameToken& t = tok(b, i);
    const Word& w = words_[b][i];
    if (t.shape != Shape::cap || w.common || w.place || t.key.size() < 4) return false;
    if (w.given && w.count >= kRareGiven * 10) return false;  // a common name in its own right
    for (const auto& [key, role] : confirmed_) {
      // Four-letter names only for words in no list ("Hpoe"): short words are near too many.
      if (key.size() < (w.in_lists() ? 5u : 4u) || !one_edit_apart(t.key, key)) continue;
      if (is_professional(b, i, i, false)) return false;
      add(b, i, i, kMisspelling, "misspelling", "one letter from a name found elsewhere in this document", false);
      return true;
    }
    return false;
  }

  // "T.M.", "Z. A.": initials of a full name found in this document.
  void initials(std::size_t b) {
    if (full_initials_.empty()) return;
    // Not inside a longer run of initials ("S.I.A.D.A."): no letter or full stop before,
    // no letter after (a sentence's own full stop may follow: "by T.M..").
    static const RE2 re("(?:^|[^\\pL\\pN.])((\\p{Lu})\\. ?(\\p{Lu})\\.)(?:[^\\pL\\pN]|$)");
    const std::string& text = ctx_.doc.blocks[b].text;
    if (!may_hold_initials(text)) return;  // most blocks: no regex search at all
    re2::StringPiece input(text), whole, l1, l2;
    while (RE2::FindAndConsume(&input, re, &whole, &l1, &l2)) {
      std::string ini = unicode::fold(std::string(l1.data(), l1.size()) + std::string(l2.data(), l2.size()));
      if (!full_initials_.contains(ini)) continue;
      const auto ob = static_cast<std::uint32_t>(whole.data() - text.data());
      const auto oe = static_cast<std::uint32_t>(ob + whole.size());
      if (ctx_.allow.covers(b, ob, oe)) continue;
      Finding f;
      f.category = Category::person;
      f.block = b;
      f.begin = ob;
      f.end = oe;
      f.text = text.substr(ob, oe - ob);
      f.form = "residual";
      f.confidence = kInitials;
      f.rule = "names:initials";
      f.why = "initials of a full name found in this document";
      extra_.push_back(std::move(f));
      // Step back over the separator after the match so adjacent initials are seen.
      if (input.data() > whole.data() + whole.size())
        input = re2::StringPiece(whole.data() + whole.size(), text.data() + text.size() - (whole.data() + whole.size()));
    }
  }

  const Lexicon& lex_;
  const ScanContext& ctx_;
  std::vector<const ScannedBlock*> blocks_;
  std::vector<ScannedBlock> scratch_;  // the blocks, when the context has no cache
  std::vector<std::vector<Word>> words_;
  std::vector<std::vector<bool>> used_;
  std::vector<std::vector<bool>> by_relation_;  // words found as names through a relation
  std::vector<Mention> mentions_;
  std::vector<Finding> extra_;
  // Name parts found with firm evidence: 2 = as a given name or first of a full name, 1 = otherwise.
  std::unordered_map<std::string, int, WordHash, std::equal_to<>> confirmed_;
  struct Remembered {
    std::string_view key;  // points into ctx_.folded; null: empty
    Word word;
  };
  std::vector<Remembered> remembered_ = std::vector<Remembered>(1024);
  std::unordered_set<std::string> full_initials_;
  std::unordered_set<std::string> prof_full_, prof_surnames_, prof_parts_;
};

}  // namespace

void NameDetector::find(const ScanContext& ctx, std::vector<Finding>& out) const {
  Scan scan(lexicon_, ctx);
  scan.run(out);
}

}  // namespace dhr::detect
