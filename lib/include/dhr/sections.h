// dhr/sections.h — does a report have the sections the statutory guidance expects?
//
//   dhr::SectionProfile profile = dhr::load_section_profile("overview");  // or a path
//   dhr::SectionReport report = dhr::check_sections(doc, profile);
//   if (!report.all_expected_present()) ...
//
// A profile (TOML, in dictionaries/sections/; format in its README) lists the sections of
// a document type — the 2016 model layouts of the Overview Report and the Executive
// Summary — each with its synonyms, whether it is expected or only recommended, and its
// usual place in the order. A Community Safety Partnership can write its own.
//
// Headings are read from the document model: heading blocks, short numbered lines, and
// bold, upper-case or title-case one-line paragraphs (reports without styles). A table
// of contents is never evidence: a section must exist in the body. Headings match by
// meaning, not by text: case, punctuation, numbering ("1.3", "a)"), word endings and
// extra words do not matter ("TERMS OF REFERENCE OF THE REVIEW:" is the Terms of
// Reference), and one heading may serve two sections ("Conclusions and Recommendations").
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dhr/case_file.h"  // DocumentType
#include "dhr/document.h"

namespace dhr {

enum class Requirement { expected, recommended };

const char* to_string(Requirement requirement);

// One section of a profile.
struct SectionSpec {
  std::string id;      // stable key ("terms_of_reference"); the notes refer to sections by id
  std::string name;    // as printed ("Terms of Reference")
  Requirement requirement = Requirement::expected;
  int order = 0;       // usual place; equal numbers may come in any order among themselves
  std::vector<std::string> synonyms;  // best first; each matches a heading that has all its words
  std::vector<std::string> exclude;   // a heading with any of these words is not this section
  int min_words = 0;   // fewer words of prose than this earns a note (0: no check)
};

struct SectionProfile {
  std::string name;    // "overview", "summary", or the file's [profile] name
  std::string title;
  std::string source;  // where the layout comes from
  std::string path;    // the file it was read from
  std::vector<SectionSpec> sections;  // in the profile's order
};

// Reads a profile: "overview" or "summary" (from dictionaries/sections/ in the data folder:
// `data_dir` if given, else $DHR_DATA_DIR, else the source tree, else the installed share
// folder), or a path to a TOML file. Throws dhr::Error naming the file on any problem
// (missing, not TOML, unknown key, a section without synonyms, a duplicate id, ...).
SectionProfile load_section_profile(const std::string& name_or_path, const std::string& data_dir = {});

// Overview report or executive summary? The title block (and the "title" property) says
// so in nearly every report; when it does not, a short text (under 4,000 words) is taken
// for a summary. Never returns auto_detect. `why` (optional) receives a short reason.
DocumentType detect_document_type(const Document& doc, std::string* why = nullptr);

enum class SectionStatus { present, missing, combined };

const char* to_string(SectionStatus status);

struct SectionResult {
  std::string id;
  std::string name;
  Requirement requirement = Requirement::expected;
  SectionStatus status = SectionStatus::missing;
  std::string heading;  // the heading's text as in the document; empty when missing
  int page = 0;         // 1-based page of the heading; 0 when unknown or missing
  std::string number;   // the heading's paragraph number ("1.3"), when it has one
  int block = -1;       // index of the heading in Document::blocks; -1 when missing
};

// Something worth a reviewer's attention beyond presence. Kinds:
//   order           a section is out of the usual order (`section` is it)
//   tor_late        the terms of reference come after the background or chronology
//   equality_short  the equality and diversity section is only a few lines
//   no_family       no section on the family's involvement
//   no_action_plan  recommendations but no action plan
struct SectionNote {
  std::string kind;
  std::string section;  // the section's name, when the note is about one
  std::string message;  // one sentence for a person
};

struct SectionReport {
  std::string profile;        // the profile's name
  std::string profile_reason; // how it was chosen, when detected ("title says ...")
  std::vector<SectionResult> sections;  // in the profile's order
  std::vector<SectionNote> notes;

  // True when no expected section is missing (a combined one counts as present).
  bool all_expected_present() const;
};

// Checks doc against profile.
SectionReport check_sections(const Document& doc, const SectionProfile& profile);

// The report as a table for people, or as JSON:
//   {"file", "profile", "sections": [{"name", "id", "requirement", "status", "heading",
//    "page", "number", "block"}], "notes": [{"kind", "section", "message"}]}
// (heading, page and number are null when unknown).
std::string to_text(const SectionReport& report);
std::string to_json(const SectionReport& report, const std::string& file, int indent = 2);

}  // namespace dhr
