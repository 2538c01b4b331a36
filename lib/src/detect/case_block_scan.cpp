#include "detect/case_block_scan.h"

#include <algorithm>

#include <fmt/format.h>

#include "detect/case_edit_distance.h"
#include "detect/case_words.h"

namespace dhr::detect {
namespace {

bool all_spaces(std::string_view g) { return !g.empty() && g.find_first_not_of(' ') == std::string_view::npos; }

std::uint8_t bit(PartKind k) { return static_cast<std::uint8_t>(1u << static_cast<unsigned>(k)); }

// Between the atoms of one name part: "o'connell", "ashworth-hale" (also "ashworth - hale"
// and, after a line break, "ashworth- hale"), "j.r.".
bool joiner_fits(std::string_view gap, char joiner, bool* broken) {
  *broken = false;
  if (joiner == '\'') return gap == "'";
  const std::size_t at = gap.find(joiner);
  if (at == std::string_view::npos || gap.find_first_not_of(' ') != at) return false;
  const std::string_view after = gap.substr(at + 1);
  if (!after.empty() && !all_spaces(after)) return false;
  *broken = joiner == '-' && at == 0 && !after.empty();  // "Hughes- Mbeki": a line-end hyphen
  return true;
}

// Between two parts of a name: spaces (a folded line break is a space), or a line-end
// hyphen ("Natasha-\nOkafor" left by extraction).
bool part_gap_fits(std::string_view gap, bool* broken) {
  *broken = false;
  if (all_spaces(gap)) return true;
  if (gap.size() >= 2 && gap[0] == '-' && all_spaces(gap.substr(1))) {
    *broken = true;
    return true;
  }
  return false;
}

// After a title: "Mr Okafor", "Mr. Okafor".
bool title_gap_fits(std::string_view gap) {
  return all_spaces(gap) || (gap.size() >= 2 && gap[0] == '.' && all_spaces(gap.substr(1)));
}

// Evidence strong enough for a name-word mention to vouch for others nearby.
bool vouches(const std::string& evidence) {
  return evidence == "possessive" || evidence == "capitalised mid-sentence" || evidence == "after a family relation" ||
         evidence == "after a role written as a title" || evidence == "listed with another name";
}

const char* describe(const std::string& form) {
  if (form == "full") return "full name";
  if (form == "first") return "first name";
  if (form == "surname") return "surname";
  if (form == "title_surname") return "title + surname";
  if (form == "title_first") return "title + first name";
  if (form == "alias") return "alias";
  return "initials";
}

}  // namespace

void CaseBlockScan::scan(std::size_t block, std::vector<CaseMention>& out) {
  const auto& blocks = ctx_.doc.blocks;
  block_ = block;
  w_.reset(ctx_.folded[block], blocks[block].text);
  // A paragraph that follows one left without a closing full stop (a PDF line, a page
  // break) continues its sentence.
  if (previous_block_ != SIZE_MAX && blocks[previous_block_].kind == BlockKind::paragraph &&
      blocks[block].kind == BlockKind::paragraph) {
    const std::string& prev = blocks[previous_block_].text;
    const std::size_t last = prev.find_last_not_of(" \t\r\n");
    w_.continues_sentence = last != std::string::npos && std::string_view(".!?:;").find(prev[last]) == std::string_view::npos;
  }
  previous_block_ = block;
  rejoin_broken_words();
  next_carry_ = Carry{};
  std::size_t i = 0;
  while (i < w_.tokens.size()) i = step(i, out);
  carry_ = std::move(next_carry_);
}

// "Tar-\niq": extraction left a line-end hyphen inside a name. The two halves become one
// word again when together, and not apart, they are a name.
void CaseBlockScan::rejoin_broken_words() {
  std::vector<CaseToken>& t = w_.tokens;
  if (t.size() < 2 || w_.folded.find("- ") == std::string_view::npos) return;
  std::vector<CaseToken> merged;
  bool any = false;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (i + 1 < t.size()) {
      const std::string_view g = w_.gap(i);
      if (g.size() >= 2 && g[0] == '-' && all_spaces(g.substr(1))) {
        const std::string_view a = w_.text(i), b = w_.text(i + 1);
        std::string joined;
        joined.reserve(a.size() + b.size());
        joined.append(a).append(b);
        if (names_.is_name_atom(joined) && !(names_.is_name_atom(a) && names_.is_name_atom(b))) {
          if (!any) merged.assign(t.begin(), t.begin() + static_cast<std::ptrdiff_t>(i));
          any = true;
          w_.joined.push_back(std::move(joined));
          merged.push_back({t[i].begin, t[i + 1].end, static_cast<std::int32_t>(w_.joined.size() - 1)});
          ++i;
          continue;
        }
      }
    }
    if (any) merged.push_back(t[i]);
  }
  if (any) t = std::move(merged);
}

std::size_t CaseBlockScan::step(std::size_t i, std::vector<CaseMention>& out) {
  Chain chain;
  Gender g = Gender::unknown;
  if (i + 1 < w_.tokens.size() && may_be_title(w_.text(i)) && is_title(w_.text(i), &g) && title_gap_fits(w_.gap(i)) &&
      build_chain(i + 1, chain)) {
    chain.title = i;
    chain.title_gender = g;
    if (const std::size_t next = emit_chain(chain, out)) return next;
  }
  chain = Chain{};
  if (may_hit(i) && build_chain(i, chain))
    if (const std::size_t next = emit_chain(chain, out)) return next;
  // Initials are one- to three-letter words (a letter may be several bytes).
  if (w_.tokens[i].end - w_.tokens[i].begin <= names_.max_initials() || (w_.folded[w_.tokens[i].begin] & 0x80))
    if (const std::size_t next = initials(i, out)) return next;
  return i + 1;
}

// What hits(i) needs to find anything: a word that may be a name's key, or one long and
// capitalised enough to be a misspelt name (see may_be_misspelt). Most words are neither,
// and are spared the search.
bool CaseBlockScan::may_hit(std::size_t i) const { return names_.may_be_key(w_.text(i)) || long_and_capitalised(i); }

// What a misspelt name needs first: four letters or more, the first a capital.
bool CaseBlockScan::long_and_capitalised(std::size_t i) const {
  return w_.text(i).size() >= CaseNames::kMinMisspeltLength - 1 && w_.capitalised(i);
}

// The cheap tests; the lexicon's (is it an ordinary word?) is asked by the caller.
bool CaseBlockScan::may_be_misspelt(std::size_t i) const {
  if (!long_and_capitalised(i)) return false;
  const std::string_view t = w_.text(i);
  if (std::any_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
  return !is_title(t) && !(names_.may_be_key(t) && names_.is_name_atom(t));
}

void CaseBlockScan::match_rest(std::uint32_t id, std::size_t i, bool approx, std::vector<Hit>& out) {
  const NamePart& p = names_.parts()[id];
  std::size_t t = i;
  bool broken = w_.tokens[i].joined >= 0;
  for (std::size_t k = 1; k < p.atoms.size(); ++k) {
    if (t + 1 >= w_.tokens.size()) return;
    bool b = false;
    if (!joiner_fits(w_.gap(t), p.joiners[k - 1], &b)) return;
    broken = broken || b || w_.tokens[t + 1].joined >= 0;
    ++t;
    const std::string_view word = w_.text(t);
    if (word == p.atoms[k]) continue;
    if (!approx && p.atoms[k].size() >= CaseNames::kMinMisspeltLength && one_edit_apart(word, p.atoms[k]) &&
        may_be_misspelt(t) && !ctx_.lexicon.is_common_word(word)) {
      approx = true;
      continue;
    }
    return;
  }
  out.push_back({id, static_cast<std::uint32_t>(t + 1), approx, broken});
}

// "Regan L." / "Regan, L.": a surname followed by an initial, as references write authors.
bool CaseBlockScan::cited_author(std::size_t i) const {
  if (i + 1 >= w_.tokens.size()) return false;
  const std::string_view g = w_.gap(i);
  if (g != " " && g != ", ") return false;
  const std::string_view next = w_.text(i + 1);
  const std::uint32_t after = w_.tokens[i + 1].end;
  return next.size() == 1 && w_.capitalised(i + 1) && after < w_.folded.size() && w_.folded[after] == '.';
}

std::pair<std::size_t, std::size_t> CaseBlockScan::hits(std::size_t i) {
  for (const auto& [token, range] : hit_ranges_)
    if (token == i) return range;
  const std::size_t begin = hits_.size();
  const std::string_view word = w_.text(i);
  const bool joined_token = w_.tokens[i].joined >= 0;
  if (names_.may_be_key(word)) {
    if (const auto* ids = names_.starting_with(word))
      for (std::uint32_t id : *ids) match_rest(id, i, false, hits_);
    if (const auto* ids = names_.joined_as(word))
      for (std::uint32_t id : *ids) hits_.push_back({id, static_cast<std::uint32_t>(i + 1), false, joined_token});
  }
  // An ordinary word one edit from a name ("Marsh" for "Marsha") is the word: asked
  // before the search for near names, since most capitalised words are ordinary words
  // at a sentence start and the one look-up spares them the search.
  if (hits_.size() == begin && may_be_misspelt(i) && !ctx_.lexicon.is_common_word(word)) {
    scratch_.clear();
    names_.one_edit_from(word, scratch_);
    for (std::uint32_t code : scratch_) {
      const std::uint32_t id = code / 2;
      if (code % 2 == 1) hits_.push_back({id, static_cast<std::uint32_t>(i + 1), true, joined_token});
      else match_rest(id, i, true, hits_);
    }
    // Four-letter names ("Hope" written "Hpoe"): only two neighbouring letters swapped,
    // which almost never makes a word or another name (a changed letter often does).
    if (word.size() == CaseNames::kMinMisspeltLength - 1) {
      std::string swapped(word);
      for (std::size_t k = 0; k + 1 < swapped.size(); ++k) {
        std::swap(swapped[k], swapped[k + 1]);
        if (names_.may_be_key(swapped))
          if (const auto* ids = names_.starting_with(swapped))
            for (std::uint32_t id : *ids) {
              const NamePart& p = names_.parts()[id];
              if (p.atoms.size() == 1 && !names_.owners()[p.owner].professional)
                hits_.push_back({id, static_cast<std::uint32_t>(i + 1), true, joined_token});
            }
        std::swap(swapped[k], swapped[k + 1]);
      }
    }
    // Three- and four-letter names with a letter typed twice ("Hopee", "Deann", "Leee").
    if (word.size() <= CaseNames::kMinMisspeltLength) {
      std::string single;
      for (std::size_t k = 1; k < word.size(); ++k) {
        if (word[k] != word[k - 1]) continue;
        single.assign(word.substr(0, k)).append(word.substr(k + 1));
        if (single.size() < 3 || !names_.may_be_key(single)) continue;
        if (const auto* ids = names_.starting_with(single))
          for (std::uint32_t id : *ids) {
            const NamePart& p = names_.parts()[id];
            if (p.atoms.size() == 1 && p.atoms[0].size() == single.size() && !names_.owners()[p.owner].professional)
              hits_.push_back({id, static_cast<std::uint32_t>(i + 1), true, joined_token});
          }
      }
    }
    // An author in a reference list ("Humphreys C., Regan L.") is someone else.
    if (hits_.size() > begin && cited_author(i)) hits_.resize(begin);
  }
  const std::pair<std::size_t, std::size_t> range{begin, hits_.size()};
  hit_ranges_.emplace_back(i, range);
  return range;
}

bool CaseBlockScan::build_chain(std::size_t start, Chain& chain) {
  hits_.clear();
  hit_ranges_.clear();
  states_.clear();
  const auto& parts = names_.parts();
  const auto [b0, e0] = hits(start);
  if (b0 == e0) return false;
  for (std::size_t k = b0; k < e0; ++k) {
    const Hit& h = hits_[k];
    const NamePart& p = parts[h.part];
    states_.push_back({p.owner, h.part, h.end, p.seq, p.order, 1, bit(p.kind), h.approx, h.broken});
  }
  // Extend each state by the next part of the same person while one follows; a few
  // dozen states at most (one per owner and name form).
  constexpr std::size_t kMaxStates = 64;
  for (std::size_t s = 0; s < states_.size() && states_.size() < kMaxStates; ++s) {
    const State st = states_[s];
    if (st.end >= w_.tokens.size()) continue;
    bool broken = false;
    if (!part_gap_fits(w_.gap(st.end - 1), &broken)) continue;
    broken = broken || w_.has_line_break(w_.tokens[st.end - 1].end, w_.tokens[st.end].begin);
    const auto [b, e] = hits(st.end);
    for (std::size_t k = b; k < e && states_.size() < kMaxStates; ++k) {
      const Hit& h = hits_[k];
      const NamePart& p = parts[h.part];
      if (p.owner != st.owner || p.seq != st.seq || p.order <= st.last_order) continue;
      State x = st;
      x.end = h.end;
      x.last_order = p.order;
      ++x.nparts;
      x.kinds = static_cast<std::uint8_t>(x.kinds | bit(p.kind));
      x.approx = x.approx || h.approx;
      x.broken = x.broken || h.broken || broken;
      states_.push_back(x);
    }
  }
  // The longest valid states: a multi-word alias only whole, a particle or a lone
  // letter never alone.
  std::size_t best_end = 0;
  auto valid = [&](const State& s) {
    const NamePart& p = parts[s.first_part];
    return (s.seq == 0 || s.nparts == p.seq_len) && (s.nparts > 1 || p.standalone);
  };
  for (const State& s : states_)
    if (valid(s)) best_end = std::max<std::size_t>(best_end, s.end);
  if (best_end == 0) return false;
  chain.start = start;
  chain.end = best_end;
  for (const State& s : states_) {
    if (!valid(s) || s.end != best_end) continue;
    const bool seen = std::any_of(chain.best.begin(), chain.best.end(), [&](const State& o) { return o.owner == s.owner; });
    if (!seen) chain.best.push_back(s);
  }
  return true;
}

bool CaseBlockScan::possessive_after(std::size_t start, std::size_t end) const {
  const std::string_view f = w_.folded;
  const std::size_t pos = w_.tokens[end - 1].end;
  if (pos >= f.size() || f[pos] != '\'') return false;
  std::size_t len = 0;
  auto word_at = [&](std::size_t p) { return p < f.size() && is_word_code_point(f, p, &len); };
  if (pos + 1 < f.size() && f[pos + 1] == 's' && !word_at(pos + 2)) return true;  // Natasha's
  if (word_at(pos + 1)) return false;
  // James': only after s or z, and not the closing quote of 'James'.
  const std::string_view last = w_.text(end - 1);
  const std::size_t open = w_.tokens[start].begin;
  return (last.back() == 's' || last.back() == 'z') && !(open > 0 && f[open - 1] == '\'');
}

bool CaseBlockScan::capital_unexplained(std::size_t start, std::size_t end) const {
  if (ctx_.doc.blocks[block_].kind == BlockKind::heading) return false;
  if (w_.all_capitals(w_.tokens[start].begin, w_.tokens[end - 1].end)) return false;
  if (w_.sentence_start(start)) return false;
  // A title-case phrase explains it too ("Young People's Service", "Hope House", "the
  // Domestic Abuse Bill"); a role or relation before it is evidence instead (see
  // word_name_evidence: "Officer Bill", "Aunt Rose").
  if (start > 0 && all_spaces(w_.gap(start - 1)) && w_.capitalised(start - 1) && !w_.sentence_start(start - 1) &&
      !is_kinship(w_.text(start - 1)) && !is_role_title(w_.text(start - 1)))
    return false;
  if (end < w_.tokens.size() && all_spaces(w_.gap(end - 1)) && w_.capitalised(end)) return false;
  return true;
}

bool CaseBlockScan::followed_by_capital(std::size_t end) const {
  return end < w_.tokens.size() && all_spaces(w_.gap(end - 1)) && w_.capitalised(end) && !other_name(end) &&
         !w_.all_capitals(w_.tokens[end].begin, w_.tokens[end].end);
}

// A lower-case content word after it: "Junior doctors", "Fox hunting", "Frank and open",
// "Passion and jealousy". Not a function word, which says nothing of a word reading
// ("Lea with her mother", "Lea and her children": a pronoun or determiner after "and").
bool CaseBlockScan::followed_by_lower_word(std::size_t end) const {
  const std::size_t n = w_.tokens.size();
  if (end >= n || !all_spaces(w_.gap(end - 1)) || w_.capitalised(end)) return false;
  const std::string_view next = w_.text(end);
  if (next.find_first_of("0123456789") != std::string_view::npos) return false;
  static constexpr std::string_view kFunction[] = {
      "about", "after", "against", "as", "at", "because", "before", "but", "by", "during", "for", "from", "he",
      "her", "hers", "him", "his", "if", "in", "into", "of", "on", "she", "so", "that", "their", "them", "they",
      "through", "to", "told", "towards", "until", "when", "where", "whether", "which", "while", "who", "whom",
      "whose", "with", "without"};
  if (std::binary_search(std::begin(kFunction), std::end(kFunction), next)) return false;
  if ((next == "and" || next == "or") && end + 1 < n) {
    const std::string_view after = w_.text(end + 1);
    return !(after == "her" || after == "his" || after == "their" || after == "the" || after == "a" || after == "an" ||
             after == "she" || after == "he" || after == "they" || w_.capitalised(end + 1));
  }
  return true;
}

bool CaseBlockScan::person_verb_after(std::size_t end) const {
  return end < w_.tokens.size() && all_spaces(w_.gap(end - 1)) && is_person_verb(w_.text(end));
}

// A capitalised word that is another person's name: a subject's, or a given name that is
// no ordinary word ("Will and Joy").
bool CaseBlockScan::other_name(std::size_t i) const {
  const std::string_view t = w_.text(i);
  return w_.capitalised(i) &&
         (names_.is_name_atom(t) || (ctx_.lexicon.is_given_name(t) && !ctx_.lexicon.is_common_word(t)));
}

std::string CaseBlockScan::word_name_evidence(const Chain& chain, const NamePart& part, bool possessive) const {
  const std::size_t n = w_.tokens.size();
  const std::size_t start = chain.start, end = chain.end;
  if (possessive) return "possessive";
  if (ctx_.doc.blocks[block_].kind == BlockKind::table_cell && start == 0 && end == n)
    return "a table cell holding only the name";
  if (capital_unexplained(start, end)) return "capitalised mid-sentence";
  if (person_verb_after(end)) return "a verb of a person follows";
  // Note style, at the start of a sentence or table cell: "Hector calls 999", "Blowers
  // arrested", "Roach not seen", "Dusty: bruised cheek".
  if (w_.sentence_start(start) && end < n) {
    const std::string_view g = w_.gap(end - 1);
    if (all_spaces(g) && is_note_verb(w_.text(end))) return "a verb follows, in note style";
    if (all_spaces(g) && is_predicate_adverb(w_.text(end)) && end + 1 < n && is_note_verb(w_.text(end + 1)))
      return "a verb follows, in note style";
    if (g.starts_with(":") && ctx_.doc.blocks[block_].kind == BlockKind::table_cell) return "a note about them (\"Name:\")";
  }
  // The rest is how given names are used; a surname that is a word gets no such benefit.
  if (part.kind != PartKind::first && part.kind != PartKind::middle && part.kind != PartKind::alias) return {};
  auto gap_is = [&](std::size_t i, std::string_view a, std::string_view b = {}) {
    const std::string_view g = w_.gap(i);
    return g == a || (!b.empty() && g == b);
  };
  if (start > 0 && gap_is(start - 1, " ", ", ") && is_kinship(w_.text(start - 1))) return "after a family relation";
  if (start > 0 && gap_is(start - 1, " ", ". ") && w_.capitalised(start - 1) && is_role_title(w_.text(start - 1)))
    return "after a role written as a title";
  if (end < n && gap_is(end - 1, " ") && is_kinship(w_.text(end))) return "before a family relation";
  if (end + 1 < n && gap_is(end - 1, " ") && w_.text(end) == "and" && gap_is(end, " ") && other_name(end + 1))
    return "listed with another name";
  if (end < n && gap_is(end - 1, " & ") && other_name(end)) return "listed with another name";
  if (start >= 2 && gap_is(start - 1, " ") && w_.text(start - 1) == "and" && gap_is(start - 2, " ") &&
      other_name(start - 2))
    return "listed with another name";
  if (start >= 1 && gap_is(start - 1, " & ") && other_name(start - 1)) return "listed with another name";
  // "Will, then aged 7, told ...": the modal and the nouns do not open a sentence with a comma.
  if (end < n && w_.gap(end - 1).starts_with(",") && w_.sentence_start(start)) return "set off by a comma";
  return {};
}

// Names inside an e-mail address, a URL or a handle ("grace.okafor@example.com",
// "@zo.ashworthhale") belong to the pattern detector's finding for the whole address.
bool CaseBlockScan::inside_address(std::uint32_t fbegin, std::uint32_t fend) const {
  const std::string_view f = w_.folded;
  constexpr std::size_t kReach = 120;
  std::size_t b = fbegin, e = fend;
  while (b > 0 && f[b - 1] != ' ' && fbegin - b < kReach) --b;
  while (e < f.size() && f[e] != ' ' && e - fend < kReach) ++e;
  const std::string_view chunk = f.substr(b, e - b);
  return chunk.find('@') != std::string_view::npos || chunk.find("://") != std::string_view::npos ||
         chunk.find("www.") != std::string_view::npos;
}

// Whether nothing but spaces or a hyphen follows the chain in its block.
bool CaseBlockScan::ends_block(const Chain& chain) const {
  if (chain.end != w_.tokens.size()) return false;
  const std::string_view rest = w_.folded.substr(w_.tokens[chain.end - 1].end);
  return rest.find_first_not_of(" -") == std::string_view::npos;
}

std::size_t CaseBlockScan::emit_chain(const Chain& chain, std::vector<CaseMention>& out) {
  const auto& owners = names_.owners();
  const auto& parts = names_.parts();
  std::vector<const State*> subjects;
  bool professional = false;
  for (const State& s : chain.best) {
    if (owners[s.owner].professional) professional = true;
    else subjects.push_back(&s);
  }
  // A professional's name (or a part of it that no subject has): never a finding, and
  // the words are consumed so that no subject is found inside it.
  if (subjects.empty()) return chain.end;

  const bool titled = chain.title != SIZE_MAX;
  // A name the previous block ended and this one finishes: the same person only.
  bool continued = false;
  if (!titled && chain.start == 0 && !carry_.states.empty()) {
    std::vector<const State*> continuing;
    for (const State* s : subjects) {
      const NamePart& p = parts[s->first_part];
      for (const State& c : carry_.states)
        if (c.owner == s->owner && c.seq == p.seq && c.last_order < p.order) continuing.push_back(s);
    }
    if (!continuing.empty()) {
      continued = true;
      subjects = std::move(continuing);
    }
  }
  bool mismatch = false;
  if (titled) {
    std::vector<const State*> fitting;
    for (const State* s : subjects)
      if (title_fits(chain.title_gender, owners[s->owner].gender)) fitting.push_back(s);
    if (fitting.empty()) mismatch = true;
    else subjects = std::move(fitting);
  }
  const State& s0 = *subjects.front();
  const NamePart& part0 = parts[s0.first_part];
  const bool resolved = subjects.size() == 1 && !mismatch;
  const bool possessive = possessive_after(titled ? chain.title : chain.start, chain.end);
  const std::uint32_t fbegin = w_.tokens[titled ? chain.title : chain.start].begin;
  const std::uint32_t fend = w_.tokens[chain.end - 1].end;
  if (inside_address(fbegin, fend)) return chain.end;

  // A lone name part that is also a word needs evidence; a short one, a capital.
  std::string evidence;
  bool pending = false;
  if (continued) {
    evidence = "continues a name from the line before";
  } else if (s0.nparts == 1 && !titled) {
    const bool capital = w_.capitalised(chain.start);
    // A misspelt name-word ("Hopee") is no word any more: it needs no evidence.
    if ((part0.word_like || part0.place_like) && !s0.approx) {
      if (!capital) return 0;
      evidence = word_name_evidence(chain, part0, possessive);
      // A town is capitalised anywhere: its capital is no evidence of a person.
      if (!part0.word_like && evidence == "capitalised mid-sentence") evidence.clear();
      if (evidence.empty()) {
        // "Mecca Bingo", "Ford Transit", "Kendal NPT": a capitalised word after it makes
        // a name of something else; "Junior doctors", "Fox hunting": a word after it in
        // lower case reads as the word's own phrase. Neither waits for confirmation.
        if (followed_by_capital(chain.end) || followed_by_lower_word(chain.end)) return 0;
        // A surname that is a word gets no benefit of the doubt ("Young, by then, ...").
        if (part0.kind != PartKind::first && part0.kind != PartKind::middle && part0.kind != PartKind::alias) return 0;
        pending = true;
      }
    } else if (part0.short_name && !capital) {
      return 0;
    }
  }

  const bool has_first = s0.kinds & bit(PartKind::first);
  const bool has_middle = s0.kinds & bit(PartKind::middle);
  const bool has_surname = s0.kinds & (bit(PartKind::surname) | bit(PartKind::particle));
  std::string base;
  if (s0.kinds & bit(PartKind::alias)) base = "alias";
  else if (s0.nparts >= 2 && has_first) base = "full";
  else if (has_surname && titled) base = "title_surname";  // "Ms Ní Bhriain": a two-word surname
  else if (s0.nparts >= 2) base = "full";                    // "Jane Okafor": middle name + surname
  else if (has_first || has_middle) base = titled ? "title_first" : "first";
  else base = titled ? "title_surname" : "surname";

  const bool upper = w_.all_capitals(fbegin, fend) && fend - fbegin >= 2;
  std::string form = base;
  std::string detail = describe(base);
  if (upper) form = "upper", detail += ", in capitals";
  if (possessive) detail += ", possessive";
  const bool split = s0.broken || continued;
  if (split) detail += ", split across a line";
  if (s0.approx) detail += ", one letter off (misspelt)";
  if (!upper) {
    if (possessive) form = "possessive";
    else if (split) form = "split";
    else if (s0.approx) form = "misspelling";
  }

  double confidence = 0.9;
  if (s0.nparts >= 2) confidence = 0.97;
  else if (titled) confidence = 0.95;
  else if (continued) confidence = 0.9;
  else if (part0.word_like && !s0.approx) confidence = pending ? 0.6 : 0.75;
  else if (!w_.capitalised(chain.start)) confidence = 0.6;
  else if (part0.short_name) confidence = 0.8;
  if (s0.approx) {
    // A known given name or surname one letter from the subject's ("Tarik") is likelier
    // someone else than a word with a typo.
    const std::string_view first_word = w_.text(chain.start);
    const bool known = ctx_.lexicon.is_given_name(first_word) || ctx_.lexicon.is_surname(first_word);
    confidence = std::min(confidence, known ? 0.5 : 0.7);
  }
  if (continued) detail += "; " + evidence;
  else if (!evidence.empty()) detail += "; also a word: " + evidence;
  if (professional) {
    confidence *= 0.7;
    detail += "; a professional shares this name";
  }
  std::vector<std::uint32_t> ids;
  for (const State* s : subjects) ids.push_back(s->owner);
  if (mismatch) {
    confidence = std::min(confidence, 0.4);
    detail += "; the title does not match the case file's gender (a relative?)";
  } else if (!resolved) {
    confidence = std::min(confidence, 0.5);
    detail += titled ? "; shared by several subjects and the title does not decide: ambiguous"
                     : "; shared by several subjects: ambiguous";
  }
  const std::size_t before = out.size();
  add(out, fbegin, fend, std::move(ids), resolved, form, confidence, detail, pending);
  // Only a mention that needed no evidence vouches for name-words nearby.
  // Only a mention that needed no evidence, or had good evidence of its own, vouches for
  // name-words nearby: a chain of weak guesses must not confirm itself.
  if (out.size() > before && !evidence.empty() && !continued && !vouches(evidence)) out.back().firm = false;
  if (continued && carry_.mention < before) {
    Finding& first_half = out[carry_.mention].finding;
    if (first_half.form != "upper" && first_half.form != "possessive") {
      first_half.form = "split";
      first_half.rule = "case:split";
    }
    first_half.why += ", split across a line (finished in the next block)";
  }
  if (ends_block(chain)) {
    next_carry_.states.clear();
    for (const State* s : subjects) next_carry_.states.push_back(*s);
    next_carry_.mention = out.size() > before ? before : SIZE_MAX;
  }
  return chain.end;
}

std::size_t CaseBlockScan::initials(std::size_t i, std::vector<CaseMention>& out) {
  const std::size_t max = names_.max_initials();
  if (max < 2) return 0;
  const std::string_view t = w_.text(i);
  std::size_t len = 0;
  const std::size_t n = w_.tokens.size();
  if (t.size() > 4 * max) return 0;
  if ((t.size() == 1 || (t[0] & 0x80)) && is_word_code_point(t, 0, &len) && len == t.size()) {
    // Dotted: "N.O.", "N. O.", "N.J.O."; the whole run or nothing ("S.I.A.D.A." is not
    // someone's "A.D.").
    std::string letters(t);
    std::size_t k = i;
    bool spaced = false;
    while (k + 1 < n) {
      const std::string_view g = w_.gap(k);
      const std::string_view next = w_.text(k + 1);
      if ((g != "." && g != ". ") || !is_word_code_point(next, 0, &len) || len != next.size()) break;
      spaced = spaced || g == ". ";
      letters.append(next);
      ++k;
    }
    if (k == i) return 0;
    // Spaced initials end with a full stop ("N. O."): without it, "Z. A" is a one-letter
    // pseudonym ending a sentence and the article starting the next ("by Z. A review").
    const std::uint32_t after = w_.tokens[k].end;
    if (spaced && !(after < w_.folded.size() && w_.folded[after] == '.')) return k + 1;
    if (k - i + 1 > max) return k + 1;
    for (std::size_t j = i; j <= k; ++j)
      if (!w_.capitalised(j)) return k + 1;
    const auto* owners = names_.subjects_with_initials(letters);
    if (owners == nullptr) return k + 1;
    std::uint32_t fend = w_.tokens[k].end;
    if (fend < w_.folded.size() && w_.folded[fend] == '.') ++fend;
    const bool resolved = owners->size() == 1;
    double confidence = resolved ? 0.85 : 0.5;
    std::string detail = "initials";
    if (names_.professional_has_initials(letters)) {
      confidence *= 0.7;
      detail += "; a professional has the same initials";
    }
    if (!resolved) detail += "; shared by several subjects: ambiguous";
    add(out, w_.tokens[i].begin, fend, *owners, resolved, "initials", confidence, detail, false);
    return k + 1;
  }
  // Bare capitals "NO": only one subject's, no professional's, no report abbreviation,
  // and not inside a run of capitals (a heading, "NO FURTHER ACTION").
  if (t.size() < 2 || t.size() > max || !names_.may_be_key(t)) return 0;
  if (!std::all_of(t.begin(), t.end(), [](char c) { return c >= 'a' && c <= 'z'; })) return 0;
  const auto* owners = names_.subjects_with_initials(t);
  if (owners == nullptr || owners->size() != 1 || names_.professional_has_initials(t) || is_report_abbreviation(t))
    return 0;
  if (!w_.all_capitals(w_.tokens[i].begin, w_.tokens[i].end)) return 0;
  if (ctx_.doc.blocks[block_].kind == BlockKind::heading) return 0;
  auto capitals_word = [&](std::size_t j) {
    return w_.tokens[j].end - w_.tokens[j].begin >= 2 && w_.all_capitals(w_.tokens[j].begin, w_.tokens[j].end);
  };
  if ((i > 0 && capitals_word(i - 1)) || (i + 1 < n && capitals_word(i + 1))) return 0;
  const bool word = ctx_.lexicon.is_common_word(t);
  add(out, w_.tokens[i].begin, w_.tokens[i].end, *owners, true, "initials", word ? 0.45 : 0.6,
      word ? "initials without full stops (also a word, here in capitals)" : "initials without full stops", false);
  return i + 1;
}

void CaseBlockScan::add(std::vector<CaseMention>& out, std::uint32_t fbegin, std::uint32_t fend,
                        std::vector<std::uint32_t> owners, bool resolved, const std::string& form, double confidence,
                        const std::string& detail, bool pending) {
  const auto& all = names_.owners();
  std::string who;
  for (std::uint32_t o : owners) who += (who.empty() ? "" : ", ") + all[o].label;
  const std::string why = fmt::format("case subject{} {}: {}", resolved ? "" : "s", who, detail);
  CaseMention m;
  m.finding = make_finding(ctx_, block_, fbegin, fend, Category::person, confidence, "case:" + form, why);
  if (ctx_.allow.covers(block_, m.finding.begin, m.finding.end)) return;
  m.finding.form = form;
  if (resolved) m.finding.subject = all[owners.front()].label;
  else
    for (std::uint32_t o : owners) m.finding.candidates.push_back(all[o].label);
  m.owners = std::move(owners);
  m.pending = pending;
  m.firm = resolved && !pending;
  out.push_back(std::move(m));
}

}  // namespace dhr::detect
