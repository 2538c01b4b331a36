// fuzz/text_reader.cpp — the plain text and Markdown reader on any bytes (invalid UTF-8,
// NUL bytes, CR-only lines, Markdown tables and headings): a Document with sound anchors,
// or dhr::Error. The first byte picks .txt or .md so both paths are fuzzed.
#include <cstdint>

#include "dhr/error.h"
#include "dhr/reader.h"
#include "fuzz_support.h"
#include "fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const char* name = (data[0] & 1) ? "input.md" : "input.txt";
  std::string path = dhr::fuzz::write_input(name, data + 1, size - 1);
  try {
    dhr::Document doc = dhr::read_text(path);
    dhr::fuzz::check_document(doc);
  } catch (const dhr::Error& e) {
    dhr::fuzz::expected_error(e);
  }
  return 0;
}
