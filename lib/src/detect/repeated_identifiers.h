// An identifier found once is found everywhere (internal): run by dhr::Detector on the
// merged findings.
//
//   - A phone number, postcode, NHS or NI number, vehicle registration, e-mail address or
//     handle the detectors found is looked for again in every block, written with any
//     spacing ("07700 900123", "07700900123", "07700-900-123"), and each other
//     occurrence becomes a finding of the same category ("the same identifier as in
//     paragraph 2.1"). A draft copies identifiers from agency records with different
//     spacing; a detector that saw one of them has seen them all.
//   - The street of every address found ("14 Mill Lane, Thrapston" -> "Mill Lane") is
//     looked for on its own ("a police marker on Mill Lane", "evicted from Mill Lane",
//     "Mill Ln") and each occurrence becomes an ADDRESS finding of form "street".
// Occurrences inside an existing finding are left to it.
#pragma once

#include <string>
#include <vector>

#include "dhr/document.h"
#include "dhr/finding.h"
#include "text/fold.h"

namespace dhr::detect {

// Appends the repeated occurrences to findings and re-sorts them by block and offset.
// `street_types` are the address patterns' street-type words, folded and sorted.
void find_repeated_identifiers(const Document& doc, const std::vector<unicode::FoldedText>& folded,
                               const std::vector<std::string>& street_types, std::vector<Finding>& findings);

}  // namespace dhr::detect
