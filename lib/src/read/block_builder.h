// BlockBuilder: how every reader assembles a Block's text together with its anchors
// (internal). Readers append source text piece by piece, saying where each piece came
// from, and synthetic text (a space joining two PDF words) with no source; finish()
// normalises to NFC and keeps the anchors exact.
#pragma once

#include <cstdint>
#include <string_view>

#include "dhr/document.h"

namespace dhr::read {

class BlockBuilder {
 public:
  explicit BlockBuilder(BlockKind kind = BlockKind::paragraph) { block_.kind = kind; }

  // The block being built, for setting kind, level, number, page, name, cell, flags.
  Block& block() { return block_; }
  const std::string& text() const { return block_.text; }
  bool empty() const { return block_.text.empty(); }

  // Appends `text` (valid UTF-8) that lives in the source at the given place; see Anchor
  // for what part/node/offset/length mean for each source kind. For pdf_glyphs, `box` is
  // the index of the first glyph's box in Document::glyph_boxes.
  void append(std::string_view text, SourceKind source, std::uint32_t part, std::uint32_t node,
              std::uint32_t offset, std::uint32_t length, std::uint32_t box = 0);

  // Appends text the reader made up (joining spaces, tab between cells): no source.
  void append_synthetic(std::string_view text);

  // Removes trailing ASCII whitespace (and the anchors that only covered it).
  void trim_end();

  // Ends the block: text in NFC, anchors remapped, adjacent anchors that continue one
  // another merged. The builder is empty afterwards and can be reused.
  Block finish();

 private:
  Block block_;
};

}  // namespace dhr::read
