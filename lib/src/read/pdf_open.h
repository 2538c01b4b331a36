// Opening a PDF with Poppler (internal): the one place that turns "Poppler could not
// load it", "it is locked" and "it has too many pages" into a dhr::Error, and that keeps
// Poppler's own diagnostics off stderr (dhrkit prints one line per error, nothing else).
#pragma once

#include <memory>
#include <string>

#include <poppler-document.h>

#include "dhr/reader.h"

namespace dhr::read::pdf {

// The file's bytes and the Poppler document reading them. Poppler reads straight from
// the bytes (no copy), so they are owned here and outlive the document.
struct OpenedPdf {
  std::unique_ptr<std::string> bytes;
  std::unique_ptr<poppler::document> doc;
};

// Reads and opens `path`. Throws dhr::Error: not_found / limit (from reading the file),
// corrupt (empty, not loadable, truncated), encrypted (locked and no or a wrong
// password), limit (more than options.max_pages pages).
OpenedPdf open_pdf(const std::string& path, const ReadOptions& options);

// Routes Poppler's error messages away from stderr (idempotent, cheap).
void silence_poppler();

}  // namespace dhr::read::pdf
