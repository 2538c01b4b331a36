#include "dhr/document.h"

#include <algorithm>
#include <array>

#include "text/utf8.h"

namespace dhr {
namespace {

constexpr std::array<std::pair<BlockKind, const char*>, 16> kBlockKindNames{{
    {BlockKind::heading, "heading"},
    {BlockKind::paragraph, "paragraph"},
    {BlockKind::list_item, "list_item"},
    {BlockKind::table_cell, "table_cell"},
    {BlockKind::footnote, "footnote"},
    {BlockKind::header, "header"},
    {BlockKind::footer, "footer"},
    {BlockKind::comment, "comment"},
    {BlockKind::tracked_insertion, "tracked_insertion"},
    {BlockKind::tracked_deletion, "tracked_deletion"},
    {BlockKind::text_box, "text_box"},
    {BlockKind::alt_text, "alt_text"},
    {BlockKind::field, "field"},
    {BlockKind::metadata, "metadata"},
    {BlockKind::outline, "outline"},
    {BlockKind::annotation, "annotation"},
}};

}  // namespace

const char* to_string(Format format) {
  switch (format) {
    case Format::pdf: return "pdf";
    case Format::docx: return "docx";
    case Format::text: return "text";
    case Format::markdown: return "markdown";
    case Format::unknown: break;
  }
  return "unknown";
}

const char* to_string(BlockKind kind) {
  for (const auto& [k, name] : kBlockKindNames)
    if (k == kind) return name;
  return "paragraph";
}

std::optional<BlockKind> block_kind_from_string(std::string_view name) {
  for (const auto& [k, n] : kBlockKindNames)
    if (name == n) return k;
  return std::nullopt;
}

bool is_visible(BlockKind kind) {
  switch (kind) {
    case BlockKind::heading:
    case BlockKind::paragraph:
    case BlockKind::list_item:
    case BlockKind::table_cell:
    case BlockKind::footnote:
    case BlockKind::header:
    case BlockKind::footer:
    case BlockKind::text_box:
      return true;
    default:
      return false;
  }
}

bool repeats_other_text(BlockKind kind) { return kind == BlockKind::tracked_insertion; }

const char* to_string(SourceKind kind) {
  switch (kind) {
    case SourceKind::synthetic: return "synthetic";
    case SourceKind::docx_text: return "docx_text";
    case SourceKind::pdf_glyphs: return "pdf_glyphs";
    case SourceKind::file_bytes: return "file_bytes";
    case SourceKind::property: return "property";
  }
  return "synthetic";
}

SourcePosition Block::locate(std::size_t offset) const {
  SourcePosition pos;
  if (anchors.empty()) return pos;
  // The anchor whose range holds offset; offset == end of the last anchor maps to its end.
  auto it = std::upper_bound(anchors.begin(), anchors.end(), offset,
                             [](std::size_t off, const Anchor& a) { return off < a.begin; });
  if (it == anchors.begin()) return pos;
  const Anchor& a = *std::prev(it);
  const bool at_end_of_last = (offset == a.end && std::next(std::prev(it)) == anchors.end());
  if (offset >= a.end && !at_end_of_last) return pos;

  pos.source = a.source;
  pos.part = a.part;
  pos.node = a.node;
  pos.anchor = &a;
  if (a.source == SourceKind::synthetic) return pos;

  const std::size_t into = offset - a.begin;
  const std::size_t span = a.end - a.begin;
  std::size_t src_into;
  if (a.source == SourceKind::pdf_glyphs) {
    // Glyphs count code points, not bytes.
    const std::size_t cps = unicode::code_point_count(std::string_view(text).substr(a.begin, into));
    const std::size_t total = unicode::code_point_count(std::string_view(text).substr(a.begin, span));
    src_into = (total == a.length || total == 0) ? cps : cps * a.length / total;
  } else {
    src_into = (span == a.length || span == 0) ? into : into * a.length / span;
  }
  pos.offset = a.offset + static_cast<std::uint32_t>(std::min<std::size_t>(src_into, a.length));
  return pos;
}

std::string Document::metadata_value(std::string_view key) const {
  for (const auto& [k, v] : metadata)
    if (k == key) return v;
  return {};
}

std::string where(const Block& b) {
  std::string out = b.kind == BlockKind::footnote && !b.name.empty() ? "footnote " + b.name : to_string(b.kind);
  for (char& c : out)
    if (c == '_') c = ' ';
  if (!b.number.empty()) out += " " + b.number;
  if (b.page > 0) out += ", page " + std::to_string(b.page);
  return out;
}

}  // namespace dhr
