// fuzz/fuzz_checks.h — the promises of dhr/document.h that every reader must keep on any
// input, checked after each successful read. A broken promise aborts with a line saying
// which, so libFuzzer keeps the input: the writers edit the source through these anchors,
// and a wrong anchor there is a leak or a corrupt output.
#pragma once
#include <cstdio>
#include <cstdlib>

#include "dhr/document.h"
#include "dhr/error.h"
#include "text/utf8.h"

namespace dhr::fuzz {

[[noreturn]] inline void broken(const char* promise, std::size_t block) {
  std::fprintf(stderr, "fuzz: block %zu breaks the document model: %s\n", block, promise);
  std::abort();
}

inline void check_document(const Document& doc) {
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& b = doc.blocks[i];
    if (!unicode::is_valid_utf8(b.text)) broken("text is not valid UTF-8", i);
    if (b.text.empty()) continue;
    if (b.anchors.empty()) broken("text without anchors", i);
    std::uint32_t covered = 0;
    for (const Anchor& a : b.anchors) {
      if (a.begin != covered) broken("anchors are not sorted, contiguous and covering the text", i);
      if (a.end <= a.begin || a.end > b.text.size()) broken("an anchor outside the text", i);
      covered = a.end;
      if (a.source == SourceKind::docx_text && a.part >= doc.parts.size()) broken("an anchor to a missing part", i);
      if (a.source == SourceKind::pdf_glyphs && std::size_t{a.box} + a.length > doc.glyph_boxes.size())
        broken("an anchor past the glyph boxes", i);
      if (a.source == SourceKind::property && a.node >= doc.metadata.size()) broken("an anchor to a missing property", i);
    }
    if (covered != b.text.size()) broken("anchors end before the text does", i);
  }
}

// A dhr::Error is the expected answer to bad input, except kind internal: that one says
// "a bug in dhrkit".
inline void expected_error(const Error& e) {
  if (e.kind() != ErrorKind::internal) return;
  std::fprintf(stderr, "fuzz: internal error: %s\n", e.what());
  std::abort();
}

}  // namespace dhr::fuzz
