#include "read/pdf_running_headers.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <map>
#include <set>

#include "read/pdf_lines.h"

namespace dhr::read::pdf {
namespace {

// Margins: the top and bottom 13% of the page (LibreOffice and Word put headers and
// footers well inside this), and at most the three outermost lines in each.
constexpr double kMarginShare = 0.13;
constexpr std::size_t kMaxMarginLines = 3;

enum class Margin { top, bottom };

struct Candidate {
  std::size_t line;
  Margin margin;
  std::string key;
};

std::vector<Candidate> margin_lines(const Page& page) {
  std::vector<std::size_t> by_top(page.lines.size());
  for (std::size_t i = 0; i < by_top.size(); ++i) by_top[i] = i;
  std::sort(by_top.begin(), by_top.end(), [&](std::size_t a, std::size_t b) { return page.lines[a].box.y0 < page.lines[b].box.y0; });
  std::vector<Candidate> out;
  std::set<std::size_t> taken;
  for (std::size_t k = 0; k < by_top.size() && k < kMaxMarginLines; ++k) {
    const Line& l = page.lines[by_top[k]];
    if (l.box.y1 > kMarginShare * page.height) break;
    out.push_back({by_top[k], Margin::top, furniture_key(line_text(page, l))});
    taken.insert(by_top[k]);
  }
  for (std::size_t k = 0; k < by_top.size() && k < kMaxMarginLines; ++k) {
    const std::size_t i = by_top[by_top.size() - 1 - k];
    const Line& l = page.lines[i];
    if (l.box.y0 < (1 - kMarginShare) * page.height || taken.count(i)) break;
    out.push_back({i, Margin::bottom, furniture_key(line_text(page, l))});
  }
  return out;
}

// The value of a margin line that is a lone number.
long lone_number(const Page& page, std::size_t line) {
  const Line& l = page.lines[line];
  return std::atol(page.words[l.words.front()].text.c_str());
}

}  // namespace

std::string furniture_key(const std::string& text) {
  std::string key;
  bool space = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (std::isspace(c)) {
      space = !key.empty();
      continue;
    }
    if (space) key += ' ';
    space = false;
    if (std::isdigit(c)) {
      key += '#';
      while (i + 1 < text.size() && std::isdigit(static_cast<unsigned char>(text[i + 1]))) ++i;
    } else {
      key += static_cast<char>(std::tolower(c));
    }
  }
  return key;
}

bool is_page_number_key(const std::string& key) {
  static const std::set<std::string> shapes = {
      "#", "page #", "page # of #", "# of #", "#/#", "# / #", "- # -", "-#-", "– # –", "[#]", "(#)", "p. #", "pg #", "page: #",
  };
  if (shapes.count(key)) return true;
  // Roman page numbers of front matter: "iv", "Page ii".
  std::string s = key.starts_with("page ") ? key.substr(5) : key;
  return !s.empty() && s.size() <= 6 && s.find_first_not_of("ivxlc") == std::string::npos;
}

void mark_running_headers(std::vector<Page>& pages) {
  std::vector<std::vector<Candidate>> candidates(pages.size());
  std::map<std::pair<int, std::string>, std::set<int>> pages_with;  // (margin, key) -> pages
  int pages_with_text = 0;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    candidates[p] = margin_lines(pages[p]);
    if (!pages[p].lines.empty()) ++pages_with_text;
    for (const Candidate& c : candidates[p]) pages_with[{static_cast<int>(c.margin), c.key}].insert(static_cast<int>(p));
  }
  const std::size_t needed = std::max<std::size_t>(2, static_cast<std::size_t>(0.3 * pages_with_text + 0.999));
  // A lone number in a margin is a page number when it runs with the pages: its offset
  // from the page's index is the one most lone numbers share (a cover page shifts it).
  // "2005" closing a footnote near the bottom edge is not.
  std::map<long, int> offsets;
  for (std::size_t p = 0; p < pages.size(); ++p)
    for (const Candidate& c : candidates[p])
      if (c.key == "#") offsets[lone_number(pages[p], c.line) - static_cast<long>(p)]++;
  long usual_offset = 0;
  int most = 0;
  for (const auto& [offset, n] : offsets)
    if (n > most) most = n, usual_offset = offset;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    for (const Candidate& c : candidates[p]) {
      // A bare number "recurs" on every page by construction; only its value tells.
      const bool repeats = c.key != "#" && pages_with[{static_cast<int>(c.margin), c.key}].size() >= needed;
      bool page_number = is_page_number_key(c.key);
      if (c.key == "#") {
        const long offset = lone_number(pages[p], c.line) - static_cast<long>(p);
        page_number = offset == usual_offset || std::abs(offset) <= 2;
      }
      if (!repeats && !page_number) continue;
      pages[p].lines[c.line].role = c.margin == Margin::top ? LineRole::header : LineRole::footer;
    }
  }
}

}  // namespace dhr::read::pdf
