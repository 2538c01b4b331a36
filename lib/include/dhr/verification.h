// dhr/verification.h — the result of checking an anonymised output before it is kept.
#pragma once

#include <string>
#include <vector>

namespace dhr {

// Something that should have been removed but is still in the output.
struct Survivor {
  std::string what;   // "subject N: surname" / "PHONE (edited)" — never the identifier itself
  std::string where;  // "footer, page 2" / "word/footnotes.xml" / "pdftotext"
  std::string check;  // "reader+detector" (dhrkit read it back) or "raw" (independent look)
  std::string text;   // the identifier itself: shown only in reports made with names
};

struct Verification {
  std::vector<std::string> checks;  // what was looked at, one line each
  std::vector<Survivor> survivors;
  bool clean() const { return survivors.empty(); }
};

}  // namespace dhr
