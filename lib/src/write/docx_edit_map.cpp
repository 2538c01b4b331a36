#include "write/docx_edit_map.h"

#include <fmt/format.h>

#include "dhr/error.h"

namespace dhr::write::docx {
namespace {

// The carrier byte for block byte `at` inside anchor `a` (a.begin <= at <= a.end).
std::uint32_t source_offset(const Anchor& a, std::uint32_t at) {
  const std::uint32_t span = a.end - a.begin;
  const std::uint32_t into = at - a.begin;
  if (span == a.length || span == 0) return a.offset + into;
  return a.offset + static_cast<std::uint32_t>(static_cast<std::uint64_t>(into) * a.length / span);
}

}  // namespace

MappedEdits map_edits(const Document& doc, const std::vector<Edit>& edits) {
  MappedEdits out;
  for (std::size_t i = 0; i < edits.size(); ++i) {
    const Edit& e = edits[i];
    if (e.block >= doc.blocks.size())
      throw Error(ErrorKind::usage, doc.path, fmt::format("edit {} names block {}, past the document's end", i, e.block));
    const Block& b = doc.blocks[e.block];
    if (e.begin > e.end || e.end > b.text.size())
      throw Error(ErrorKind::usage, doc.path, fmt::format("edit {} is outside its block's text", i));

    bool first = true;
    const CarrierEdit* first_edit = nullptr;
    std::size_t first_index = 0;
    for (const Anchor& a : b.anchors) {
      if (a.source != SourceKind::docx_text) continue;
      // An anchor takes part when it overlaps the edit, or, for an insertion (an empty
      // edit), when it holds the insertion point.
      const bool overlaps = e.begin < e.end ? (a.begin < e.end && a.end > e.begin) : (a.begin <= e.begin && e.begin <= a.end);
      if (!overlaps) continue;
      const std::uint32_t lo = std::max(a.begin, e.begin);
      const std::uint32_t hi = std::min(a.end, e.end);
      CarrierEdit c;
      c.part = a.part;
      c.node = a.node;
      c.begin = source_offset(a, lo);
      c.end = source_offset(a, hi);
      c.edit = i;
      if (first) c.replacement = e.replacement;
      if (a.end - a.begin == a.length) {
        c.expected = b.text.substr(lo, hi - lo);
        c.exact = true;
      }
      out.carriers.push_back(std::move(c));
      if (first) first_index = out.carriers.size() - 1;
      first = false;
      if (e.begin == e.end) break;  // an insertion goes into one carrier
    }
    if (first) {
      ++out.without_source;
      continue;
    }
    ++out.applied;
    first_edit = &out.carriers[first_index];
    const CarrierEdit& last_edit = out.carriers.back();
    if (last_edit.part == first_edit->part && last_edit.node != first_edit->node)
      out.spans.push_back({first_edit->part, first_edit->node, last_edit.node});
  }
  return out;
}

}  // namespace dhr::write::docx
