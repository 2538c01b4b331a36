#include "read/pdf_tables.h"

#include <algorithm>
#include <cmath>

#include "read/pdf_line_start.h"

namespace dhr::read::pdf {
namespace {

constexpr double kCellGap = 1.2;  // em

// Indexes (in line.words) where a new piece starts after a wide gap. A label or bullet
// at the start is not a piece of its own: "1.1<tab>text" is a hanging number.
// Once columns are known, a narrower gap will do before a word that starts exactly at a
// column: a cell filled almost to its edge ("Summary of Circumstances Leading   4").
std::vector<std::uint32_t> piece_starts(const Page& page, const Line& line, const std::vector<double>& columns = {}) {
  std::vector<std::uint32_t> out{0};
  const LineStart start = classify_line_start(page, line);
  const double em = line.size;
  for (std::uint32_t k = 1; k < line.words.size(); ++k) {
    if (k == start.first_text && start.has_label()) continue;
    const Word& a = page.words[line.words[k - 1]];
    const Word& b = page.words[line.words[k]];
    const double gap = b.box.x0 - a.box.x1;
    const bool at_column = columns.size() >= 2 && std::any_of(columns.begin() + 1, columns.end(), [&](double x) {
      return std::abs(b.box.x0 - x) <= 0.5 * em;
    });
    if (gap >= kCellGap * em || (at_column && gap >= 0.35 * em)) out.push_back(k);
  }
  return out;
}

struct Candidate {
  std::size_t line;  // index in page.lines
  std::vector<std::uint32_t> pieces;
};

// Column start positions used by at least `support` gapped lines, left to right.
std::vector<double> column_starts(const Page& page, const std::vector<Candidate>& region, double em, std::size_t support = 2) {
  std::vector<double> xs;
  for (const Candidate& c : region) {
    if (c.pieces.size() < 2) continue;
    const Line& l = page.lines[c.line];
    for (std::uint32_t k : c.pieces) xs.push_back(page.words[l.words[k]].box.x0);
  }
  std::sort(xs.begin(), xs.end());
  std::vector<double> starts;
  for (std::size_t i = 0; i < xs.size();) {
    std::size_t j = i;
    while (j + 1 < xs.size() && xs[j + 1] - xs[j] <= em) ++j;
    if (j - i + 1 >= support) starts.push_back(xs[i]);
    i = j + 1;
  }
  return starts;
}

int column_of(const std::vector<double>& starts, double x, double em) {
  int col = 0;
  for (std::size_t c = 0; c < starts.size(); ++c)
    if (x >= starts[c] - em) col = static_cast<int>(c);
  return col;
}

// Whether a line without gaps fits inside one column: a cell's continuation line.
bool fits_one_column(const Line& line, const std::vector<double>& starts, double em) {
  const int first = column_of(starts, line.box.x0, em);
  const double limit = first + 1 < static_cast<int>(starts.size()) ? starts[static_cast<std::size_t>(first) + 1] : 1e9;
  return line.box.x1 < limit - 0.5 * em;
}

}  // namespace

void mark_tables(Page& page, const BodyStyle& body) {
  int tables = 0;
  std::size_t i = 0;
  const std::size_t n = page.lines.size();
  while (i < n) {
    const Line& first = page.lines[i];
    if (first.role != LineRole::body) {
      ++i;
      continue;
    }
    std::vector<std::uint32_t> pieces = piece_starts(page, first);
    if (pieces.size() < 2) {
      ++i;
      continue;
    }
    const double em = first.size;
    const double max_pitch = 1.8 * body.pitch * std::max(body.size, em);
    // Grow the region while lines keep the table's rhythm.
    std::vector<Candidate> region{{i, pieces}};
    std::vector<double> starts;  // refreshed while the region is young, then now and then
    std::size_t j = i + 1;
    for (; j < n; ++j) {
      const Line& prev = page.lines[region.back().line];
      const Line& l = page.lines[j];
      if (l.role != LineRole::body || l.band != first.band || l.column != first.column) break;
      if (l.box.y0 - prev.box.y0 > max_pitch || l.box.y0 < prev.box.y0) break;
      // Until two lines agree on columns, the first line's pieces stand for them.
      if (region.size() < 16 || region.size() % 32 == 0) starts = column_starts(page, region, em);
      if (starts.size() < 2) {
        starts.clear();
        for (std::uint32_t k : pieces) starts.push_back(page.words[first.words[k]].box.x0);
      }
      std::vector<std::uint32_t> p = piece_starts(page, l, starts);
      if (p.size() < 2 && !fits_one_column(l, starts, em)) break;
      region.push_back({j, std::move(p)});
    }
    // A table ends with a gapped line or a continuation in a later column.
    starts = column_starts(page, region, em);
    while (region.size() > 1 && region.back().pieces.size() < 2 &&
           column_of(starts, page.lines[region.back().line].box.x0, em) == 0)
      region.pop_back();
    // Split again knowing the columns: a cell filled nearly to its edge leaves a gap
    // narrower than the first pass wanted ("22 October 2023  Children's social care").
    // First with every start seen once, then with those that two lines share.
    const std::vector<double> seen = column_starts(page, region, em, 1);
    for (Candidate& c : region) c.pieces = piece_starts(page, page.lines[c.line], seen);
    starts = column_starts(page, region, em);
    for (Candidate& c : region) c.pieces = piece_starts(page, page.lines[c.line], starts);
    int gapped = 0, aligned = 0, pieces_total = 0;
    for (const Candidate& c : region) {
      if (c.pieces.size() < 2) continue;
      ++gapped;
      const Line& l = page.lines[c.line];
      for (std::size_t k = 1; k < c.pieces.size(); ++k) {
        ++pieces_total;
        const double x = page.words[l.words[c.pieces[k]]].box.x0;
        if (std::any_of(starts.begin(), starts.end(), [&](double s) { return std::abs(s - x) <= em; })) ++aligned;
      }
    }
    if (gapped < 2 || starts.size() < 2 || aligned * 4 < pieces_total * 3) {
      i = std::max(i + 1, region.front().line + 1);
      continue;
    }
    // A header cell's first line may sit above the first gapped line ("BERNARD" over
    // "Name  O'CONNELL"): take in lines just above that fit in a later column.
    while (region.front().line > 0) {
      const std::size_t k = region.front().line - 1;
      const Line& above = page.lines[k];
      const Line& top = page.lines[region.front().line];
      if (above.role != LineRole::body || above.band != top.band || above.column != top.column || above.table >= 0) break;
      if (top.box.y0 - above.box.y0 > max_pitch || top.box.y0 < above.box.y0) break;
      if (piece_starts(page, above).size() > 1 || column_of(starts, above.box.x0, em) == 0 || !fits_one_column(above, starts, em))
        break;
      region.insert(region.begin(), Candidate{k, {0}});
    }
    // Rows: a gapped line starts one; a line holding one piece continues a cell of the
    // row above (a wrapped cell, in any column). Lines above the first gapped line
    // belong to its row.
    // Where cells have padding, rows sit further apart than the lines inside a cell,
    // and that decides: a wider step starts a row.
    double min_step = 1e9, max_step = 0;
    for (std::size_t k = 1; k < region.size(); ++k) {
      const double step = page.lines[region[k].line].box.y0 - page.lines[region[k - 1].line].box.y0;
      min_step = std::min(min_step, step);
      max_step = std::max(max_step, step);
    }
    const bool padded = max_step > 1.2 * min_step;
    int row = 0;
    bool seen_gapped = false;
    for (std::size_t k = 0; k < region.size(); ++k) {
      const Candidate& c = region[k];
      Line& l = page.lines[c.line];
      l.table = tables;
      l.cells.clear();
      for (std::uint32_t p : c.pieces) l.cells.emplace_back(p, column_of(starts, page.words[l.words[p]].box.x0, em));
      const bool gapped_line = c.pieces.size() >= 2;
      if (padded) {
        const double step = k == 0 ? 0 : l.box.y0 - page.lines[region[k - 1].line].box.y0;
        if (k > 0 && step > 1.2 * min_step && seen_gapped) ++row;
      } else if (gapped_line && seen_gapped) {
        ++row;
      }
      seen_gapped = seen_gapped || gapped_line;
      l.table_row = row;
    }
    ++tables;
    i = region.back().line + 1;
  }
}

}  // namespace dhr::read::pdf
