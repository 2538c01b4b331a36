// Which edit a glyph drawn by a content stream belongs to (internal): the page's edit
// and tail boxes (Poppler's, in points from the top-left corner), indexed by height so a
// page of a few thousand glyphs against a few hundred boxes stays linear in practice.
//
// A glyph belongs to the box that holds its test point: the middle of its advance, a
// quarter of an em above its baseline — inside the box Poppler made for that same glyph
// (Poppler's box spans the advance, from the font's descent to its ascent).
#pragma once

#include <cstddef>
#include <vector>

#include "dhr/document.h"
#include "write/pdf_edit_geometry.h"

namespace dhr::write::pdf {

struct Hit {
  int segment = -1;  // index into the page's segments; -1: no box
  int box = -1;      // index into that segment's boxes (or tail)
  bool tail = false; // a tail box (the rest of the word after an edit), not an edit box
};

class GlyphHits {
 public:
  explicit GlyphHits(const std::vector<Segment>& segments);

  // The edit box holding (x, y) if any, else the tail box holding it, else no hit.
  Hit at(double x, double y) const;

  // Marks the boxes of `segment` whose middle lies in [x0, x1] on the line of (x0..x1, y):
  // a ligature glyph covers two of Poppler's boxes with one test point.
  void cover(int segment, double x0, double x1, double y);
  void cover(const Hit& hit) { covered_[static_cast<std::size_t>(hit.segment)][static_cast<std::size_t>(hit.box)] = 1; }

  // Whether every edit box on the page was matched by a removed glyph.
  bool all_covered() const;
  std::size_t uncovered() const;

 private:
  struct Entry {
    Box box;
    int segment;
    int index;
    bool tail;
  };
  const std::vector<Segment>& segments_;
  std::vector<Entry> entries_;  // sorted by y0
  double max_height_ = 0;
  std::vector<std::vector<char>> covered_;
};

}  // namespace dhr::write::pdf
