// dhr/scan_report.h — findings as a person or a script reads them (what `dhr scan` prints).
#pragma once

#include <string>
#include <vector>

#include "dhr/document.h"
#include "dhr/finding.h"

namespace dhr {

// Whether a finding needs action: everything except places, which are reported for
// information only (kept unless the policy says otherwise).
bool needs_action(const Finding& f);

// {"file", "findings": [{"category", "text", "subject", "candidates", "confidence", "page",
//  "number", "block", "block_kind", "form", "rule", "why"}]} — documented in README.
std::string findings_to_json(const Document& doc, const std::vector<Finding>& findings);

// A readable list grouped by category (places last, "for information"), each line with
// where (page, paragraph number, block kind), the text, the subject and why.
std::string findings_to_text(const Document& doc, const std::vector<Finding>& findings);

}  // namespace dhr
