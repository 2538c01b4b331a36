// Verifying an anonymised output before it is kept (internal): fail closed.
//
// Two independent looks at the written file:
//  1. dhrkit's own reader reads it back and the detector scans it with the case file:
//     any case subject found (in any form, in any part, hidden or not) is a survivor.
//  2. The raw content, read without dhrkit's reader: every zip entry of a DOCX (the text
//     and attribute values of its XML, and the raw bytes of media), `pdftotext` output of
//     a PDF where that tool is installed, the bytes of a text, Markdown or HTML file. It
//     is searched for each subject's full name, aliases and name words that are not
//     ordinary English words, and for the original of every structured identifier that
//     was edited (phone, postcode, email, NHS and NI numbers, vehicle, handle, DOB,
//     address).
// Survivors are described without quoting them ("subject N: surname, in footer, page 2")
// so that messages can be printed and logged.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "dhr/case_file.h"
#include "dhr/detect.h"
#include "dhr/policy.h"
#include "dhr/verification.h"

namespace dhr::verify {

// Verifies the file at `path` (an output of format given by its extension: docx, pdf,
// txt, md, html) against the case file — as effective_case() made it for the source, so
// subjects are described by the pseudonyms the anonymisation used — and the edits.
Verification verify_output(const std::string& path, const CaseFile& effective, const Plan& plan,
                           const Detector& detector);

// What messages and reports made without names mask: every subject's full name, aliases
// and each word of them (ordinary words too), longest first.
std::vector<std::string> name_forms(const CaseFile& effective, const Detector& detector);

}  // namespace dhr::verify
