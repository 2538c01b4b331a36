// fuzz/case_file.cpp — the case-file parser and the pseudonym convention on any text:
// a checked CaseFile, or dhr::Error naming the file. A case file that loads must also get
// pseudonyms for every subject, all different, or a dhr::Error saying why not.
#include <cstdint>
#include <cstdlib>
#include <set>
#include <string>

#include "dhr/case_file.h"
#include "dhr/error.h"
#include "fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  try {
    dhr::CaseFile c = dhr::parse_case_file(text, "fuzz.toml");
    dhr::assign_missing_pseudonyms(c, {"N", "Z"});
    std::set<std::string> seen;
    for (const dhr::Subject& s : c.subjects) {
      if (s.pseudonym.empty() || !seen.insert(s.pseudonym).second) std::abort();  // a subject left unnamed or two alike
    }
  } catch (const dhr::Error& e) {
    dhr::fuzz::expected_error(e);
  }
  return 0;
}
