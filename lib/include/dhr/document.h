// dhr/document.h — the one model every reader fills and every later stage reads.
//
// A Document is an ordered list of Blocks (headings, paragraphs, table cells, footnotes,
// headers, comments, metadata fields, ...) in reading order. Each Block holds its text as
// UTF-8 in NFC, and Anchors that map every byte of that text back to where it lives in
// the source file: for DOCX the XML part, text node and byte within it; for PDF the page,
// word and glyph (with its box); for plain text the byte offset in the file. Detection
// works on Block::text; the writers edit the source through the anchors, so anchors must
// be exact (tests check them for every reader).
//
// The rule every reader keeps: every string in the source that a person could read —
// including hidden parts (comments and their authors, tracked deletions, field codes,
// alt text, document properties, PDF outlines and annotations) — appears in the text of
// some block, so that nothing escapes detection.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dhr {

enum class Format : std::uint8_t { unknown, pdf, docx, text, markdown };

const char* to_string(Format format);

enum class BlockKind : std::uint8_t {
  heading,            // a heading; Block::level is 1 (top) to 9
  paragraph,          // body text
  list_item,          // an item of a bulleted or numbered list; Block::level is its depth (1..)
  table_cell,         // one cell; Block::cell says where
  footnote,           // a footnote or endnote; Block::name is its id/mark
  header,             // running header (DOCX: per header part; PDF: per page)
  footer,             // running footer or page number
  comment,            // a reviewer's comment; Block::name is its author
  tracked_insertion,  // text inserted with track changes (see note below)
  tracked_deletion,   // text deleted with track changes, still in the file
  text_box,           // text in a frame, shape or text box
  alt_text,           // an image's title or description
  field,              // a field instruction (DOCX `MERGEFIELD ...`); its result is inline
  metadata,           // a document property; Block::name is its key ("title", "author")
  outline,            // a PDF bookmark title
  annotation,         // a PDF annotation's contents
};

// Note on tracked insertions: inserted text is part of the document as it reads once the
// changes are accepted, so it stays inline in its paragraph. A tracked_insertion block
// repeats it for review, with anchors to the same source; detectors skip such blocks
// (see repeats_other_text) so one name is never reported twice.

const char* to_string(BlockKind kind);
std::optional<BlockKind> block_kind_from_string(std::string_view name);

// True for kinds a reader sees on the page (headings, paragraphs, cells, footnotes,
// headers, footers, text boxes); false for hidden parts (comments, deletions, alt text,
// field codes, metadata, outlines, annotations) and for tracked_insertion, which
// repeats inline text.
bool is_visible(BlockKind kind);

// True for kinds whose text also appears inline in another block (tracked_insertion).
bool repeats_other_text(BlockKind kind);

// A rectangle on a PDF page in points, origin at the top-left corner (as Poppler reports).
struct Box {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  friend bool operator==(const Box&, const Box&) = default;
};

enum class SourceKind : std::uint8_t {
  synthetic,  // made by the reader (a space joining PDF words, a numbering label): no source
  docx_text,  // characters of a text node in an XML part of a DOCX
  pdf_glyphs, // glyphs of a word on a PDF page
  file_bytes, // bytes of a plain text / Markdown file
  property,   // the value of a document property (Document::metadata[node])
};

const char* to_string(SourceKind kind);

// Maps the byte range [begin, end) of Block::text to a range of the source.
//   docx_text:  part = index into Document::parts ("word/document.xml"), node = index of the
//               text-bearing node (w:t, w:delText, w:instrText, a:t ...) within that part in
//               document order, offset/length = bytes of that node's text.
//   pdf_glyphs: part = page (1-based), node = index of the word in the page's
//               poppler::page::text_list(), offset/length = glyph indexes within the word;
//               the glyph boxes are Document::glyph_boxes[box .. box + length).
//   file_bytes: offset/length = bytes of the file.
//   property:   node = index into Document::metadata, offset/length = bytes of the value.
// When the source length differs from end - begin (NFC changed the text, or a ligature
// glyph stands for two letters), a position inside the range maps proportionally; the
// range's two ends always map exactly.
struct Anchor {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  SourceKind source = SourceKind::synthetic;
  std::uint32_t part = 0;
  std::uint32_t node = 0;
  std::uint32_t offset = 0;
  std::uint32_t length = 0;
  std::uint32_t box = 0;  // pdf_glyphs only: first glyph's index into Document::glyph_boxes

  friend bool operator==(const Anchor&, const Anchor&) = default;
};

// Where one byte of block text lives in the source (see Block::locate).
struct SourcePosition {
  SourceKind source = SourceKind::synthetic;
  std::uint32_t part = 0;
  std::uint32_t node = 0;
  std::uint32_t offset = 0;  // byte (DOCX, text, property) or glyph (PDF) index
  const Anchor* anchor = nullptr;  // the anchor it came from; null when the byte has none
};

struct CellPosition {
  int table = -1;  // index of the table in the document (0-based), -1 when not a cell
  int row = -1;
  int col = -1;
  friend bool operator==(const CellPosition&, const CellPosition&) = default;
};

struct Block {
  BlockKind kind = BlockKind::paragraph;
  int level = 0;          // heading level (1..9) or list depth (1..); 0 otherwise
  std::string number;     // the paragraph number as a reader sees it: "1.2", "3.21", "a)"
  int page = 0;           // 1-based page where the block starts; 0 when the format has none
  std::string text;       // UTF-8, NFC; the number is not repeated here
  std::string name;       // what the block is within its kind: metadata key, comment
                          // author, footnote mark, header/footer part, field type
  std::vector<Anchor> anchors;  // sorted by begin, non-overlapping, covering all of text
  CellPosition cell;      // for table_cell blocks
  bool bold = false;      // every character is bold (a heading in reports without styles)
  bool hidden = false;    // marked hidden in the source (DOCX w:vanish) though in the flow
  float font_size = 0;    // dominant font size in points, where the reader knows it

  // The source of the byte at `offset` of text (offset == text.size() maps to the end of
  // the last anchor). Synthetic bytes give a SourcePosition with source == synthetic.
  SourcePosition locate(std::size_t offset) const;
};

// Where a block is, as a reader would look for it: "paragraph 2.2, page 3", "table
// cell, page 2", "footnote 4", "header". The one formatter every message and report uses.
std::string where(const Block& block);

struct Document {
  std::string path;
  Format format = Format::unknown;
  int pages = 0;  // page count for PDF; 0 for formats without fixed pages
  // Document properties in the order read: "title", "author", "subject", "keywords",
  // "creator", "producer", "last_modified_by", "company", "custom:<name>", "xmp", ...
  // Each is also a metadata block, so detection sees it.
  std::vector<std::pair<std::string, std::string>> metadata;
  std::vector<std::string> parts;   // DOCX: zip entry names that anchors refer to
  std::vector<Box> glyph_boxes;     // PDF: the boxes pdf_glyphs anchors point into
  std::vector<Block> blocks;        // in reading order

  // The value of a metadata key, or empty when absent.
  std::string metadata_value(std::string_view key) const;
};

}  // namespace dhr
