// fuzz/docx_roundtrip.cpp — the DOCX writer's round trip on any bytes: when the reader
// accepts the input, anonymising it with the fixture case file (read, detect, plan, edit,
// sanitise, write, verify) must give a DOCX the reader accepts again. The reader is
// lenient where Word recovers (it reads the parts that hold text and skips a damaged
// font table or theme); the writer is strict, because it will not publish a file it
// could not check whole. So two refusals are allowed: verification's (fail closed: a
// name the writer could not remove is an error, not a leak), and damage in a part the
// reader did not need — a zip entry that does not inflate or an XML part that does not
// parse — refused as corrupt with the part named. Any other error is a writer bug.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string_view>
#include <system_error>

#include "dhr/anonymise.h"
#include "dhr/error.h"
#include "dhr/reader.h"
#include "fuzz_checks.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string in = dhr::fuzz::write_input("input.docx", data, size);
  try {
    dhr::read_docx(in);
  } catch (const dhr::Error& e) {
    dhr::fuzz::expected_error(e);
    return 0;  // not a DOCX the reader takes: the reader target covers that
  }
  std::string out = dhr::fuzz::scratch_path("output.docx");
  dhr::AnonymiseOptions options;
  options.section_profile.clear();  // the section check reads nothing the writer writes
  try {
    dhr::anonymise(in, out, dhr::fuzz::fixture_case(), dhr::fuzz::detector(), options);
  } catch (const dhr::Error& e) {
    if (e.kind() == dhr::ErrorKind::verification) return 0;
    const std::string_view message = e.what();
    if (e.kind() == dhr::ErrorKind::corrupt && (message.find(": damaged zip archive (") != std::string_view::npos ||
                                                message.find(": malformed XML in ") != std::string_view::npos))
      return 0;
    std::fprintf(stderr, "fuzz: anonymising a DOCX the reader took failed (%s): %s\n", dhr::to_string(e.kind()), e.what());
    std::abort();
  }
  try {
    dhr::fuzz::check_document(dhr::read_docx(out));
  } catch (const dhr::Error& e) {
    std::fprintf(stderr, "fuzz: the written DOCX does not read back (%s): %s\n", dhr::to_string(e.kind()), e.what());
    std::abort();
  }
  std::error_code ignored;
  std::filesystem::remove(out, ignored);
  return 0;
}
