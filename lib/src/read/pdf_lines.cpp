#include "read/pdf_lines.h"

#include <algorithm>
#include <optional>

#include "read/pdf_columns.h"

namespace dhr::read::pdf {
namespace {

double overlap(double a0, double a1, double b0, double b1) { return std::min(a1, b1) - std::max(a0, b0); }

// Rows of words, top to bottom, each left to right.
std::vector<Row> group_rows(const Page& page) {
  std::vector<std::uint32_t> order;
  order.reserve(page.words.size());
  for (std::uint32_t i = 0; i < page.words.size(); ++i)
    if (!page.words[i].empty() && !page.words[i].rotated && page.words[i].height() > 0) order.push_back(i);
  auto centre = [&](std::uint32_t i) { return (page.words[i].box.y0 + page.words[i].box.y1) / 2; };
  std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return centre(a) < centre(b); });

  struct Open {
    Row row;
    double core0, core1;  // the extent of the row's first word: rows never grow by chaining
  };
  std::vector<Open> rows;
  for (std::uint32_t i : order) {
    const Box& b = page.words[i].box;
    Open* target = nullptr;
    double best = 0;
    // Words come by increasing centre, so only the last few rows can still match.
    for (std::size_t k = rows.size(); k-- > 0 && k + 8 >= rows.size();) {
      Open& r = rows[k];
      const double need = 0.5 * std::min(b.y1 - b.y0, r.core1 - r.core0);
      const double o = overlap(b.y0, b.y1, r.core0, r.core1);
      if (o >= need && o > best) {
        best = o;
        target = &r;
      }
    }
    if (target == nullptr) {
      rows.push_back(Open{Row{{}, b}, b.y0, b.y1});
      target = &rows.back();
    }
    target->row.words.push_back(i);
  }
  std::vector<Row> out;
  out.reserve(rows.size());
  for (Open& r : rows) {
    auto& w = r.row.words;
    std::sort(w.begin(), w.end(), [&](std::uint32_t a, std::uint32_t b) { return page.words[a].box.x0 < page.words[b].box.x0; });
    Box box = page.words[w.front()].box;
    for (std::uint32_t i : w) {
      const Box& b = page.words[i].box;
      box = Box{std::min(box.x0, b.x0), std::min(box.y0, b.y0), std::max(box.x1, b.x1), std::max(box.y1, b.y1)};
    }
    r.row.box = box;
    out.push_back(std::move(r.row));
  }
  std::stable_sort(out.begin(), out.end(), [](const Row& a, const Row& b) { return a.box.y0 < b.box.y0; });
  return out;
}

// The size of most of the line's glyphs: the glyph-weighted median word height.
double dominant_height(const Page& page, const std::vector<std::uint32_t>& words) {
  std::vector<std::pair<double, std::uint32_t>> h;
  std::uint32_t total = 0;
  for (std::uint32_t i : words) {
    const std::uint32_t weight = std::max<std::uint32_t>(1, page.words[i].glyphs);
    h.emplace_back(page.words[i].height(), weight);
    total += weight;
  }
  std::sort(h.begin(), h.end());
  std::uint32_t seen = 0;
  for (const auto& [height, weight] : h) {
    seen += weight;
    if (2 * seen >= total) return height;
  }
  return h.empty() ? 0 : h.back().first;
}

Line make_line(Page& page, std::vector<std::uint32_t> words, int band, int column) {
  Line line;
  line.band = band;
  line.column = column;
  line.size = dominant_height(page, words);
  // Superscripts (footnote marks, ordinals): clearly smaller than the line's full-size
  // words and sitting above their middle.
  double lo = 1e9, hi = -1e9;
  for (std::uint32_t j : words)
    if (page.words[j].height() >= 0.8 * line.size) {
      lo = std::min(lo, page.words[j].box.y0);
      hi = std::max(hi, page.words[j].box.y1);
    }
  double top = 1e9, bottom = -1e9;
  for (std::uint32_t i : words) {
    Word& w = page.words[i];
    const double mid = (w.box.y0 + w.box.y1) / 2;
    w.raised = w.height() < 0.8 * line.size && lo < hi && mid < (lo + hi) / 2 - 0.1 * line.size;
    if (!w.raised) {
      top = std::min(top, w.box.y0);
      bottom = std::max(bottom, w.box.y1);
    }
  }
  line.box = Box{page.words[words.front()].box.x0, top, 0, bottom};
  for (std::uint32_t i : words) line.box.x1 = std::max(line.box.x1, page.words[i].box.x1);
  if (top > bottom) line.box.y0 = line.box.y1 = page.words[words.front()].box.y0;
  line.words = std::move(words);
  return line;
}

// Lines of one band and column share a left and right edge.
void set_column_extents(Page& page) {
  for (Line& a : page.lines) {
    a.col_left = a.box.x0;
    a.col_right = a.box.x1;
  }
  for (std::size_t i = 0; i < page.lines.size();) {
    std::size_t j = i;
    double left = 1e9, right = -1e9;
    for (; j < page.lines.size() && page.lines[j].band == page.lines[i].band && page.lines[j].column == page.lines[i].column; ++j) {
      left = std::min(left, page.lines[j].box.x0);
      right = std::max(right, page.lines[j].box.x1);
    }
    for (std::size_t k = i; k < j; ++k) {
      page.lines[k].col_left = left;
      page.lines[k].col_right = right;
    }
    i = j;
  }
}

}  // namespace

void layout_lines(Page& page) {
  page.lines.clear();
  const std::vector<Row> rows = group_rows(page);
  const std::optional<double> gutter = find_gutter(page, rows);
  // Bands alternate between full width and two columns; a band number changes only
  // when the mode does.
  int band = 0;
  bool last_was_columns = false;
  std::size_t r = 0;
  while (r < rows.size()) {
    const bool in_columns = gutter && !row_crosses(page, rows[r], *gutter, 0);
    if (r > 0 && in_columns != last_was_columns) ++band;
    last_was_columns = in_columns;
    if (!in_columns) {
      page.lines.push_back(make_line(page, rows[r].words, band, 0));
      ++r;
      continue;
    }
    // A run of rows that keep clear of the gutter: left halves first, then right ones.
    std::vector<Line> left, right;
    for (; r < rows.size() && !row_crosses(page, rows[r], *gutter, 0); ++r) {
      std::vector<std::uint32_t> l, rt;
      for (std::uint32_t i : rows[r].words) (page.words[i].box.x1 <= *gutter ? l : rt).push_back(i);
      if (!l.empty()) left.push_back(make_line(page, std::move(l), band, 0));
      if (!rt.empty()) right.push_back(make_line(page, std::move(rt), band, 1));
    }
    for (Line& l : left) page.lines.push_back(std::move(l));
    for (Line& l : right) page.lines.push_back(std::move(l));
  }
  set_column_extents(page);
}

std::string line_text(const Page& page, const Line& line) {
  std::string s;
  for (std::uint32_t i : line.words) {
    if (!s.empty()) s += ' ';
    s += page.words[i].text;
  }
  return s;
}

}  // namespace dhr::read::pdf
