// The Detector facade: loads data once, then for each document runs every detector over
// the folded text of every block and merges what they report.
#include <algorithm>
#include <map>
#include <set>

#include "detect/age_detector.h"
#include "detect/address_parts.h"
#include "detect/allow_list.h"
#include "detect/attribution.h"
#include "detect/keep_rules.h"
#include "detect/case_matcher.h"
#include "detect/lexicon.h"
#include "detect/merge_findings.h"
#include "detect/name_detector.h"
#include "detect/names_tokens.h"
#include "detect/organisation_detector.h"
#include "detect/pattern_detector.h"
#include "detect/place_detector.h"
#include "detect/repeated_identifiers.h"
#include "detect/scan_context.h"
#include "dhr/detect.h"
#include "dhr/policy.h"
#include "text/fold.h"

namespace dhr {

struct Detector::Impl {
  DetectOptions options;
  detect::Lexicon lexicon;
  detect::PatternDetector patterns;
  detect::AgeDetector ages;
  detect::NameDetector names;
  detect::PlaceDetector places;
  detect::OrganisationDetector organisations;
  detect::PhraseSet never;  // the lexicon's agencies, laws and schemes, compiled once
  std::vector<std::string> street_types;  // the address patterns' street types, folded and sorted

  explicit Impl(DetectOptions opts, const std::string& data_dir)
      : options(std::move(opts)),
        lexicon(detect::Lexicon::load(data_dir)),
        patterns(detect::PatternDetector::load(data_dir, options.extra_patterns)),
        names(lexicon),
        places(lexicon),
        organisations(lexicon),
        never(lexicon.never_identifiers(), detect::KeepReason::lexicon) {
    if (const auto* list = patterns.list("street_type"))
      for (const std::string& w : *list) {
        std::string k = unicode::fold(w);
        if (!k.empty() && k.back() == '.') k.pop_back();
        street_types.push_back(std::move(k));
      }
    std::sort(street_types.begin(), street_types.end());
    street_types.erase(std::unique(street_types.begin(), street_types.end()), street_types.end());
  }
};

namespace {

// Residual names that are a case subject's name (a first name the case matcher did not
// take for lack of evidence, say "High Risk Hope") belong to that subject: the residual
// detector supplied the evidence that it is a name, the case file says whose. A name
// several subjects share becomes ambiguous, listing them.
void attribute_residual_names(std::vector<Finding>& findings, const CaseFile& c) {
  std::map<std::string, std::set<std::string>> owners;  // folded name form -> pseudonyms
  for (const Subject& s : c.subjects) {
    auto add = [&](std::string_view form) {
      if (!form.empty()) owners[unicode::fold(form)].insert(s.pseudonym);
    };
    add(s.name);
    for (const auto& a : s.aliases) add(a);
    const std::string folded = unicode::fold(s.name);
    std::size_t start = 0;
    while (start < folded.size()) {
      const std::size_t end = std::min(folded.find(' ', start), folded.size());
      if (end - start >= 2) add(folded.substr(start, end - start));
      start = end + 1;
    }
  }
  for (Finding& f : findings) {
    if (f.category != Category::person || !f.subject.empty() || !f.candidates.empty()) continue;
    std::string key = unicode::fold(f.text);
    for (std::string_view title : {"mr ", "mrs ", "ms ", "miss ", "mx ", "dr ", "mr. ", "mrs. ", "ms. ", "dr. "})
      if (key.starts_with(title)) key.erase(0, title.size());
    if (key.ends_with("'s")) key.resize(key.size() - 2);
    const auto it = owners.find(key);
    if (it == owners.end()) continue;
    if (it->second.size() == 1) {
      f.subject = *it->second.begin();
      f.why += "; the case file names subject " + f.subject + " so";
    } else {
      f.candidates.assign(it->second.begin(), it->second.end());
      f.why += "; a name several case subjects share: ambiguous";
    }
  }
}

// A subject the case file gives no gender takes its first name's, where the name lists
// say that name is given to one sex nine times in ten: titles and pronouns then tell
// "Mrs Rahman" from "Mr Rahman" as they do when the chair wrote the genders down.
void infer_genders(CaseFile& c, const detect::Lexicon& lexicon) {
  for (Subject& s : c.subjects) {
    if (s.gender != Gender::unknown) continue;
    const std::string first = unicode::fold(s.name.substr(0, s.name.find(' ')));
    if (const detect::GivenName* g = lexicon.given_name(first)) {
      if (g->gender == detect::NameGender::female) s.gender = Gender::female;
      if (g->gender == detect::NameGender::male) s.gender = Gender::male;
    }
  }
}

}  // namespace

Detector::Detector(DetectOptions options) {
  const std::string data_dir = find_data_dir(options.data_dir);
  impl_ = std::make_unique<Impl>(std::move(options), data_dir);
}

Detector::~Detector() = default;
Detector::Detector(Detector&&) noexcept = default;
Detector& Detector::operator=(Detector&&) noexcept = default;

std::vector<Finding> Detector::scan(const Document& doc, const CaseFile* case_file) const {
  std::vector<unicode::FoldedText> folded;
  folded.reserve(doc.blocks.size());
  for (const Block& b : doc.blocks) folded.emplace_back(b.text);

  // Subjects without a pseudonym get one now (as the policy will), so every finding can
  // name its subject.
  std::optional<CaseFile> effective;
  if (case_file != nullptr) {
    effective = effective_case(*case_file, doc);
    infer_genders(*effective, impl_->lexicon);
  }

  // Work the residual detectors share, done once: each block's words, and the
  // professionals the report itself names (its panel list), who join the allow list.
  detect::ScanCache cache;
  cache.words.reserve(doc.blocks.size());
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) cache.words.push_back(detect::tokenize_words(doc.blocks[i].text, folded[i]));
  cache.scanned.resize(doc.blocks.size());
  cache.professionals = impl_->options.residual_names
                            ? detect::professionals_named_in(doc, folded, cache.words, &impl_->lexicon)
                            : std::vector<std::string>{};

  const detect::AllowList allow = detect::kept_phrases({effective ? &*effective : nullptr, &*cache.professionals, folded,
                                                       cache.words, impl_->lexicon, &impl_->never, &impl_->street_types});

  const detect::ScanContext ctx{doc, effective ? &*effective : nullptr, folded, impl_->lexicon, allow, &cache};
  std::vector<Finding> raw;
  if (effective) detect::CaseMatcher(*effective, impl_->lexicon).find(ctx, raw);
  impl_->patterns.find(ctx, raw);
  impl_->ages.find(ctx, raw);
  impl_->organisations.find(ctx, raw);
  if (impl_->options.residual_names) impl_->names.find(ctx, raw);
  if (impl_->options.places) impl_->places.find(ctx, raw);
  std::vector<Finding> findings = detect::merge_findings(std::move(raw), allow);
  detect::find_repeated_identifiers(doc, folded, impl_->street_types, findings);
  for (Finding& f : findings)
    if (f.category == Category::address && f.form != "street")
      f.locality = detect::locality_of_address(f.text, impl_->street_types, impl_->lexicon);
  if (effective) {
    attribute_residual_names(findings, *effective);
    detect::attribute_mentions(doc, folded, *effective, findings);
  }
  return findings;
}

std::vector<KeptPhrase> Detector::kept_phrases(const Document& doc, const CaseFile* case_file) const {
  std::vector<unicode::FoldedText> folded;
  std::vector<std::vector<detect::NameToken>> words;
  folded.reserve(doc.blocks.size());
  words.reserve(doc.blocks.size());
  for (const Block& b : doc.blocks) {
    folded.emplace_back(b.text);
    words.push_back(detect::tokenize_words(b.text, folded.back()));
  }
  const std::vector<std::string> professionals =
      impl_->options.residual_names ? detect::professionals_named_in(doc, folded, words, &impl_->lexicon)
                                    : std::vector<std::string>{};
  const detect::AllowList allow =
      detect::kept_phrases({case_file, &professionals, folded, words, impl_->lexicon, &impl_->never, &impl_->street_types});
  std::vector<KeptPhrase> out;
  for (std::size_t b = 0; b < doc.blocks.size(); ++b)
    for (const detect::TextSpan& s : allow.spans(b)) out.push_back({b, s.begin, s.end, detect::describe(s.reason)});
  return out;
}

bool Detector::is_ordinary_word(std::string_view word) const {
  return impl_->lexicon.is_common_word(unicode::fold(word));
}

bool Detector::needs_context(std::string_view word) const {
  const std::string folded = unicode::fold(word);
  if (impl_->lexicon.is_common_word(folded)) return true;
  const detect::Place* p = impl_->lexicon.place(folded);
  return p != nullptr && !p->is_county;
}

std::optional<PlaceInfo> Detector::place(std::string_view name) const {
  const detect::Place* p = impl_->lexicon.place(unicode::fold(name));
  if (p == nullptr) return std::nullopt;
  return PlaceInfo{p->name, p->county, p->is_county};
}

}  // namespace dhr
