// fuzz/pdf_reader.cpp — the PDF reader (Poppler and qpdf wrappers, layout, hidden parts)
// on any bytes: a Document with sound anchors, or dhr::Error. Poppler and qpdf are system
// libraries without coverage instrumentation, so the coverage figure counts dhrkit's
// own code; their crashes still show.
#include <cstdint>

#include "dhr/error.h"
#include "dhr/reader.h"
#include "fuzz_support.h"
#include "fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string path = dhr::fuzz::write_input("input.pdf", data, size);
  try {
    dhr::ReadOptions options;
    options.max_pages = 50;  // a 10,000-page input must stop early, not time out
    dhr::Document doc = dhr::read_pdf(path, options);
    dhr::fuzz::check_document(doc);
  } catch (const dhr::Error& e) {
    dhr::fuzz::expected_error(e);
  }
  return 0;
}
