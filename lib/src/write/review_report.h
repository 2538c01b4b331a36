// Reports of an anonymisation (internal): JSON (every edit with before/after), HTML for
// people (no real names unless asked), and the pseudonym key as CSV.
#pragma once

#include <string>
#include <vector>

#include "dhr/anonymise.h"

namespace dhr::write {

std::string review_report_json(const AnonymiseResult& result);

// Self-contained HTML: summary, verification, items for review, section check, and the
// anonymised text with each change marked by category. Without `with_names`, flagged
// residual names are masked and every whole-word occurrence of `names_to_mask` (the case
// subjects' name forms) is replaced by "[name]", so even a failed run's report is safe
// to share.
std::string review_report_html(const AnonymiseResult& result, bool with_names,
                               const std::vector<std::string>& names_to_mask);

// name,pseudonym,role,source — the confidential key.
std::string key_csv(const Plan& plan);

}  // namespace dhr::write
