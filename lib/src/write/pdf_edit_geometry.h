// Where on the pages each edit's text is (internal): the edit's byte range, mapped
// through its block's pdf_glyphs anchors onto Poppler's glyph boxes, grouped by line.
//
// An edit that crosses a line break ("Daniel" at the end of one line, "Okafor" at the
// start of the next) has one segment per line. The replacement is shared out over the
// segments word by word, as far as each segment's width takes it; the last segment takes
// what is left, and a segment can be left with nothing to draw ("D" on the first line,
// nothing on the second). A hyphen at a line end that the reader dropped from the text
// ("Oka-" / "for") is taken out with the edit, or a lone "-" would be left behind.
//
// When an edit ends inside a word ("Natasha" in "Natasha's"), the rest of that word's
// glyph boxes are its `tail`: the content-stream rewriter closes them up to the shorter
// replacement so that "N's" reads as one word, not "N   's".
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "dhr/document.h"
#include "dhr/policy.h"

namespace dhr::write::pdf {

struct Segment {
  std::size_t edit = 0;     // index into the edits
  int page = 0;             // 1-based
  std::vector<Box> boxes;   // the glyph boxes of the edited text on this line
  Box extent;               // their union: the width the piece may take
  std::string piece;        // the part of the replacement drawn here (UTF-8), may be empty
  std::vector<Box> tail;    // boxes of the rest of the word the edit ends inside
  bool first = false;       // the edit's first segment (so its piece starts the replacement)

  const Box& lead() const { return boxes.front(); }  // where the piece is drawn
};

// Every edit with glyphs, by page; edits on hidden parts (no glyphs) have no segments.
// Throws dhr::Error(usage) when an edit lies outside its block.
std::map<int, std::vector<Segment>> edit_segments(const Document& doc, const std::vector<Edit>& edits);

// Shares `replacement` out over segments of the given widths (points) for text of the
// given heights: whole words, left to right; the last segment takes the rest.
std::vector<std::string> share_out(const std::string& replacement, const std::vector<double>& widths,
                                   const std::vector<double>& heights);

}  // namespace dhr::write::pdf
