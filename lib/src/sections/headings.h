// Which blocks of a Document act as headings (internal).
//
// Reports mark headings in many ways: Word heading styles and PDF font sizes (the readers
// make those heading blocks), numbered lines ("1.3 Process of the Review"), and, in
// reports without styles, bold, upper-case or title-case lines standing alone. Lines
// that only look like headings are left out: lead-in sentences ("The Review Panel
// comprised the following post holders:"), label-value lines ("Author: Kathy McAteer",
// "Independent Chair and Author – Kam Sandhu"), item labels ("Recommendation No 1") and
// everything in a table of contents or before it (the cover page).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "dhr/document.h"

namespace dhr::sections {

struct Candidate {
  std::size_t block = 0;            // index into Document::blocks
  std::vector<std::string> stems;   // content stems of its text (words.h)
  int level = 0;                    // outline level when known (heading level, "1.2" -> 2); 0 unknown
};

// Whether one block, on its own, reads as a heading.
bool looks_like_heading(const Block& block);

// Blocks [begin, end) of the table of contents (a CONTENTS heading and the entries that
// follow it, which end in page numbers); begin == end when there is none.
struct Range {
  std::size_t begin = 0;
  std::size_t end = 0;
};
Range find_table_of_contents(const Document& doc);

// The heading candidates of the body, in document order: blocks that look like headings
// (or that the contents list names), outside the table of contents and the cover page.
std::vector<Candidate> heading_candidates(const Document& doc);

// Whether a heading of outline level `next_level` ends the section under a heading of
// `level` (0: unknown, as for bold or upper-case lines).
bool ends_section(int level, int next_level);

// Whether a block's words count as body text of a section (paragraphs, list items,
// table cells that a reader sees).
bool is_body_block(const Block& block);

}  // namespace dhr::sections
