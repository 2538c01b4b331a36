// dhr/docx_writer.h — the anonymised copy of a DOCX: same file, same formatting, with the
// planned edits made in place and the hidden places where people's names live scrubbed.
//
//   dhr::Document doc = dhr::read_docx("draft.docx");
//   dhr::Plan plan = dhr::plan_edits(doc, detector.scan(doc, &case_file), case_file, places);
//   dhr::SanitiseReport report;
//   dhr::write_anonymised_docx("draft.docx", doc, plan.edits, "published.docx", report);
//
// What the writer does, in order:
//  1. Each edit is mapped through its block's anchors onto the text carriers it covers
//     (w:t, a:t, field codes, alt text attributes, property values ...): the replacement
//     goes into the first carrier, the rest of the edited text is deleted from the others,
//     so every run keeps its formatting. Line breaks and tabs that lie wholly inside an
//     edit ("Natasha<w:br/>Okafor") are removed with it. Text box copies kept for old
//     readers (mc:Fallback) are made the same as the edited text box.
//  2. Text the reader saw but did not anchor (a second copy of an image description, a
//     repeated author, an unplaced string) is rewritten by the same edits: a copy of an
//     edited carrier gets the edited text; a person's name is replaced wherever it occurs
//     as a word; any other edited identifier where it is a carrier's whole text.
//  3. The hidden parts are sanitised: comments (and people.xml) removed; tracked changes
//     accepted; hidden (w:vanish) text removed; author, last editor, company, manager and
//     template cleared from the properties, custom properties and customXml removed;
//     rsids, document variables, the attached template and mail-merge data removed from
//     settings; thumbnails, embedded objects, ActiveX controls and printer settings
//     removed; EXIF/XMP/IPTC and comments stripped from JPEG, text chunks from PNG;
//     external links whose target holds an edited identifier removed. Relationships and
//     content types follow, so the package stays valid.
//  4. The result is zipped in memory and written to a temporary file beside `out_path`,
//     then renamed into place: on any error there is no output and no temporary file. The
//     input is only read.
//
// Every action is listed in SanitiseReport::actions ("removed 3 comments", "accepted 2
// tracked changes", "removed embedded object word/embeddings/oleObject1.bin"); the lines
// never hold any text of the document, so they can be logged.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "dhr/document.h"
#include "dhr/policy.h"

namespace dhr {

struct SanitiseReport {
  std::vector<std::string> actions;   // one line per kind of action, no identifiers
  std::size_t edits_applied = 0;      // edits made through their anchors
  std::size_t edits_without_source = 0;  // edits only on text Word generates (a list number)
};

// Reads the DOCX `source_path` again (the file `doc` was read from), applies `edits` (from
// plan_edits on `doc`) through the anchors, sanitises, and writes the result atomically to
// `out_path`. Throws dhr::Error: usage (out_path is the input, or an edit is outside its
// block), not_found / corrupt / hostile / limit (reading the source, as read_docx does),
// corrupt (the source no longer matches `doc`: it changed since it was read), io (writing).
void write_anonymised_docx(const std::string& source_path, const Document& doc, const std::vector<Edit>& edits,
                           const std::string& out_path, SanitiseReport& report);

}  // namespace dhr
