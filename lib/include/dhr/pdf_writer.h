// dhr/pdf_writer.h — the anonymised copy of a PDF, truly redacted: the edited text is
// gone from the file, not covered up.
//
//   dhr::Document doc = dhr::read_pdf("draft.pdf");
//   dhr::Plan plan = dhr::plan_edits(doc, detector.scan(doc, &case_file), case_file, places);
//   dhr::PdfWriteReport report;
//   dhr::write_anonymised_pdf("draft.pdf", doc, plan.edits, "published.pdf", report);
//
// What the writer does, in order:
//  1. Each edit is mapped through its block's anchors onto the glyph boxes Poppler gave
//     (Document::glyph_boxes), grouped into one segment per line it crosses; the
//     replacement is shared out over those segments word by word.
//  2. The content stream of every page with edits (and of every form XObject it draws)
//     is interpreted with qpdf: text state, text matrix and font widths give each
//     glyph's box on the page. Exactly the glyphs inside an edit's boxes are removed from
//     their Tj/TJ/'/" operators. The replacement is drawn where the first removed
//     glyph of each segment was, at its size, colour and render mode, in Helvetica (a
//     standard font, WinAnsi), squeezed to fit the removed width (to half, then smaller
//     too); the rest of the operation closes up to a narrower replacement
//     ("Natasha|'s" -> "N's") and the width saved is given back at the operation's end,
//     so the text after it does not move. A page whose geometry cannot be trusted (fonts
//     without widths, vertical writing, codes that cannot be split, glyphs that do not
//     land on Poppler's boxes, invisible OCR text over a scan, an edit inside a form
//     XObject) is refused: dhr::Error (unsupported) naming the file and the page, and no
//     output. (Re-rendering such a page as an image with the edits painted out is the
//     intended fallback; it is not built yet, so pages_rasterised is always empty.)
//  3. The hidden parts are scrubbed: Info replaced by a fresh dictionary holding only the
//     (edited) title; XMP and every other /Metadata stream, /PieceInfo and page
//     thumbnails removed; outline titles rewritten through the edits; every annotation
//     but links removed (comments, highlights, attachments, form widgets) and the form
//     (AcroForm) with them; link /Contents dropped and links whose target holds an edited
//     identifier removed; embedded files, associated files and JavaScript removed; every
//     other string in the file (structure-tree /Alt, /ActualText, /T, marked-content
//     properties, named destinations) rewritten through the edits.
//  4. The file is written afresh by qpdf (object streams, compressed streams, only the
//     objects still referenced, a new /ID): no earlier revision (incremental update)
//     survives. It goes to a temporary file beside `out_path` and is renamed into place;
//     on any error there is no output and no temporary file. The input is only read.
//
// PdfWriteReport::actions lists what was done in lines that never hold any text of the
// document ("removed 3 annotations", "page 4 re-rendered as an image: ..."), so they can
// be logged.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "dhr/document.h"
#include "dhr/policy.h"

namespace dhr {

struct PdfWriteReport {
  std::vector<std::string> actions;     // one line per kind of action, no identifiers
  std::size_t glyphs_removed = 0;       // glyphs taken out of content streams
  std::size_t replacements_drawn = 0;   // replacement pieces drawn on pages
  std::size_t pages_rewritten = 0;      // pages whose content streams were edited
  std::vector<int> pages_rasterised;    // pages (1-based) re-rendered as images (not built yet: empty)
  std::size_t strings_rewritten = 0;    // strings outside content streams changed by the edits
};

// Reads the PDF `source_path` again (the file `doc` was read from), applies `edits` (from
// plan_edits on `doc`), scrubs the hidden parts, and writes the result atomically to
// `out_path`. `password` opens an encrypted source (the output is never encrypted).
// Throws dhr::Error: usage (out_path is the input, `doc` is not a PDF's, or an edit is
// outside its block), not_found / corrupt / encrypted / limit (reading the source),
// corrupt (the source no longer matches `doc`: it has a different page count),
// unsupported (a page with edits cannot be edited safely: see step 2), io (writing).
// The messages never quote the document.
void write_anonymised_pdf(const std::string& source_path, const Document& doc, const std::vector<Edit>& edits,
                          const std::string& out_path, PdfWriteReport& report, const std::string& password = {});

}  // namespace dhr
