#include "write/pdf_edit_geometry.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "dhr/error.h"
#include "write/pdf_standard_font.h"

namespace dhr::write::pdf {
namespace {

// Poppler's glyph boxes run from the font's descent to its ascent: about 1.17 em for the
// fonts reports use. A replacement is sized from the box height with this factor.
constexpr double kEmPerBoxHeight = 0.85;

struct GlyphRun {
  int page = 0;
  std::uint32_t first = 0;     // index of the first glyph box
  std::uint32_t count = 0;
  std::uint32_t after = 0;     // the box index just past the anchor's glyphs
  bool to_anchor_end = false;  // the run reaches the end of the anchor's glyphs
};

double height(const Box& b) { return b.y1 - b.y0; }

bool same_line(const Box& a, const Box& b) {
  const double overlap = std::min(a.y1, b.y1) - std::max(a.y0, b.y0);
  return overlap >= 0.5 * std::min(height(a), height(b));
}

Box unite(Box a, const Box& b) {
  a.x0 = std::min(a.x0, b.x0);
  a.y0 = std::min(a.y0, b.y0);
  a.x1 = std::max(a.x1, b.x1);
  a.y1 = std::max(a.y1, b.y1);
  return a;
}

// A glyph box directly after `last` on the same line, touching it: the hyphen the
// reader left out of the text at a line end (or nothing, when the gap shows a new word).
bool is_glued(const Box& last, const Box& next) {
  return same_line(last, next) && std::abs(next.x0 - last.x1) < 0.3;
}

std::vector<GlyphRun> glyph_runs(const Document& doc, const Block& block, const Edit& e) {
  std::vector<GlyphRun> runs;
  for (const Anchor& a : block.anchors) {
    if (a.source != SourceKind::pdf_glyphs || a.end <= e.begin || a.begin >= e.end || a.length == 0) continue;
    const std::uint32_t g0 = e.begin <= a.begin ? a.offset : block.locate(e.begin).offset;
    const std::uint32_t g1 = e.end >= a.end ? a.offset + a.length : block.locate(e.end).offset;
    if (g1 <= g0) continue;
    GlyphRun r;
    r.page = static_cast<int>(a.part);
    r.first = a.box + (g0 - a.offset);
    r.count = g1 - g0;
    r.after = a.box + a.length;
    r.to_anchor_end = g1 == a.offset + a.length;
    if (static_cast<std::size_t>(r.first) + r.count > doc.glyph_boxes.size())
      throw Error(ErrorKind::usage, doc.path, "an edit's anchor points past the document's glyph boxes");
    runs.push_back(r);
  }
  return runs;
}

// The boxes of the word an edit ends inside, after the edit's end.
std::vector<Box> tail_boxes(const Document& doc, const Block& block, const Edit& e) {
  std::vector<Box> out;
  if (e.end >= block.text.size()) return out;
  for (const Anchor& a : block.anchors) {
    if (a.source != SourceKind::pdf_glyphs || !(a.begin < e.end && e.end < a.end)) continue;
    const std::uint32_t g = block.locate(e.end).offset;
    for (std::uint32_t k = g; k < a.offset + a.length; ++k) {
      const std::size_t index = a.box + (k - a.offset);
      if (index < doc.glyph_boxes.size()) out.push_back(doc.glyph_boxes[index]);
    }
  }
  return out;
}

std::vector<std::string> words_of(const std::string& s) {
  std::vector<std::string> out;
  std::string w;
  for (char c : s) {
    if (c == ' ') {
      if (!w.empty()) out.push_back(std::move(w));
      w.clear();
    } else {
      w += c;
    }
  }
  if (!w.empty()) out.push_back(std::move(w));
  return out;
}

}  // namespace

std::vector<std::string> share_out(const std::string& replacement, const std::vector<double>& widths,
                                   const std::vector<double>& heights) {
  std::vector<std::string> pieces(widths.size());
  if (widths.empty()) return pieces;
  if (widths.size() == 1) {
    pieces[0] = replacement;
    return pieces;
  }
  const std::vector<std::string> words = words_of(replacement);
  const double size = heights.front() * kEmPerBoxHeight;
  const double space = helvetica_width(std::string_view(" ")) * size;
  // The replacement laid out on one line: each word's middle decides its segment, the
  // segments' widths stretched alike when the replacement is longer than all of them.
  std::vector<double> mids;
  double x = 0;
  for (const std::string& w : words) {
    const double width = helvetica_width(to_win_ansi(w)) * size;
    mids.push_back(x + width / 2);
    x += width + space;
  }
  const double natural = std::max(0.0, x - space);
  double total = 0;
  for (double w : widths) total += std::max(0.0, w);
  const double stretch = total > 0 ? std::max(1.0, natural / total) : 1.0;
  std::size_t seg = 0;
  double end = std::max(0.0, widths[0]) * stretch;
  for (std::size_t i = 0; i < words.size(); ++i) {
    while (seg + 1 < widths.size() && mids[i] > end) end += std::max(0.0, widths[++seg]) * stretch;
    if (!pieces[seg].empty()) pieces[seg] += ' ';
    pieces[seg] += words[i];
  }
  return pieces;
}

std::map<int, std::vector<Segment>> edit_segments(const Document& doc, const std::vector<Edit>& edits) {
  std::map<int, std::vector<Segment>> out;
  for (std::size_t i = 0; i < edits.size(); ++i) {
    const Edit& e = edits[i];
    if (e.block >= doc.blocks.size() || e.begin > e.end || e.end > doc.blocks[e.block].text.size())
      throw Error(ErrorKind::usage, doc.path, fmt::format("edit {} lies outside its block", i));
    const Block& block = doc.blocks[e.block];
    const std::vector<GlyphRun> runs = glyph_runs(doc, block, e);
    if (runs.empty()) continue;

    // The boxes in text order, with line-end hyphens the reader dropped.
    std::vector<std::pair<int, Box>> boxes;
    for (std::size_t r = 0; r < runs.size(); ++r) {
      for (std::uint32_t k = 0; k < runs[r].count; ++k) boxes.emplace_back(runs[r].page, doc.glyph_boxes[runs[r].first + k]);
      if (r + 1 < runs.size() && runs[r].to_anchor_end && runs[r].after < doc.glyph_boxes.size()) {
        const Box& last = doc.glyph_boxes[runs[r].first + runs[r].count - 1];
        const Box& next_run = doc.glyph_boxes[runs[r + 1].first];
        const Box& after = doc.glyph_boxes[runs[r].after];
        const bool line_ends = runs[r + 1].page != runs[r].page || !same_line(last, next_run);
        if (line_ends && is_glued(last, after)) boxes.emplace_back(runs[r].page, after);
      }
    }

    std::vector<Segment> segs;
    for (const auto& [page, box] : boxes) {
      if (segs.empty() || segs.back().page != page || !same_line(segs.back().boxes.back(), box)) {
        Segment s;
        s.edit = i;
        s.page = page;
        s.extent = box;
        s.first = segs.empty();
        segs.push_back(std::move(s));
      }
      segs.back().boxes.push_back(box);
      segs.back().extent = unite(segs.back().extent, box);
    }
    segs.back().tail = tail_boxes(doc, block, e);

    std::vector<double> widths;
    std::vector<double> heights;
    for (const Segment& s : segs) {
      widths.push_back(s.extent.x1 - s.extent.x0);
      heights.push_back(height(s.extent));
    }
    std::vector<std::string> pieces = share_out(e.replacement, widths, heights);
    for (std::size_t k = 0; k < segs.size(); ++k) {
      segs[k].piece = std::move(pieces[k]);
      out[segs[k].page].push_back(std::move(segs[k]));
    }
  }
  return out;
}

}  // namespace dhr::write::pdf
