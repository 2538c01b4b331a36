#include <algorithm>
#include <string>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "dhr/export.h"

namespace dhr {
namespace {

// Blocks that make up the body in Markdown; everything else goes after the rule.
bool is_body(BlockKind kind) {
  return kind == BlockKind::heading || kind == BlockKind::paragraph || kind == BlockKind::list_item ||
         kind == BlockKind::table_cell;
}

std::string numbered(const Block& b) { return b.number.empty() ? b.text : b.number + " " + b.text; }

bool same_row(const Block& a, const Block& b) {
  return a.kind == BlockKind::table_cell && b.kind == BlockKind::table_cell && a.cell.table == b.cell.table &&
         a.cell.row == b.cell.row;
}

bool same_table(const Block& a, const Block& b) {
  return a.kind == BlockKind::table_cell && b.kind == BlockKind::table_cell && a.cell.table == b.cell.table;
}

// Cells of one table, grouped into rows (cells missing from a row stay empty).
template <typename Emit>
std::size_t for_each_row(const std::vector<Block>& blocks, std::size_t i, Emit emit) {
  const Block& first = blocks[i];
  std::size_t j = i;
  while (j < blocks.size() && same_table(first, blocks[j])) {
    std::vector<std::string> cells;
    const Block& row_start = blocks[j];
    while (j < blocks.size() && same_row(row_start, blocks[j])) {
      const int col = blocks[j].cell.col;
      if (col >= 0 && static_cast<std::size_t>(col) >= cells.size()) cells.resize(static_cast<std::size_t>(col) + 1);
      cells[col >= 0 ? static_cast<std::size_t>(col) : cells.size() - 1] = blocks[j].text;
      ++j;
    }
    emit(cells, row_start.cell.row);
  }
  return j;
}

std::string escape_pipes(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '|') out += '\\';
    out += c == '\n' ? ' ' : c;
  }
  return out;
}

}  // namespace

std::string to_text(const Document& doc) {
  std::string out;
  const auto& blocks = doc.blocks;
  for (std::size_t i = 0; i < blocks.size();) {
    const Block& b = blocks[i];
    if (!is_visible(b.kind)) {
      ++i;
      continue;
    }
    if (b.kind == BlockKind::table_cell) {
      i = for_each_row(blocks, i, [&](const std::vector<std::string>& cells, int) {
        for (std::size_t c = 0; c < cells.size(); ++c) out += (c ? "\t" : "") + cells[c];
        out += '\n';
      });
      out += '\n';
      continue;
    }
    out += numbered(b);
    out += "\n\n";
    ++i;
  }
  return out;
}

std::string to_markdown(const Document& doc) {
  std::string out;
  const auto& blocks = doc.blocks;
  for (std::size_t i = 0; i < blocks.size();) {
    const Block& b = blocks[i];
    if (!is_body(b.kind)) {
      ++i;
      continue;
    }
    switch (b.kind) {
      case BlockKind::heading:
        out += std::string(static_cast<std::size_t>(std::clamp(b.level, 1, 6)), '#') + " " + numbered(b) + "\n\n";
        ++i;
        break;
      case BlockKind::list_item:
        out += std::string(static_cast<std::size_t>(std::max(b.level - 1, 0)) * 2, ' ');
        out += (b.number.empty() ? "- " + b.text : b.number + " " + b.text) + "\n";
        ++i;
        if (i >= blocks.size() || blocks[i].kind != BlockKind::list_item) out += '\n';
        break;
      case BlockKind::table_cell: {
        bool first_row = true;
        i = for_each_row(blocks, i, [&](const std::vector<std::string>& cells, int) {
          out += '|';
          for (const auto& c : cells) out += " " + escape_pipes(c) + " |";
          out += '\n';
          // Markdown tables need a rule after their first (header) row.
          if (first_row) {
            out += '|';
            for (std::size_t c = 0; c < cells.size(); ++c) out += " --- |";
            out += '\n';
            first_row = false;
          }
        });
        out += '\n';
        break;
      }
      default:
        out += numbered(b) + "\n\n";
        ++i;
        break;
    }
  }
  bool rule = false;
  for (const Block& b : blocks) {
    if (is_body(b.kind)) continue;
    if (!rule) {
      out += "---\n\n";
      rule = true;
    }
    std::string label = to_string(b.kind);
    if (!b.name.empty()) label += " (" + b.name + ")";
    if (b.page > 0) label += fmt::format(", page {}", b.page);
    out += "**" + label + "**: " + numbered(b) + "\n\n";
  }
  return out;
}

std::string to_json(const Document& doc, const JsonOptions& options) {
  // ordered_json keeps keys in the documented order: file, format, pages, metadata, blocks.
  using json = nlohmann::ordered_json;
  json j;
  j["file"] = doc.path;
  j["format"] = to_string(doc.format);
  j["pages"] = doc.pages;
  json meta = json::object();
  for (const auto& [k, v] : doc.metadata) meta[k] = v;
  j["metadata"] = meta;
  json blocks = json::array();
  for (const Block& b : doc.blocks) {
    json o;
    o["kind"] = to_string(b.kind);
    o["level"] = b.level;
    o["number"] = b.number;
    o["page"] = b.page;
    o["text"] = b.text;
    if (!b.name.empty()) o["name"] = b.name;
    if (b.kind == BlockKind::table_cell) o["cell"] = {{"table", b.cell.table}, {"row", b.cell.row}, {"col", b.cell.col}};
    if (b.bold) o["bold"] = true;
    if (b.hidden) o["hidden"] = true;
    if (options.anchors) {
      json anchors = json::array();
      for (const Anchor& a : b.anchors) {
        json ja = {{"begin", a.begin}, {"end", a.end}, {"source", to_string(a.source)}};
        if (a.source != SourceKind::synthetic) {
          ja["part"] = a.part;
          ja["node"] = a.node;
          ja["offset"] = a.offset;
          ja["length"] = a.length;
        }
        anchors.push_back(std::move(ja));
      }
      o["anchors"] = std::move(anchors);
    }
    blocks.push_back(std::move(o));
  }
  j["blocks"] = std::move(blocks);
  if (options.anchors && !doc.parts.empty()) j["parts"] = doc.parts;
  // Text from a source may not be valid UTF-8 in corner cases; never throw on output.
  return j.dump(options.indent, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace dhr
