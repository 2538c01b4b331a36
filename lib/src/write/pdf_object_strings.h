// Strings held by PDF objects (internal): rewriting them through the edits' text rules.
#pragma once

#include <cstddef>

#include "write/pdf_qpdf.h"
#include "write/pdf_text_rules.h"

namespace dhr::write::pdf {

// Rewrites every string inside `object` — itself and the values of its direct
// dictionaries and arrays (and a stream's dictionary), not the objects it refers to —
// that an edit touches. Returns how many strings changed. Indirect objects are each
// visited on their own by the caller, so a shared one is rewritten once.
std::size_t rewrite_strings(QPDFObjectHandle object, const TextRules& rules);

}  // namespace dhr::write::pdf
