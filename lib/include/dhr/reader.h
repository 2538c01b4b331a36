// dhr/reader.h — turn a file into a Document.
//
//   dhr::Document doc = dhr::read_document("report.pdf");
//
// The format is recognised from the file's content, not its extension (a PDF named .docx
// is read as a PDF); only plain text and Markdown, which have no signature, are told
// apart by extension. Every failure is a dhr::Error naming the file and the problem.
#pragma once

#include <cstdint>
#include <string>

#include "dhr/document.h"

namespace dhr {

// Limits that keep a hostile or pathological file from exhausting time or memory.
// Defaults are generous for real reports (the longest DHR overview reports run to a few
// hundred pages) and tight enough that a zip bomb or a 10,000-page PDF stops early.
struct ReadOptions {
  std::string password;                                   // for encrypted PDFs
  int max_pages = 2000;                                   // PDF pages
  std::uint64_t max_file_bytes = 512ull << 20;            // size of the input file
  std::uint64_t max_uncompressed_bytes = 1ull << 30;      // DOCX: all zip entries read, expanded
  std::uint64_t max_entry_ratio = 1000;                   // DOCX: expansion ratio of one entry
  int max_xml_depth = 512;                                // DOCX: element nesting
};

// What a file is, judged from its first bytes (and, for text, its extension).
// Returns Format::unknown when the content is none of the supported formats.
Format detect_format(const std::string& path);

// Reads any supported file. Throws dhr::Error (not_found, unsupported, corrupt,
// encrypted, limit, hostile) naming `path`.
Document read_document(const std::string& path, const ReadOptions& options = {});

// The readers behind read_document, for callers that know the format.
Document read_pdf(const std::string& path, const ReadOptions& options = {});
Document read_docx(const std::string& path, const ReadOptions& options = {});
Document read_text(const std::string& path, const ReadOptions& options = {});  // .txt and .md

}  // namespace dhr
