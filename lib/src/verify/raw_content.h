// The raw content of an output, read without dhrkit's readers (internal): the second,
// independent look of verification.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace dhr::verify {

struct RawPart {
  std::string where;  // "word/document.xml", "pdftotext", "file"
  std::string text;   // its text: for XML, element text joined and attribute values
};

// DOCX: every zip entry (XML parts as their text and attribute values, other entries as
// raw bytes). PDF: the output of `pdftotext` when installed (else nothing). Text,
// Markdown: the bytes. HTML: the bytes with entities decoded. `checks` receives a line
// saying what was read.
std::vector<RawPart> read_raw_content(const std::string& path, std::vector<std::string>& checks);

// Runs a command (argv[0] looked up in PATH) and returns its standard output, or nullopt
// when it cannot be run or fails.
std::optional<std::string> run_command(const std::vector<std::string>& argv);

}  // namespace dhr::verify
