// Scrubbing the parts of a PDF nobody sees on its pages (internal), step 3 of
// dhr/pdf_writer.h:
//   - Info becomes a fresh dictionary holding only the title, edited; the trailer keeps
//     only what the writer needs (/Root, /Info);
//   - XMP and every other /Metadata stream, /PieceInfo, /AF (associated files), page
//     thumbnails and additional actions (/AA) are removed;
//   - the form (/AcroForm), embedded files, JavaScript and any opening action other than
//     going to a page are removed from the catalogue;
//   - every annotation but links is removed (comments, highlights, stamps, attachments,
//     form widgets, pop-ups); links lose their /Contents, and links that launch,
//     run script, import data or point elsewhere through an edited identifier go;
//   - every other string of every object (outline titles, structure-tree /Alt,
//     /ActualText and /T, named destinations, property lists) is rewritten through the
//     edits, and so are inline marked-content property lists in form XObjects.
// Content streams of pages are left to the page rewriter.
#pragma once

#include <string>
#include <vector>

#include "write/pdf_fonts.h"
#include "write/pdf_qpdf.h"
#include "write/pdf_text_rules.h"

namespace dhr::write::pdf {

struct ScrubCounts {
  std::size_t annotations_removed = 0;
  std::size_t links_removed = 0;
  std::size_t metadata_streams = 0;
  std::size_t embedded_files = 0;
  std::size_t strings_rewritten = 0;
  std::size_t thumbnails = 0;
  bool form_removed = false;
  bool javascript_removed = false;
  bool info_replaced = false;
};

// Scrubs `pdf` in place. Returns what was done; `actions` receives one line per kind of
// action (no document text).
ScrubCounts scrub_hidden_parts(QPDF& pdf, const TextRules& rules, FontCache& fonts, std::vector<std::string>& actions);

}  // namespace dhr::write::pdf
