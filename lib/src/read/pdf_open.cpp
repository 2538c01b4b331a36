#include "read/pdf_open.h"

#include <climits>
#include <string_view>

#include <fmt/format.h>
#include <poppler-global.h>

#include "dhr/error.h"
#include "read/file_access.h"

namespace dhr::read::pdf {
namespace {

void ignore_poppler_message(const std::string&, void*) {}

// A PDF ends with "%%EOF" (possibly followed by a little junk). When it is missing the
// file was cut short: Poppler would rebuild what it can from the objects it finds and
// quietly show fewer pages or none, so a truncated report would seem to read cleanly.
bool looks_truncated(std::string_view bytes) {
  constexpr std::size_t kTail = 4096;
  const std::string_view tail = bytes.size() > kTail ? bytes.substr(bytes.size() - kTail) : bytes;
  return tail.find("%%EOF") == std::string_view::npos;
}

}  // namespace

void silence_poppler() {
  // Poppler keeps one global handler; setting the same one again is harmless.
  poppler::set_debug_error_function(ignore_poppler_message, nullptr);
}

OpenedPdf open_pdf(const std::string& path, const ReadOptions& options) {
  silence_poppler();
  OpenedPdf pdf;
  pdf.bytes = std::make_unique<std::string>(read_file_bytes(path, options.max_file_bytes));
  const std::string& bytes = *pdf.bytes;
  if (bytes.empty()) throw Error(ErrorKind::corrupt, path, "empty file");
  if (bytes.find("%PDF-") == std::string::npos) throw Error(ErrorKind::unsupported, path, "not a PDF (no %PDF- header)");
  if (bytes.size() > static_cast<std::size_t>(INT_MAX))
    throw Error(ErrorKind::limit, path, "PDF larger than 2 GB");  // Poppler takes an int length
  if (looks_truncated(bytes))
    throw Error(ErrorKind::corrupt, path, "damaged or truncated PDF (no end-of-file marker)");

  // The one password given is tried as both owner and user password.
  pdf.doc.reset(poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size()),
                                                       options.password, options.password));
  if (!pdf.doc) throw Error(ErrorKind::corrupt, path, "damaged or truncated PDF");
  if (pdf.doc->is_locked()) {
    if (options.password.empty())
      throw Error(ErrorKind::encrypted, path, "encrypted PDF: give the password with --password");
    throw Error(ErrorKind::encrypted, path, "wrong password");
  }
  const int pages = pdf.doc->pages();
  if (pages > options.max_pages)
    throw Error(ErrorKind::limit, path,
                fmt::format("PDF has {} pages, over the limit of {} (raise it with --max-pages)", pages, options.max_pages));
  return pdf;
}

}  // namespace dhr::read::pdf
