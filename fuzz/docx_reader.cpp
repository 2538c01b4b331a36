// fuzz/docx_reader.cpp — the DOCX reader (zip, XML, numbering, hidden parts) on any bytes.
// Whatever the input, read_docx either returns a Document whose anchors lie inside its
// blocks' text or throws dhr::Error; anything else (a crash, a sanitizer report, another
// exception type) is a bug.
#include <cstdint>

#include "dhr/error.h"
#include "dhr/reader.h"
#include "fuzz_support.h"
#include "fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string path = dhr::fuzz::write_input("input.docx", data, size);
  try {
    dhr::Document doc = dhr::read_docx(path);
    dhr::fuzz::check_document(doc);
  } catch (const dhr::Error& e) {
    dhr::fuzz::expected_error(e);
  }
  return 0;
}
