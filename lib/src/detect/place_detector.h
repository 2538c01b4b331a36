// Towns, cities and counties of England and Wales (internal; run by dhr::Detector when
// DetectOptions::places is on). Category place: information for the reviewer, kept by
// default; with `places = "county"` the policy replaces a town by Finding::why's county
// (Lexicon::place gives it).
//
//   detect::PlaceDetector places(lexicon);
//   places.find(ctx, findings);   // rule "place:gazetteer", form city|town|county
//
// A place is a capitalised word or phrase the gazetteer has ("Cannock", "Stoke-on-Trent",
// "Stoke on Trent", "West Midlands"). Not reported:
//  - a place inside an agency's name ("Staffordshire County Council", "West Midlands
//    Police", "Cannock Chase Council"): the agency is what the text names, and reporting
//    its place word would bury the reviewer in findings on text that is always kept;
//  - a place name that is an ordinary word ("Street", "Hope", "Reading", "Bath") unless a
//    locative word ("in", "at", "from", "near" ...) comes right before it;
//  - a month ("March"), or a place name used as a person's name ("Mr Preston", "Sarah
//    Stafford"): those are the name detector's.
#pragma once

#include <vector>

#include "detect/lexicon.h"
#include "detect/scan_context.h"
#include "dhr/finding.h"

namespace dhr::detect {

class PlaceDetector {
 public:
  // Keeps a reference to lexicon: it must outlive the detector.
  explicit PlaceDetector(const Lexicon& lexicon) : lexicon_(lexicon) {}

  // Appends place findings for every block ctx.scans(). Thread-safe.
  void find(const ScanContext& ctx, std::vector<Finding>& out) const;

 private:
  const Lexicon& lexicon_;
};

}  // namespace dhr::detect
