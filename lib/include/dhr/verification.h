// dhr/verification.h — the result of checking an anonymised output before it is kept.
#pragma once

#include <string>
#include <vector>

namespace dhr {

// Something that should have been removed but is still in the output.
struct Survivor {
  std::string what;     // "subject N: surname" / "PHONE (edited)" — never the identifier itself
  std::string where;    // "paragraph 2.2, page 3" / "word/footnotes.xml" / "pdftotext"
  std::string check;    // "reader+detector" (dhrkit read it back) or "raw" (independent look)
  std::string context;  // the words around it, every name of the case file masked ("[name]")
  std::string text;     // the identifier itself: shown only in reports made with names
};

// A word of a subject's name found in the output and accepted, because it lies inside a
// phrase detection keeps for a stated reason ("Clare's Law", a professional's name).
struct Accepted {
  std::string what;     // "subject N: a word of the name"
  std::string where;    // as Survivor::where
  std::string reason;   // why the phrase around it is kept (the detector's keep rule)
  std::string context;  // the words around it, names masked
  std::string text;     // the phrase that holds it: shown only in reports made with names
};

struct Verification {
  std::vector<std::string> checks;  // what was looked at, one line each
  std::vector<Survivor> survivors;
  std::vector<Accepted> accepted;
  bool clean() const { return survivors.empty(); }
};

}  // namespace dhr
