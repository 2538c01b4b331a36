#include "detect/place_detector.h"

#include <string>

#include "detect/names_tokens.h"
#include "detect/names_words.h"

namespace dhr::detect {
namespace {

constexpr std::size_t kLongestPlace = 5;  // words: "Newcastle upon Tyne", "Bath and North East Somerset"

bool locative(std::string_view w) {
  return w == "in" || w == "at" || w == "from" || w == "to" || w == "near" || w == "around" || w == "into" ||
         w == "towards" || w == "outside" || w == "of" || w == "and";
}

// Whether the capitalised phrase continuing after word `last` ends in an agency word.
bool inside_agency(const Lexicon& lex, const ScannedBlock& s, std::size_t last) {
  for (std::size_t j = last + 1; j < s.tokens.size() && j <= last + 6; ++j) {
    const NameToken& t = s.tokens[j];
    if (!t.spaced_before) return false;
    if (t.shape == Shape::lower && t.key != "of" && t.key != "and" && t.key != "on" && t.key != "upon") return false;
    if ((t.shape == Shape::cap || t.shape == Shape::upper) && (lex.is_agency_head(t.key) || t.key == "nhs")) return true;
  }
  return false;
}

}  // namespace

void PlaceDetector::find(const ScanContext& ctx, std::vector<Finding>& out) const {
  for (std::size_t b = 0; b < ctx.doc.blocks.size(); ++b) {
    if (!ctx.scans(b)) continue;
    ScannedBlock scratch;
    const ScannedBlock& s = scanned_block(ctx, b, scratch);
    const std::string& folded = ctx.folded[b].text();
    const auto& tk = s.tokens;
    for (std::size_t i = 0; i < tk.size(); ++i) {
      if (!tk[i].letter_only || s.kept[i] || (tk[i].shape != Shape::cap && tk[i].shape != Shape::upper)) continue;
      // Longest phrase first: "Stoke on Trent" before "Stoke". A phrase has at most as
      // many words as the longest place its first word starts (a word may hold several:
      // "Stoke-on-Trent").
      const std::string_view first_word = tk[i].key.substr(0, tk[i].key.find('-'));
      const std::size_t longest = std::min(lexicon_.place_words_from(first_word), kLongestPlace);
      const Place* place = nullptr;
      std::size_t last = i;
      for (std::size_t n = std::min(longest, tk.size() - i); n >= 1 && place == nullptr; --n) {
        const std::size_t z = i + n - 1;
        bool joined = true;
        for (std::size_t k = i + 1; k <= z && joined; ++k) joined = tk[k].spaced_before && !tk[k - 1].possessive;
        if (!joined || (tk[z].shape != Shape::cap && tk[z].shape != Shape::upper)) continue;
        place = lexicon_.place(std::string_view(folded).substr(tk[i].fb, tk[z].fe - tk[i].fb));  // hyphens: place() sees to them
        last = z;
      }
      if (place == nullptr) continue;
      const bool one_word = last == i;
      const std::string_view k0 = tk[i].key;
      const std::string_view before = i > 0 && tk[i].spaced_before ? tk[i - 1].key : std::string_view();
      if (inside_agency(lexicon_, s, last)) {
        i = last;
        continue;
      }
      if (one_word && lexicon_.is_not_name(k0)) continue;                       // "March"
      if (names::is_title(before) || names::is_rank(before)) continue;        // "Mr Preston"
      if (i > 0 && tk[i].spaced_before && tk[i - 1].shape == Shape::cap && lexicon_.is_given_name(before) &&
          !lexicon_.place(before))
        continue;                                                              // "Sarah Stafford"
      // A town that is also a given name ("Shirley", "Clare", "Chester") needs a locative
      // before it or a place after it ("Shirley, Solihull"); never a possessive ("Clare's case").
      if (one_word && lexicon_.is_given_name(k0)) {
        if (tk[i].possessive) continue;
        const bool place_after = last + 1 < tk.size() && tk[last].punct_after == ',' && lexicon_.place(tk[last + 1].key);
        if (!locative(before) && !place_after) continue;
      }
      const bool word_like = one_word && lexicon_.is_common_word(k0);
      if (word_like && !(locative(before) && tk[i].shape == Shape::cap)) continue;
      if (word_like && last + 1 < tk.size() && !tk[last + 1].letter_only) continue;  // "Reading 2"
      std::string why = place->is_county ? "county in the gazetteer"
                                         : (place->kind.empty() ? std::string("town") : place->kind) + " in " + place->county + " (gazetteer)";
      if (word_like) why += ", after '" + std::string(before) + "'";
      Finding f = make_finding(ctx, b, tk[i].fb, tk[last].fe, Category::place, word_like ? 0.7 : 0.9, "place:gazetteer",
                               std::move(why));
      f.form = place->is_county ? "county" : place->kind;
      out.push_back(std::move(f));
      i = last;
    }
  }
}

}  // namespace dhr::detect
