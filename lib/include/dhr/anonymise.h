// dhr/anonymise.h — a draft and a case file in, a publishable copy and a report out.
//
//   dhr::Detector detector;
//   auto result = dhr::anonymise("draft.docx", "published.docx", case_file, detector, {});
//
// Reads the input, finds every identifier, turns findings into edits by the case file's
// policy, writes the output (its format follows its extension: .docx from a DOCX, .pdf
// from a PDF, .html, .md and .txt from anything) to a temporary file beside it, verifies
// that file by reading it again (dhr/verification.h), and only then moves it into place.
// Fail closed: when anything the tool was told about survives, no output is left, the
// report and key (if asked for) still say what happened, and dhr::Error(verification)
// is thrown naming what survived where — never the identifier itself.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "dhr/case_file.h"
#include "dhr/detect.h"
#include "dhr/document.h"
#include "dhr/finding.h"
#include "dhr/policy.h"
#include "dhr/reader.h"
#include "dhr/sections.h"
#include "dhr/verification.h"

namespace dhr {

struct AnonymiseOptions {
  ReadOptions read;
  std::string key_path;           // write the confidential pseudonym key here (CSV)
  std::string report_path;        // write the review report here (.json or .html)
  bool report_with_names = false; // the HTML report shows real names only when true
  std::string section_profile = "auto";  // the report's section check; empty: none
};

struct AnonymiseResult {
  std::string input;
  std::string output;
  Document source;
  std::vector<Finding> findings;
  Plan plan;
  std::vector<std::string> sanitised;  // what the writer removed (comments, metadata ...)
  Verification verification;
  std::optional<SectionReport> sections;
};

AnonymiseResult anonymise(const std::string& input, const std::string& output, const CaseFile& case_file,
                          const Detector& detector, const AnonymiseOptions& options = {});

// The output formats anonymise() can write from an input of format `from` ("docx",
// "pdf", "html", "md", "txt").
std::vector<std::string> output_formats_for(Format from);

}  // namespace dhr
