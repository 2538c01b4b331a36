// dhr/policy.h — from findings to edits: what each identifier becomes in the anonymised copy.
//
// Follows the case file's [policy] (defaults in README / ../shared/domain.md):
//   subjects  -> their pseudonym in every form ("Natasha's" -> "N's"; "Mrs Okafor" -> "N";
//                capitalised at a sentence start, upper-cased in upper-case headings)
//   ages      -> bands that keep the legal thresholds 16 and 18 ("a 38 year old woman" ->
//                "a woman in her late thirties"); or kept, or removed
//   dates of birth -> the year; dates of death -> month and year
//   addresses -> "an address in <town>" (or "an address"); postcodes, phones, emails, NHS
//                and NI numbers, vehicles, handles -> a bracketed neutral phrase
//   schools, employers, pubs -> "a local school", "a local employer", "a local pub"
//   places    -> kept; or "a town in <county>"; or "a town"
//   residual names -> listed for review, or given fresh letters consistently
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dhr/case_file.h"
#include "dhr/document.h"
#include "dhr/finding.h"

namespace dhr {

// One replacement in one block's text.
struct Edit {
  std::size_t block = 0;
  std::uint32_t begin = 0;   // byte range of the original block text
  std::uint32_t end = 0;
  std::string replacement;
  Category category = Category::person;
  std::string subject;       // the pseudonym, for subjects
  std::string original;      // the text replaced (confidential: reports show it only on request)
  std::string why;           // the finding's why and the policy rule applied
};

// A line of the confidential pseudonym key.
struct KeyEntry {
  std::string name;       // the real name
  std::string pseudonym;
  std::string role;
  std::string source;     // "case file", "convention", "residual"
};

struct Plan {
  std::vector<Edit> edits;            // sorted by block and offset, never overlapping
  std::vector<Finding> for_review;    // found but not edited: residual names (flag), ambiguous mentions, places kept
  std::vector<KeyEntry> key;
};

struct PlaceInfo {
  std::string name;
  std::string county;
  bool is_county = false;
};

// Looks a town or county up in the gazetteer (by name as written).
using PlaceLookup = std::function<std::optional<PlaceInfo>(std::string_view name)>;

// The case file as anonymisation uses it: every subject has a pseudonym (those without
// get one by the policy's convention, avoiding capital letters already standing alone
// in the document).
CaseFile effective_case(const CaseFile& case_file, const Document& doc);

// Capital letters that stand alone somewhere in the document's text.
std::vector<std::string> letters_in_use(const Document& doc);

// Turns findings (from Detector::scan of the same document and case file) into edits.
// Subjects without a pseudonym get theirs from effective_case(), as in the scan.
Plan plan_edits(const Document& doc, const std::vector<Finding>& findings, const CaseFile& case_file,
                const PlaceLookup& places);

// Applies edits to the blocks' text (for text, Markdown and HTML outputs). Anchors of
// edited blocks are dropped: the result is a new text, not a view of the source.
Document apply_edits(const Document& doc, const std::vector<Edit>& edits);

}  // namespace dhr
