#include "detect/organisation_detector.h"

#include <string>

#include "detect/names_tokens.h"
#include "detect/names_words.h"
#include "detect/word_class.h"

namespace dhr::detect {
namespace {

constexpr std::size_t kLongestName = 6;  // words before the head word

// Sorted (binary-searched through WordClass): words that make a name a public body's
// (never an employer or school here); words that describe a school without naming it
// ("High", "Primary", "C of E"); words of a passage about drinking.
constexpr std::string_view kPublicWords[] = {
    "adult", "adults", "ambulance", "borough", "children's", "city", "clinical", "commissioning", "council",
    "county", "court", "government", "health", "hmp", "hospital", "housing", "ministry", "national", "nhs",
    "police", "prison", "probation", "public", "safeguarding", "service", "services", "social", "trust",
    "university"};
constexpr std::string_view kSchoolWords[] = {
    "and", "c", "catholic", "church", "community", "e", "first", "form", "grammar", "high", "infant", "junior",
    "lower", "middle", "of", "primary", "rc", "saint", "secondary", "sixth", "st", "the", "upper"};
constexpr std::string_view kDrinkingWords[] = {
    "bar", "barmaid", "beer", "doorman", "drank", "drink", "drinking", "drinks", "lager", "landlord",
    "licensee", "pint", "pints", "pub", "pubs"};
static_assert(is_sorted_list(kPublicWords) && is_sorted_list(kSchoolWords) && is_sorted_list(kDrinkingWords),
              "keep the word lists sorted: they are binary-searched");
constexpr WordClass kPublic(kPublicWords), kSchool(kSchoolWords), kDrinking(kDrinkingWords);

bool public_word(std::string_view w) { return kPublic.contains(w); }
bool generic_school_word(std::string_view w) { return kSchool.contains(w); }
bool drinking_word(std::string_view w) { return kDrinking.contains(w); }

class BlockScan {
 public:
  BlockScan(const Lexicon& lex, const ScanContext& ctx, std::size_t b)
      : lex_(lex), ctx_(ctx), b_(b), s_(scanned_block(ctx, b, scratch_)), text_(ctx.doc.blocks[b].text) {}

  void run(std::vector<Finding>& out) {
    const auto& tk = s_.tokens;
    for (std::size_t j = 0; j < tk.size(); ++j) {
      if (by_head(j, out)) continue;
      // Only a short lower-case word ("at", "for", "by", "the") opens a context: most words
      // are spared the call.
      if (tk[j].shape == Shape::lower && tk[j].key.size() <= 3) by_context(j, out);
    }
  }

 private:
  bool capital(std::size_t i) const {
    const Shape sh = s_.tokens[i].shape;
    return sh == Shape::cap || sh == Shape::upper || (sh == Shape::other && s_.tokens[i].key.size() == 1);
  }
  // Word i joins the phrase of word i-1: spaces, or an ampersand, between them.
  bool joins(std::size_t i) const {
    if (s_.tokens[i].spaced_before) return true;
    const NameToken& a = s_.tokens[i - 1];
    const std::string_view gap = std::string_view(text_).substr(a.oe, s_.tokens[i].ob - a.oe);
    return gap == " & " || gap == "&" || gap == " + ";
  }

  // A name ending at head word j.
  bool by_head(std::size_t j, std::vector<Finding>& out) {
    const auto& tk = s_.tokens;
    const NameToken& h = tk[j];
    if (!h.letter_only || (h.shape != Shape::cap && h.shape != Shape::upper) || s_.kept[j]) return false;
    const auto category = lex_.organisation_head(h.key);
    if (!category) return false;
    // The head must end the name: "Primary School" ends at School, "Primary Care Trust" is
    // not a school, "College of Policing" is no college name.
    if (j + 1 < tk.size() && joins(j + 1) && (capital(j + 1) || tk[j + 1].key == "of")) return false;
    // Walk left over capitalised words (and "of"/"and" inside: "St Aldwyn's C of E").
    std::size_t first = j;
    while (first > 0 && j - first < kLongestName && joins(first)) {
      const NameToken& p = tk[first - 1];
      const bool inner = p.shape == Shape::lower && (p.key == "of" || p.key == "and") && first - 1 > 0;
      if (!(capital(first - 1) || inner) || s_.kept[first - 1]) break;
      --first;
      if (tk[first].sentence_start) break;
    }
    while (first < j && tk[first].shape == Shape::lower) ++first;  // never start on "of"
    bool distinctive = false;
    for (std::size_t i = first; i <= j; ++i) {
      // Public bodies veto; other facility words ("Home", "Lane", "House") are part of many a
      // business's name ("Larchwood Grange Care Home", "Brindley Lane Logistics").
      if (public_word(tk[i].key) || s_.kept[i]) return true;  // an agency: skip it whole
      if (i < j && !lex_.organisation_head(tk[i].key) && !generic_school_word(tk[i].key) && tk[i].shape != Shape::lower &&
          !lex_.is_not_name(tk[i].key) && !lex_.place(tk[i].key))
        distinctive = true;
    }
    if (!distinctive) return false;
    std::size_t from = first;
    if (*category == Category::pub && first > 0 && tk[first - 1].key == "the" && joins(first)) from = first - 1;
    const char* rule = *category == Category::school ? "org:school_name" : *category == Category::pub ? "org:pub_name" : "org:employer_name";
    const char* what = *category == Category::school ? "school" : *category == Category::pub ? "pub" : "private employer";
    Finding f = make_finding(ctx_, b_, tk[from].fb, h.fe, *category, 0.8, rule,
                             std::string(what) + ": capitalised name ending in '" + std::string(h.key) + "'");
    f.form = *category == Category::school ? "school_name" : *category == Category::pub ? "pub_name" : "employer_name";
    out.push_back(std::move(f));
    return true;
  }

  // A name after "job at", "worked for", "employed by" ..., or "the" + name in a block
  // about drinking.
  void by_context(std::size_t j, std::vector<Finding>& out) {
    const auto& tk = s_.tokens;
    if (j + 1 >= tk.size() || tk[j].shape != Shape::lower) return;
    const std::string_view w = tk[j].key;
    const std::string_view p = j > 0 ? tk[j - 1].key : std::string_view();
    const bool employer = ((w == "at" || w == "for") && (p == "job" || p == "worked" || p == "working" || p == "works" ||
                                                         p == "work" || p == "employed" || p == "shift")) ||
                          (w == "by" && p == "employed");
    const bool pub = w == "the" && j > 0 &&
                     (p == "at" || p == "to" || p == "into" || p == "outside" || p == "from" || p == "in" || p == "near" || p == "left") &&
                     about_drinking();
    if (!employer && !pub) return;
    std::size_t first = j + 1, last = first;
    if (!joins(first) || !capital(first) || tk[first].shape == Shape::other || s_.kept[first]) return;
    while (last + 1 < tk.size() && last + 1 - first < 4 && joins(last + 1) && capital(last + 1) && !s_.kept[last + 1]) ++last;
    for (std::size_t i = first; i <= last; ++i) {
      const std::string_view k = tk[i].key;
      if (public_word(k) || lex_.is_agency_head(k) || lex_.is_not_name(k) || s_.kept[i]) return;
    }
    // "the Pathway to Recovery Drug Advisory Service": the name goes on past a small word.
    if (last + 2 < tk.size() && tk[last + 1].shape == Shape::lower && joins(last + 1) &&
        (tk[last + 1].key == "to" || tk[last + 1].key == "of" || tk[last + 1].key == "for" || tk[last + 1].key == "and") &&
        capital(last + 2))
      return;
    if (first == last && lex_.place(tk[first].key)) return;  // "worked in Cannock"
    if (first == last && (lex_.is_given_name(tk[first].key) || lex_.is_surname(tk[first].key)) && !pub) return;  // "worked for Tariq"
    const std::size_t from = pub ? j : first;
    Finding f = make_finding(ctx_, b_, tk[from].fb, tk[last].fe, pub ? Category::pub : Category::employer, 0.6,
                             pub ? "org:pub_context" : "org:employer_context",
                             pub ? "capitalised name after '" + std::string(p) + " the' in a passage about drinking"
                                 : "capitalised name after '" + std::string(p) + " " + std::string(w) + "'");
    f.form = pub ? "pub_name" : "employer_name";
    out.push_back(std::move(f));
  }

  // Whether the block speaks of drinking (asked only at "at the", "into the" ...: once).
  bool about_drinking() {
    if (drinking_ < 0) {
      drinking_ = 0;
      for (const NameToken& t : s_.tokens)
        if (drinking_word(t.key)) drinking_ = 1;
    }
    return drinking_ == 1;
  }

  const Lexicon& lex_;
  const ScanContext& ctx_;
  std::size_t b_;
  int drinking_ = -1;  // about_drinking: -1 not asked yet
  ScannedBlock scratch_;  // holds the block when the context has no cache
  const ScannedBlock& s_;
  const std::string& text_;
};

}  // namespace

void OrganisationDetector::find(const ScanContext& ctx, std::vector<Finding>& out) const {
  for (std::size_t b = 0; b < ctx.doc.blocks.size(); ++b)
    if (ctx.scans(b)) BlockScan(lexicon_, ctx, b).run(out);
}

}  // namespace dhr::detect
