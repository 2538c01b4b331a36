// Learning from a report who its named professionals are (see name_detector.h).
//
// Reports list their panel as "Agency – Name; Role" lines, as Name | Role | Agency tables,
// or as one list item per person with the name, role and agency on separate lines. What
// they share: a heading or a lead-in sentence that says "panel" or "contributors", then
// short blocks, each holding a name that is a run of two to four capitalised words with
// no agency or role word in it. The chair/author is often named in prose instead, right
// after "written by", "chaired by" or "Author," — those exact positions are read too,
// anywhere in the document — or in a sentence about the panel's members, each name
// followed by its agency in brackets. Everything else ("Zoë informed the Review Panel Chair that
// ... Adnan Chaudhry") is left alone, because subjects appear in sentences about the
// panel all the time.
#include <string>
#include <unordered_set>

#include "detect/name_detector.h"
#include "detect/names_tokens.h"
#include "detect/names_words.h"
#include "detect/word_class.h"
#include "text/fold.h"

namespace dhr::detect {
namespace {

bool contains(std::string_view text, std::string_view what) { return text.find(what) != std::string_view::npos; }

// A block that opens a panel list: a heading or short label naming the panel or the
// contributors ("Review Panel Membership"), or a lead-in whose last sentence ends with a
// colon and says who was on it ("The Review Panel comprised the following post holders:").
// A long paragraph that merely mentions "the review panel" opens nothing.
bool opens_panel_list(const Block& block, std::string_view folded) {
  static constexpr std::string_view kLabels[] = {
      "panel member", "review panel", "dhr panel", "the panel", "contributors", "chair and author", "independent chair",
      "independent author", "overview author", "specialist advice"};
  static constexpr std::string_view kLeadIns[] = {"comprised", "consisted", "membership", "members", "made up",
                                                  "the following", "specialist advice", "contributors"};
  std::string_view trimmed = folded;
  while (!trimmed.empty() && trimmed.back() == ' ') trimmed.remove_suffix(1);
  auto any_of = [](std::string_view text, const auto& phrases) {
    for (std::string_view t : phrases)
      if (contains(text, t)) return true;
    return false;
  };
  // A label, not a sentence: "Review Panel Membership", "Panel:" (a short sentence such as
  // "The Independent Author, Mr Malcolm Ross, was appointed." opens nothing).
  if (block.kind == BlockKind::heading || (trimmed.size() < 90 && !trimmed.ends_with('.'))) return any_of(trimmed, kLabels);
  if (trimmed.empty() || trimmed.back() != ':') return false;
  const auto stop = trimmed.rfind(". ");
  const std::string_view last_sentence = stop == std::string_view::npos ? trimmed : trimmed.substr(stop + 2);
  return (contains(last_sentence, "panel") || contains(last_sentence, "contributor")) && any_of(last_sentence, kLeadIns);
}

// A block that ends a panel list: a heading that opens none, or a long paragraph of prose.
bool closes_panel_list(const Block& block, std::string_view folded) {
  if (block.kind == BlockKind::heading) return true;
  std::string_view trimmed = folded;
  while (!trimmed.empty() && trimmed.back() == ' ') trimmed.remove_suffix(1);
  return block.kind == BlockKind::paragraph && folded.size() > 320 && !(trimmed.empty() || trimmed.back() == ':');
}

// Agency words known without a lexicon too (sorted: binary-searched).
constexpr std::string_view kAgencyWords[] = {
    "borough", "constabulary", "council", "county", "domestic", "homicide", "hospital", "ltd", "nhs",
    "panel", "partnership", "police", "probation", "report", "review", "services", "trust"};
static_assert(is_sorted_list(kAgencyWords), "keep the word list sorted: it is binary-searched");
constexpr WordClass kAgency(kAgencyWords);

class Learner {
 public:
  explicit Learner(const Lexicon* lexicon) : lexicon_(lexicon) {}

  // Names in one block of a panel list: runs of 2-4 capitalised words, nothing but
  // spaces between them, none an agency, role, place or heading word, standing at the
  // start of the block or after a separator other than a comma ("Council – Kerry Wright;
  // Manager"). Long
  // blocks are prose, not list entries.
  void harvest_list(std::string_view original, const std::vector<NameToken>& tokens) {
    if (original.size() > 400) return;
    for (std::size_t i = 0; i < tokens.size();) {
      // A comma does not separate list fields here: "..., Ilona Kowalczyk was reluctant" is prose.
      if (i > 0 && (tokens[i].spaced_before || tokens[i].punct_before == ',') && !names::is_title(tokens[i - 1].key)) {
        ++i;
        continue;
      }
      std::size_t j = i;
      while (j < tokens.size() && is_name_word(tokens[j]) && (j == i || joined(original, tokens[j - 1], tokens[j]))) ++j;
      if (j - i >= 2 && j - i <= 4 && starts_name(tokens[i])) add(original, tokens[i], tokens[j - 1]);
      i = j > i ? j : i + 1;
    }
  }

  // The chair or author in prose: a name right after "written by", "chaired by",
  // "Author,", "Chair:", "invite", or right before ", an independent ...".
  void harvest_prose(std::string_view original, std::string_view folded, const std::vector<NameToken>& tokens) {
    int about_panel = -1;  // whether the block speaks of the panel: asked only when a name is followed by '('
    auto is_about_panel = [&] {
      if (about_panel < 0) about_panel = contains(folded, "panel") || contains(folded, "members") ? 1 : 0;
      return about_panel == 1;
    };
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      std::size_t s = i;
      if (names::is_title(tokens[i].key) && i + 1 < tokens.size()) s = i + 1;
      // What a name needs at its start, asked before the costlier word tests of the run.
      if (tokens[s].shape != Shape::cap || !starts_name(tokens[s])) continue;
      std::size_t j = s;
      while (j < tokens.size() && j - s < 4 && is_name_word(tokens[j]) && (j == s || joined(original, tokens[j - 1], tokens[j]))) ++j;
      if (j - s < 2) continue;
      const std::string_view p1 = i >= 1 ? tokens[i - 1].key : std::string_view();
      const std::string_view p2 = i >= 2 ? tokens[i - 2].key : std::string_view();
      const bool by = p1 == "by" && (p2 == "written" || p2 == "chaired" || p2 == "authored" || p2 == "led" ||
                                     p2 == "prepared" || p2 == "undertaken" || p2 == "conducted" || p2 == "compiled");
      const bool after_role = (p1 == "author" || p1 == "chair" || p1 == "reviewer" || p1 == "chairperson") &&
                              (tokens[i].punct_before == ',' || tokens[i].punct_before == ':' || static_cast<unsigned char>(tokens[i].punct_before) >= 0x80 || tokens[i].punct_before == '-');
      const bool invited = p1 == "invite" || p1 == "invited" || p1 == "appointed";
      const bool before_role = tokens[j - 1].punct_after == ',' && j + 1 < tokens.size() &&
                               ((tokens[j].key == "an" || tokens[j].key == "the") ? tokens[j + 1].key == "independent"
                                                                                   : tokens[j].key == "independent");
      // "Its members were Fiona Hart (Lincolnshire Police), Gareth Yeo (...)"
      bool agency_after = false;
      if (tokens[j - 1].punct_after == '(' && is_about_panel())
        for (std::size_t k = j; k < tokens.size() && k < j + 8 && !agency_after; ++k) {
          agency_after = agency_word(tokens[k].key);
          if (tokens[k].punct_after == ')') break;  // only what the brackets hold: "(71), contributed" is no agency
        }
      // "Nigel Minns Head of Education", "Jane Doe, Safeguarding Lead" (action plans, tables).
      const bool role_after = j < tokens.size() && tokens[j].shape == Shape::cap && names::is_role_word(tokens[j].key) &&
                              (tokens[j].spaced_before || tokens[j - 1].punct_after == ',');
      if (by || after_role || invited || before_role || agency_after || role_after) add(original, tokens[s], tokens[j - 1]);
      i = j - 1;
    }
  }

  std::size_t size() const { return names_.size(); }
  std::vector<std::string> take() { return std::move(names_); }

 private:
  bool is_name_word(const NameToken& t) const {
    if (t.shape != Shape::cap || !t.letter_only) return false;
    const std::string_view k = t.key;
    if (agency_word(k) || names::is_title(k) || names::is_determiner(k)) return false;
    if (k == "north" || k == "south" || k == "east" || k == "west" || k == "royal" || k == "st" || k == "and") return false;
    if (lexicon_ != nullptr && (lexicon_->is_agency_head(k) || lexicon_->is_not_name(k) || lexicon_->place(k) != nullptr))
      return false;
    return true;
  }
  // A role or agency word; a few agency words are known without a lexicon too.
  bool agency_word(std::string_view k) const {
    return kAgency.contains(k) || names::is_role_word(k) || (lexicon_ != nullptr && lexicon_->is_agency_head(k));
  }
  bool starts_name(const NameToken& t) const {
    // Without given names to check (no lexicon, or a hand-built one without them), the
    // shape alone decides.
    if (lexicon_ == nullptr || lexicon_->given_name_count() == 0) return true;
    return lexicon_->is_given_name(t.key);
  }
  static bool joined(std::string_view original, const NameToken& a, const NameToken& b) {
    if (a.possessive || b.ob < a.oe) return false;
    const std::string_view gap = original.substr(a.oe, b.ob - a.oe);
    return !gap.empty() && gap.find_first_not_of(' ') == std::string_view::npos;
  }
  void add(std::string_view original, const NameToken& first, const NameToken& last) {
    std::string name(original.substr(first.ob, last.oe - first.ob));
    if (seen_.insert(unicode::fold(name)).second) names_.push_back(std::move(name));
  }

  const Lexicon* lexicon_;
  std::unordered_set<std::string> seen_;
  std::vector<std::string> names_;
};

}  // namespace

std::vector<std::string> professionals_named_in(const Document& doc, const Lexicon* lexicon) {
  std::vector<unicode::FoldedText> folded;
  std::vector<std::vector<NameToken>> words;
  folded.reserve(doc.blocks.size());
  for (const Block& b : doc.blocks) folded.emplace_back(b.text);
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) words.push_back(tokenize_words(doc.blocks[i].text, folded[i]));
  return professionals_named_in(doc, folded, words, lexicon);
}

std::vector<std::string> professionals_named_in(const Document& doc, const std::vector<unicode::FoldedText>& all_folded,
                                                const std::vector<std::vector<NameToken>>& words, const Lexicon* lexicon) {
  Learner learner(lexicon);
  int in_list = 0;  // blocks left in the current panel list (0: not in one)
  int quiet = 0;    // blocks since the list last gave a name
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& block = doc.blocks[i];
    if (repeats_other_text(block.kind)) continue;
    const unicode::FoldedText& folded = all_folded[i];
    const std::vector<NameToken>& tokens = words[i];
    learner.harvest_prose(block.text, folded.text(), tokens);
    if (opens_panel_list(block, folded.text())) {
      in_list = 60;  // a long panel table is one cell per block: 20 members x 3 columns
      quiet = 0;
      if (folded.text().size() < 200) learner.harvest_list(block.text, tokens);  // "Panel: A Name, Role"
      continue;
    }
    if (in_list == 0) continue;
    if (closes_panel_list(block, folded.text()) || quiet > 8) {
      in_list = 0;
      continue;
    }
    --in_list;
    const std::size_t before = learner.size();
    learner.harvest_list(block.text, tokens);
    quiet = learner.size() == before ? quiet + 1 : 0;
  }
  return learner.take();
}

}  // namespace dhr::detect
