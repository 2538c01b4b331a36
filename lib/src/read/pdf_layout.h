// The PDF reader's working model of a page (internal): the words Poppler found, and the
// lines the layout stage groups them into. Every later stage (running headers, footnotes,
// paragraphs) reads and annotates these; only the last one turns them into Blocks.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "dhr/document.h"

namespace dhr::read::pdf {

struct Word {
  std::string text;              // UTF-8 as Poppler gives it (repaired if invalid)
  Box box;                       // points, origin top-left
  std::uint32_t glyphs = 0;      // glyph boxes Poppler keeps for it (one per code point)
  std::uint32_t first_box = 0;   // index of its first glyph box in Document::glyph_boxes
  bool space_after = false;      // Poppler saw a space (or a gap) after it
  bool rotated = false;          // not horizontal text: kept out of the line layout
  bool raised = false;           // smaller and above its line's middle: a superscript
  bool bold = false;             // from the font pass (Page::fonts_known)
  float font_size = 0;           // from the font pass; 0 when unknown

  double height() const { return box.y1 - box.y0; }
  double width() const { return box.x1 - box.x0; }
  bool empty() const { return text.empty(); }
};

// What a line is, once the page-level stages have looked at it.
enum class LineRole : std::uint8_t {
  body,      // in the text flow
  header,    // running header in the top margin
  footer,    // running footer or page number in the bottom margin
  footnote,  // a footnote (or endnote) line
};

struct Line {
  std::vector<std::uint32_t> words;  // indexes into Page::words, left to right
  Box box;
  double size = 0;   // dominant word height: Poppler's box height tracks the font size
  int band = 0;      // horizontal band of the page (a two-column section is one band)
  int column = 0;    // 0: full width or left column, 1: right column
  double col_left = 0;   // extent of the lines sharing its band and column: where a
  double col_right = 0;  // full line starts and ends
  LineRole role = LineRole::body;
  // Table layout (see pdf_tables.h): the table of the page this line belongs to (-1 for
  // none), its row in that table, and the cells it holds as (index in `words` of the
  // cell's first word, column).
  int table = -1;
  int table_row = 0;
  std::vector<std::pair<std::uint32_t, int>> cells;
};

struct Page {
  int number = 0;  // 1-based
  double width = 0;
  double height = 0;
  std::vector<Word> words;  // in poppler::page::text_list() order, so words[i] is node i
  std::vector<Line> lines;  // in reading order
  bool fonts_known = false; // Word::bold and font_size were filled by a font pass
};

// The most common size of body text in the document, and how far apart its lines sit
// (baseline to baseline, as a multiple of the size): the yardsticks for headings,
// paragraph gaps and footnotes.
struct BodyStyle {
  double size = 10;
  double pitch = 1.2;  // line pitch / size
};

}  // namespace dhr::read::pdf
