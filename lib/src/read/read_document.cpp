// Recognising a file's format from its content and handing it to the right reader.
#include <string>
#include <string_view>

#include "dhr/error.h"
#include "dhr/reader.h"
#include "read/file_access.h"

namespace dhr {
namespace {

constexpr std::string_view kPdfMagic = "%PDF-";
constexpr std::string_view kZipMagic = "PK\x03\x04";
constexpr std::string_view kOleMagic = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

bool looks_like_text(std::string_view prefix) {
  return prefix.find('\0') == std::string_view::npos;
}

}  // namespace

Format detect_format(const std::string& path) {
  const std::string prefix = read::read_file_prefix(path, 1024);
  // PDF allows junk before the header; 1 KiB is what readers accept in practice.
  if (prefix.find(kPdfMagic) != std::string::npos) return Format::pdf;
  if (prefix.starts_with(kZipMagic)) return Format::docx;
  if (prefix.empty() || prefix.starts_with(kOleMagic) || !looks_like_text(prefix)) return Format::unknown;
  const std::string ext = read::extension_of(path);
  if (ext == "md" || ext == "markdown") return Format::markdown;
  if (ext == "pdf" || ext == "docx" || ext == "doc" || ext == "odt") return Format::unknown;
  return Format::text;
}

Document read_document(const std::string& path, const ReadOptions& options) {
  switch (detect_format(path)) {
    case Format::pdf: return read_pdf(path, options);
    case Format::docx: return read_docx(path, options);
    case Format::text:
    case Format::markdown: return read_text(path, options);
    case Format::unknown: break;
  }
  // Say as precisely as we can why the file is not readable.
  const std::string prefix = read::read_file_prefix(path, 1024);
  if (prefix.empty()) throw Error(ErrorKind::corrupt, path, "empty file");
  // An OLE compound file is either a password-protected DOCX or a legacy .doc: the DOCX
  // reader tells them apart (an EncryptedPackage stream) and says which.
  if (prefix.starts_with(kOleMagic)) return read_docx(path, options);
  const std::string ext = read::extension_of(path);
  if (ext == "pdf") throw Error(ErrorKind::unsupported, path, "not a PDF (no %PDF- header)");
  if (ext == "docx") throw Error(ErrorKind::unsupported, path, "not a DOCX (not a zip archive)");
  if (ext == "doc") throw Error(ErrorKind::unsupported, path, "legacy .doc is not supported; save it as .docx");
  throw Error(ErrorKind::unsupported, path, "unrecognised format (not PDF, DOCX, text or Markdown)");
}

}  // namespace dhr
