#include "read/pdf_footnotes.h"

#include <algorithm>
#include <set>

namespace dhr::read::pdf {
namespace {

// Footnotes are set at most ~90% of the body size (Word: 10 on 12, 8 on 11; LibreOffice
// 9 on 10.5).
constexpr double kSmall = 0.92;

// Marks that Word sets as superscript at the start of the note ("¹Natasha was ...")
// arrive glued to the first word; this returns the mark part of a first word, if any.
std::string leading_mark(const Page& page, const Line& line) {
  const Word& first = page.words[line.words.front()];
  if (is_note_mark(first.text)) return first.text;
  return {};
}

}  // namespace

bool is_note_mark(const std::string& t) {
  if (t.empty() || t.size() > 6) return false;
  if (std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; })) return t.size() <= 3;
  if (t.find_first_not_of("ivxl") == std::string::npos) return true;
  return t == "*" || t == "**" || t == "\xE2\x80\xA0" /* † */ || t == "\xE2\x80\xA1" /* ‡ */ || t == "\xC2\xA7" /* § */;
}

void mark_footnotes(std::vector<Page>& pages, const BodyStyle& body) {
  // Reference marks used anywhere in the body (endnotes), and on each page (footnotes).
  std::set<std::string> marks;
  std::vector<std::set<std::string>> page_marks(pages.size());
  for (std::size_t p = 0; p < pages.size(); ++p)
    for (const Line& line : pages[p].lines)
      for (std::uint32_t i : line.words)
        if (pages[p].words[i].raised && is_note_mark(pages[p].words[i].text)) {
          marks.insert(pages[p].words[i].text);
          page_marks[p].insert(pages[p].words[i].text);
        }
  if (marks.empty()) return;

  for (std::size_t p = 0; p < pages.size(); ++p) {
    Page& page = pages[p];
    // Body lines top to bottom.
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < page.lines.size(); ++i)
      if (page.lines[i].role == LineRole::body) order.push_back(i);
    if (order.empty()) continue;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return page.lines[a].box.y0 < page.lines[b].box.y0; });
    auto line = [&](std::size_t k) -> const Line& { return page.lines[order[k]]; };

    // Notes in small print: the trailing run of small lines.
    std::size_t start = order.size();
    while (start > 0 && line(start - 1).size < kSmall * body.size) --start;
    const std::set<std::string>* known = &marks;
    if (start == order.size()) {
      // Notes at body size (some templates): the topmost line below the first quarter of
      // the page that starts with a mark referenced on this very page and starts a block.
      const std::set<std::string>& here = page_marks[p];
      if (here.empty()) continue;
      const double pitch = body.pitch * body.size;
      for (std::size_t k = 1; k < order.size(); ++k) {
        if (line(k).box.y0 < 0.25 * page.height || !here.count(leading_mark(page, line(k)))) continue;
        // The line must start a block: after a gap, or after a line that stops short;
        // in the upper half of the page (a long note), only after a wide gap.
        const Line& above = line(k - 1);
        const double gap = line(k).box.y0 - above.box.y0;
        const bool short_above = above.box.x1 < above.col_right - 0.15 * (above.col_right - above.col_left);
        if (line(k).box.y0 < 0.5 * page.height ? gap < 2.5 * pitch : (gap < 1.2 * pitch && !short_above)) continue;
        start = k;
        break;
      }
      known = &here;
    }
    // The notes begin at the first line of the run that starts with a known mark.
    while (start < order.size() && !known->count(leading_mark(page, line(start)))) ++start;
    for (std::size_t k = start; k < order.size(); ++k) page.lines[order[k]].role = LineRole::footnote;
  }
}

}  // namespace dhr::read::pdf
