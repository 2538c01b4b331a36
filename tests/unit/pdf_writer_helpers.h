// Helpers for the PDF writer's tests: the real pipeline on a PDF and its case file, and
// the independent looks at an output that every redaction test repeats — pdftotext's
// extraction, and the whole file decompressed by qpdf (--qdf --object-streams=disable).
#pragma once

#include <gtest/gtest.h>

#include <array>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "dhr/case_file.h"
#include "dhr/detect.h"
#include "dhr/pdf_writer.h"
#include "dhr/policy.h"
#include "dhr/reader.h"
#include "subject_words.h"
#include "test_files.h"

namespace dhr::test {

inline const Detector& pdf_test_detector() {
  static const Detector d;
  return d;
}

struct PdfPipeline {
  Document doc;
  CaseFile case_file;
  Plan plan;
};

// read_pdf -> Detector::scan with the case file -> plan_edits, as `dhr anonymise` does.
inline PdfPipeline pdf_plan_for(const std::string& pdf, const std::string& case_toml) {
  PdfPipeline p;
  p.doc = read_pdf(pdf);
  p.case_file = load_case_file(case_toml);
  const CaseFile effective = effective_case(p.case_file, p.doc);
  const std::vector<Finding> findings = pdf_test_detector().scan(p.doc, &effective);
  p.plan = plan_edits(p.doc, findings, p.case_file, [](std::string_view name) { return pdf_test_detector().place(name); });
  return p;
}

// Standard output of a shell command, or nullopt-like empty with ok == false.
inline std::string command_output(const std::string& command, bool* ok = nullptr) {
  std::string out;
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
  if (!pipe) {
    if (ok) *ok = false;
    return out;
  }
  std::array<char, 65536> buf;
  std::size_t n = 0;
  while ((n = fread(buf.data(), 1, buf.size(), pipe.get())) > 0) out.append(buf.data(), n);
  const int status = pclose(pipe.release());
  if (ok) *ok = status != -1;
  return out;
}

inline bool have_tool(const std::string& name) {
  return std::system(("command -v " + name + " >/dev/null 2>&1").c_str()) == 0;
}

inline std::string pdftotext_of(const std::string& path) {
  return command_output("pdftotext -q '" + path + "' - 2>/dev/null");
}

// Every byte of the file with its streams decompressed and object streams unpacked.
inline std::string decompressed_bytes(const std::string& path) {
  return command_output("qpdf --qdf --object-streams=disable '" + path + "' - 2>/dev/null");
}

// The UTF-16BE strings of a decompressed file (hex strings starting with the byte-order
// mark, as qpdf writes Info values and outline titles), decoded: ASCII kept, anything
// else as a space, one string per line.
inline std::string utf16_strings(const std::string& bytes) {
  std::string out;
  auto hex = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  for (std::size_t at = 0; (at = bytes.find('<', at)) != std::string::npos; ++at) {
    std::string digits;
    std::size_t k = at + 1;
    for (; k < bytes.size() && bytes[k] != '>'; ++k)
      if (hex(bytes[k]) >= 0) digits += bytes[k];
      else if (!std::isspace(static_cast<unsigned char>(bytes[k]))) break;
    if (k >= bytes.size() || bytes[k] != '>' || digits.size() < 4 || (digits.compare(0, 4, "feff") != 0 && digits.compare(0, 4, "FEFF") != 0))
      continue;
    for (std::size_t i = 4; i + 4 <= digits.size(); i += 4) {
      const int cp = (hex(digits[i]) << 12) | (hex(digits[i + 1]) << 8) | (hex(digits[i + 2]) << 4) | hex(digits[i + 3]);
      out += cp >= 0x20 && cp < 0x7F ? static_cast<char>(cp) : ' ';
    }
    out += '\n';
  }
  return out;
}

// Whether the file's decompressed bytes hold `word` (ASCII) as a word (so "/Marked" is
// not "Mark"), as it is or inside a UTF-16 string.
inline bool bytes_hold(const std::string& bytes, const std::string& word) {
  return has_word_in(bytes, word) || has_word_in(utf16_strings(bytes), word);
}

// No file in `dir` whose name marks it as a writer's temporary file.
inline void expect_no_temp_files(const std::filesystem::path& dir) {
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    EXPECT_EQ(entry.path().filename().string().find(".dhr-"), std::string::npos) << "temporary file left: " << entry.path();
}

}  // namespace dhr::test
