// Header cells of tables (internal): which cell labels a value cell.
//
// Reports lay out facts about the subjects as tables, with the label either on the left
// ("Date of Birth | 11/06/1954 | 22/03/1981", seed 000; "Age (in May 2015) | 33 | 20",
// seed 002) or on top ("Name | Relationship | Age in January 2023"). A cell's headers
// are therefore the first cell of its row and the first cell of its column; detectors
// that read values by their label (dates of birth, ages) look at both.
#pragma once

#include <cstddef>
#include <map>
#include <tuple>
#include <vector>

#include "dhr/document.h"

namespace dhr::detect {

class TableIndex {
 public:
  explicit TableIndex(const Document& doc);

  // Block indexes of the row header and the column header of table cell `block`; a cell
  // that is itself the first of its row (or column) has no such header. Empty for
  // blocks that are not table cells.
  std::vector<std::size_t> headers(std::size_t block) const;

  // For a block that is not a table cell: the short blocks just before it, nearest first
  // (at most three, each under 48 bytes, stopping at the first longer one). A table read
  // as plain text often comes one cell per line - "Date of Birth" / "1954" / "1981" (seed
  // 001) - and then the label is one of these.
  std::vector<std::size_t> lines_above(std::size_t block) const;

 private:
  const Document& doc_;
  std::map<std::pair<int, int>, std::size_t> first_in_row_;  // (table, row) -> block
  std::map<std::pair<int, int>, std::size_t> first_in_col_;  // (table, col) -> block
};

}  // namespace dhr::detect
