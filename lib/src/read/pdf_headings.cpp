#include "read/pdf_headings.h"

#include <algorithm>
#include <cmath>

#include "read/pdf_line_start.h"

namespace dhr::read::pdf {
namespace {

// Visual prominence: bigger, then capitals, then bold.
bool more_prominent(const HeadingStyle& a, const HeadingStyle& b) {
  if (std::abs(a.size - b.size) > 0.05 * std::max(a.size, b.size)) return a.size > b.size;
  if (a.caps != b.caps) return a.caps;
  return a.bold && !b.bold;
}

bool same_style(const HeadingStyle& a, const HeadingStyle& b) { return !more_prominent(a, b) && !more_prominent(b, a); }

bool has_decimal_number(const Block& b) { return !b.number.empty() && is_decimal_label(b.number); }

// Numbers that say where in the section structure a block stands: a heading's number,
// or a paragraph number with at least two parts ("3.2"). A paragraph "1." is more often
// an item of a numbered list (agencies, recommendations) than section 1.
bool is_section_number(const Block& b) {
  return has_decimal_number(b) && (b.kind == BlockKind::heading || number_depth(b.number) >= 2);
}

}  // namespace

void assign_heading_levels(std::vector<Block>& blocks, const std::vector<std::optional<HeadingStyle>>& styles) {
  // Distinct heading styles by prominence, for the fallback.
  std::vector<HeadingStyle> ranked;
  for (const auto& s : styles)
    if (s && std::none_of(ranked.begin(), ranked.end(), [&](const HeadingStyle& r) { return same_style(r, *s); }))
      ranked.push_back(*s);
  std::sort(ranked.begin(), ranked.end(), more_prominent);

  // next_number[i]: the first section number after block i (one backward pass, so that
  // a document of nothing but headings stays linear).
  std::vector<const std::string*> next_number(blocks.size() + 1, nullptr);
  for (std::size_t i = blocks.size(); i-- > 0;)
    next_number[i] = i + 1 < blocks.size() && is_section_number(blocks[i + 1]) ? &blocks[i + 1].number : next_number[i + 1];

  const std::string* previous = nullptr;  // the last decimal number seen
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    Block& b = blocks[i];
    if (b.kind == BlockKind::heading) {
      if (has_decimal_number(b)) {
        b.level = number_depth(b.number);
      } else {
        const std::string* next = next_number[i];
        if (next != nullptr) {
          const int depth = number_depth(*next);
          const bool same_section = previous != nullptr && number_prefix(*previous) == number_prefix(*next);
          b.level = same_section ? depth : std::max(1, depth - 1);
        } else {
          // By size: one level per distinct heading size above this one; weight and
          // capitals only order headings of the same size.
          const HeadingStyle s = styles[i] ? *styles[i] : HeadingStyle{};
          int bigger = 0;
          double last = 0;
          for (const HeadingStyle& r : ranked)
            if (r.size > s.size * 1.05 && std::abs(r.size - last) > 0.05 * r.size) {
              ++bigger;
              last = r.size;
            }
          b.level = std::min(bigger, 8) + 1;
        }
      }
      b.level = std::clamp(b.level, 1, 9);
    }
    if (is_section_number(b)) previous = &b.number;
  }
}

}  // namespace dhr::read::pdf
