// Named schools, private employers and pubs (internal): identifying because they place a
// family in a street. Categories school, employer, pub; policy makes them generic ("a
// local primary school", "a local employer", "a local pub").
//
//   detect::OrganisationDetector orgs(lexicon);
//   orgs.find(ctx, findings);
//
// Rules (Finding::rule):
//   org:school_name    a capitalised name ending in a school word: "St Mary's Primary
//                      School", "Oakfield Academy", "Highfields High School"
//   org:employer_name  ... ending in a company or trade word: "Acme Logistics Ltd",
//                      "Baker & Sons", "Cinder Hill Motors"
//   org:pub_name       ... ending in a pub word: "the Crown Inn", "the Kings Arms"
//   org:employer_context  a capitalised name after "job at", "worked at/for",
//                      "employed by", "employer,": "a new job at Kestrel Valley Windows"
//   org:pub_context    "the" + a capitalised name after "at", "to", "into" ... in a block
//                      about drinking (pub, bar, drank ...): "drank at the Lamplighter's Rest"
// Public bodies are never employers or schools here: a name containing NHS, Police,
// Council, Probation, Trust, Hospital, Service, Social, Health, Borough, County ... is
// an agency (kept), and text the allow list covers is skipped.
#pragma once

#include <vector>

#include "detect/lexicon.h"
#include "detect/scan_context.h"
#include "dhr/finding.h"

namespace dhr::detect {

class OrganisationDetector {
 public:
  // Keeps a reference to lexicon: it must outlive the detector.
  explicit OrganisationDetector(const Lexicon& lexicon) : lexicon_(lexicon) {}

  // Appends school, employer and pub findings for every block ctx.scans(). Thread-safe.
  void find(const ScanContext& ctx, std::vector<Finding>& out) const;

 private:
  const Lexicon& lexicon_;
};

}  // namespace dhr::detect
