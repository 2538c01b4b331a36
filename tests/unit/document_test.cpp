#include "dhr/document.h"

#include <gtest/gtest.h>

#include "read/block_builder.h"

namespace dhr {
namespace {

using read::BlockBuilder;

TEST(BlockKind, NamesRoundTrip) {
  for (int k = 0; k <= static_cast<int>(BlockKind::annotation); ++k) {
    const auto kind = static_cast<BlockKind>(k);
    EXPECT_EQ(block_kind_from_string(to_string(kind)), kind) << to_string(kind);
  }
  EXPECT_EQ(block_kind_from_string("nonsense"), std::nullopt);
}

TEST(BlockKind, VisibleAndHidden) {
  EXPECT_TRUE(is_visible(BlockKind::paragraph));
  EXPECT_TRUE(is_visible(BlockKind::footnote));
  EXPECT_FALSE(is_visible(BlockKind::comment));
  EXPECT_FALSE(is_visible(BlockKind::tracked_deletion));
  EXPECT_FALSE(is_visible(BlockKind::metadata));
  EXPECT_FALSE(is_visible(BlockKind::tracked_insertion));
  EXPECT_TRUE(repeats_other_text(BlockKind::tracked_insertion));
}

TEST(BlockBuilder, AnchorsMapEveryByteAndMergeContinuations) {
  BlockBuilder b;
  b.append("Nata", SourceKind::docx_text, 0, 7, 10, 4);
  b.append("sha", SourceKind::docx_text, 0, 8, 0, 3);  // the next run: a separate anchor
  b.append_synthetic(" ");
  b.append("Oka", SourceKind::file_bytes, 0, 0, 100, 3);
  b.append("for", SourceKind::file_bytes, 0, 0, 103, 3);  // continues: merged
  const Block block = b.finish();
  EXPECT_EQ(block.text, "Natasha Okafor");
  ASSERT_EQ(block.anchors.size(), 4u);
  EXPECT_EQ(block.anchors[3].begin, 8u);
  EXPECT_EQ(block.anchors[3].length, 6u);

  SourcePosition p = block.locate(5);  // the 'a' after 'Nat' + 's' -> node 8, offset 1
  EXPECT_EQ(p.source, SourceKind::docx_text);
  EXPECT_EQ(p.node, 8u);
  EXPECT_EQ(p.offset, 1u);
  EXPECT_EQ(block.locate(2).offset, 12u);
  EXPECT_EQ(block.locate(7).source, SourceKind::synthetic);
  EXPECT_EQ(block.locate(11).offset, 103u);
  EXPECT_EQ(block.locate(block.text.size()).offset, 106u);  // the end maps to the end
}

TEST(BlockBuilder, NfcKeepsAnchorEndsExact) {
  BlockBuilder b;
  b.append("Zoe\xCC\x88", SourceKind::docx_text, 0, 0, 0, 5);  // Zoe + combining diaeresis
  b.append(" Kowalczyk", SourceKind::docx_text, 0, 1, 0, 10);
  const Block block = b.finish();
  EXPECT_EQ(block.text, "Zo\xC3\xAB Kowalczyk");
  ASSERT_EQ(block.anchors.size(), 2u);
  EXPECT_EQ(block.anchors[0].end, 4u);
  EXPECT_EQ(block.anchors[0].length, 5u);  // the source keeps its own length
  EXPECT_EQ(block.anchors[1].begin, 4u);
  EXPECT_EQ(block.locate(4).node, 1u);
  EXPECT_EQ(block.locate(4).offset, 0u);
}

TEST(BlockBuilder, PdfGlyphsCountCodePoints) {
  Block block;
  BlockBuilder b;
  b.append("Zo\xC3\xAB", SourceKind::pdf_glyphs, 3, 12, 0, 3, 40);
  block = b.finish();
  const SourcePosition p = block.locate(3);  // the byte after 'Zo' + 1 byte into 'ë'? no: 'ë' starts at 2
  EXPECT_EQ(p.part, 3u);
  EXPECT_EQ(p.node, 12u);
  EXPECT_EQ(block.locate(2).offset, 2u);  // 'ë' is the third glyph
  EXPECT_EQ(block.locate(1).offset, 1u);
}

TEST(BlockBuilder, TrimEndDropsWhitespaceAnchors) {
  BlockBuilder b;
  b.append("Hello", SourceKind::file_bytes, 0, 0, 0, 5);
  b.append_synthetic("  ");
  b.trim_end();
  const Block block = b.finish();
  EXPECT_EQ(block.text, "Hello");
  ASSERT_EQ(block.anchors.size(), 1u);
}

TEST(Document, MetadataValue) {
  Document d;
  d.metadata = {{"title", "DHR 12"}, {"author", "Kam Sandhu"}};
  EXPECT_EQ(d.metadata_value("author"), "Kam Sandhu");
  EXPECT_EQ(d.metadata_value("subject"), "");
}

}  // namespace
}  // namespace dhr
