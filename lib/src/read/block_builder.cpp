#include "read/block_builder.h"

#include <utility>

#include "text/utf8.h"

namespace dhr::read {
namespace {

// Whether anchor b carries straight on from anchor a in both text and source, so the
// two can be one anchor without changing what any byte maps to.
bool continues(const Anchor& a, const Anchor& b) {
  if (a.source != b.source || a.part != b.part || a.node != b.node || a.end != b.begin) return false;
  if (a.source == SourceKind::synthetic) return true;
  if (a.source == SourceKind::pdf_glyphs) return false;  // one anchor per word keeps word indexes
  const bool a_linear = (a.end - a.begin) == a.length;
  const bool b_linear = (b.end - b.begin) == b.length;
  return a_linear && b_linear && a.offset + a.length == b.offset;
}

}  // namespace

void BlockBuilder::append(std::string_view text, SourceKind source, std::uint32_t part,
                          std::uint32_t node, std::uint32_t offset, std::uint32_t length,
                          std::uint32_t box) {
  if (text.empty()) return;
  Anchor a;
  a.begin = static_cast<std::uint32_t>(block_.text.size());
  block_.text.append(text);
  a.end = static_cast<std::uint32_t>(block_.text.size());
  a.source = source;
  a.part = part;
  a.node = node;
  a.offset = offset;
  a.length = length;
  a.box = box;
  if (!block_.anchors.empty() && continues(block_.anchors.back(), a)) {
    Anchor& last = block_.anchors.back();
    last.end = a.end;
    if (source != SourceKind::synthetic) last.length += a.length;
  } else {
    block_.anchors.push_back(a);
  }
}

void BlockBuilder::append_synthetic(std::string_view text) {
  append(text, SourceKind::synthetic, 0, 0, 0, 0);
}

void BlockBuilder::trim_end() {
  std::string& t = block_.text;
  while (!t.empty() && (t.back() == ' ' || t.back() == '\t' || t.back() == '\n' || t.back() == '\r'))
    t.pop_back();
  const auto size = static_cast<std::uint32_t>(t.size());
  auto& anchors = block_.anchors;
  while (!anchors.empty() && anchors.back().begin >= size) anchors.pop_back();
  if (!anchors.empty() && anchors.back().end > size) {
    Anchor& last = anchors.back();
    const std::uint32_t cut = last.end - size;
    last.end = size;
    // Only linear sources shrink with the text; a trimmed synthetic or PDF word keeps
    // its source length (its trailing whitespace had no glyph).
    if (last.source == SourceKind::docx_text || last.source == SourceKind::file_bytes ||
        last.source == SourceKind::property)
      last.length = last.length >= cut ? last.length - cut : 0;
  }
}

Block BlockBuilder::finish() {
  Block out = std::move(block_);
  block_ = Block{};
  if (unicode::is_nfc(out.text)) return out;

  // Normalise anchor by anchor so every anchor's ends still map exactly. (A combining
  // mark in a different anchor from its base letter stays uncomposed: rare, harmless.)
  std::string text;
  text.reserve(out.text.size());
  std::vector<Anchor> anchors;
  anchors.reserve(out.anchors.size());
  std::uint32_t cursor = 0;  // end, in the old text, of what has been copied
  auto copy_gap = [&](std::uint32_t until) {  // old text not covered by any anchor
    if (until > cursor) text += unicode::to_nfc(std::string_view(out.text).substr(cursor, until - cursor));
  };
  for (Anchor a : out.anchors) {
    copy_gap(a.begin);
    const std::string piece = unicode::to_nfc(std::string_view(out.text).substr(a.begin, a.end - a.begin));
    cursor = a.end;
    a.begin = static_cast<std::uint32_t>(text.size());
    text += piece;
    a.end = static_cast<std::uint32_t>(text.size());
    anchors.push_back(a);
  }
  copy_gap(static_cast<std::uint32_t>(out.text.size()));
  out.text = std::move(text);
  out.anchors = std::move(anchors);
  return out;
}

}  // namespace dhr::read
