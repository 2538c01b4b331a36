#include "detect/pattern_table.h"

namespace dhr::detect {

TableIndex::TableIndex(const Document& doc) : doc_(doc) {
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& b = doc.blocks[i];
    if (b.kind != BlockKind::table_cell || b.cell.table < 0) continue;
    // An empty cell labels nothing (a blank header row, a blank corner cell).
    if (b.text.find_first_not_of(" \t\n") == std::string::npos) continue;
    // Readers emit cells in reading order, but do not rely on it: keep the lowest col/row.
    auto keep_first = [&](std::map<std::pair<int, int>, std::size_t>& m, std::pair<int, int> key, int pos, bool by_col) {
      auto it = m.find(key);
      if (it == m.end()) {
        m.emplace(key, i);
        return;
      }
      const CellPosition& old = doc.blocks[it->second].cell;
      if (pos < (by_col ? old.col : old.row)) it->second = i;
    };
    keep_first(first_in_row_, {b.cell.table, b.cell.row}, b.cell.col, true);
    keep_first(first_in_col_, {b.cell.table, b.cell.col}, b.cell.row, false);
  }
}

std::vector<std::size_t> TableIndex::headers(std::size_t block) const {
  std::vector<std::size_t> out;
  if (block >= doc_.blocks.size()) return out;
  const Block& b = doc_.blocks[block];
  if (b.kind != BlockKind::table_cell || b.cell.table < 0) return out;
  if (auto it = first_in_row_.find({b.cell.table, b.cell.row}); it != first_in_row_.end() && it->second != block)
    out.push_back(it->second);
  if (auto it = first_in_col_.find({b.cell.table, b.cell.col}); it != first_in_col_.end() && it->second != block)
    out.push_back(it->second);
  return out;
}

std::vector<std::size_t> TableIndex::lines_above(std::size_t block) const {
  constexpr std::size_t kMaxLines = 3, kMaxBytes = 48;
  std::vector<std::size_t> out;
  if (block >= doc_.blocks.size() || doc_.blocks[block].kind == BlockKind::table_cell) return out;
  if (doc_.blocks[block].text.size() >= kMaxBytes) return out;
  for (std::size_t i = block; i > 0 && out.size() < kMaxLines;) {
    --i;
    const Block& b = doc_.blocks[i];
    if (repeats_other_text(b.kind) || b.text.empty()) continue;
    if (b.text.size() >= kMaxBytes || b.kind == BlockKind::table_cell) break;
    out.push_back(i);
  }
  return out;
}

}  // namespace dhr::detect
