// Hidden strings that only the PDF's object structure holds (internal), read with qpdf
// because Poppler's C++ API has no annotations, form fields or structure tree:
//   - annotations on each page: /Contents, /T (the author), /Subj, and link URIs;
//   - form fields: values (/V) and tooltips (/TU);
//   - alternative text (/Alt) of tagged structure elements (figures);
//   - embedded files: their names and descriptions (returned as metadata).
// qpdf's exceptions and warnings never escape: a failure is a dhr::Error (corrupt).
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "dhr/document.h"

namespace dhr::read::pdf {

struct ObjectStrings {
  std::vector<Block> blocks;  // annotation and alt_text blocks
  std::vector<std::pair<std::string, std::string>> metadata;  // embedded_file, ...
};

ObjectStrings read_object_strings(const std::string& path, const std::string& bytes, const std::string& password);

}  // namespace dhr::read::pdf
