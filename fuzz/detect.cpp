// fuzz/detect.cpp — detection (case subjects, patterns, residual names, places) and the
// edit plan on any bytes, valid UTF-8 or not: readers refuse invalid UTF-8, but a
// Document can come from elsewhere, and nothing in detection may read past a block's
// text on a truncated sequence. Each line of the input is one block, of a kind chosen by
// its position; the first byte says whether the fixture case file is used.
// Every finding must lie inside its block, and the plan's edits must not overlap.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "dhr/detect.h"
#include "dhr/document.h"
#include "dhr/error.h"
#include "dhr/policy.h"
#include "fuzz_checks.h"
#include "fuzz_support.h"

namespace {

dhr::Document blocks_from_lines(std::string_view text) {
  static constexpr dhr::BlockKind kinds[] = {
      dhr::BlockKind::heading,  dhr::BlockKind::paragraph, dhr::BlockKind::table_cell, dhr::BlockKind::footnote,
      dhr::BlockKind::comment,  dhr::BlockKind::metadata,  dhr::BlockKind::list_item,  dhr::BlockKind::paragraph};
  dhr::Document doc;
  doc.path = "fuzz.txt";
  doc.format = dhr::Format::text;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    dhr::Block b;
    b.kind = kinds[doc.blocks.size() % std::size(kinds)];
    b.level = b.kind == dhr::BlockKind::heading ? 1 : 0;
    b.text = std::string(text.substr(start, end - start));
    if (!b.text.empty()) {
      b.anchors.push_back({0, static_cast<std::uint32_t>(b.text.size()), dhr::SourceKind::file_bytes, 0, 0,
                           static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(b.text.size()), 0});
    }
    doc.blocks.push_back(std::move(b));
    start = end + 1;
  }
  return doc;
}

[[noreturn]] void broken(const char* what) {
  std::fprintf(stderr, "fuzz: %s\n", what);
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const bool with_case = data[0] & 1;
  dhr::Document doc = blocks_from_lines({reinterpret_cast<const char*>(data) + 1, size - 1});
  const dhr::CaseFile* case_file = with_case ? &dhr::fuzz::fixture_case() : nullptr;
  try {
    std::vector<dhr::Finding> findings = dhr::fuzz::detector().scan(doc, case_file);
    for (const dhr::Finding& f : findings) {
      if (f.block >= doc.blocks.size() || f.begin >= f.end || f.end > doc.blocks[f.block].text.size())
        broken("a finding outside its block");
    }
    if (!with_case) return 0;
    dhr::CaseFile effective = dhr::effective_case(*case_file, doc);
    dhr::Plan plan = dhr::plan_edits(doc, findings, effective,
                                     [](std::string_view name) { return dhr::fuzz::detector().place(name); });
    for (std::size_t i = 0; i < plan.edits.size(); ++i) {
      const dhr::Edit& e = plan.edits[i];
      if (e.block >= doc.blocks.size() || e.begin > e.end || e.end > doc.blocks[e.block].text.size())
        broken("an edit outside its block");
      if (i > 0 && plan.edits[i - 1].block == e.block && plan.edits[i - 1].end > e.begin)
        broken("two edits overlap");
    }
    dhr::apply_edits(doc, plan.edits);
  } catch (const dhr::Error& e) {
    dhr::fuzz::expected_error(e);
  }
  return 0;
}
