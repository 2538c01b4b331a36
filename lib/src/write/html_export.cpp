#include <algorithm>
#include <string>
#include <vector>

#include "dhr/export.h"

namespace dhr {
namespace {

std::string numbered(const Block& b) { return b.number.empty() ? html_escape(b.text) : html_escape(b.number + " " + b.text); }

// Paragraph text with line breaks kept as <br>.
std::string with_breaks(std::string s) {
  std::string out;
  std::size_t pos = 0;
  while (true) {
    const std::size_t nl = s.find('\n', pos);
    out += s.substr(pos, nl == std::string::npos ? std::string::npos : nl - pos);
    if (nl == std::string::npos) return out;
    out += "<br>";
    pos = nl + 1;
  }
}

}  // namespace

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string to_html(const Document& doc, const std::string& title, const std::string& lang) {
  std::string out = "<!DOCTYPE html>\n<html lang=\"" + html_escape(lang) + "\">\n<head>\n<meta charset=\"utf-8\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + html_escape(title) +
         "</title>\n<style>body{font-family:sans-serif;max-width:50em;margin:2em auto;line-height:1.5;padding:0 1em}"
         "table{border-collapse:collapse}th,td{border:1px solid #888;padding:.3em .5em;vertical-align:top}"
         "aside{border-top:1px solid #888;margin-top:2em;font-size:.9em}</style>\n</head>\n<body>\n<main>\n";
  const auto& blocks = doc.blocks;
  std::vector<int> open_lists;  // depths of open <ul>
  auto close_lists = [&](int to_depth) {
    while (static_cast<int>(open_lists.size()) > to_depth) {
      out += "</li></ul>\n";
      open_lists.pop_back();
    }
  };
  for (std::size_t i = 0; i < blocks.size();) {
    const Block& b = blocks[i];
    if (b.kind != BlockKind::list_item) close_lists(0);
    switch (b.kind) {
      case BlockKind::heading: {
        const int level = std::clamp(b.level, 1, 6);
        out += "<h" + std::to_string(level) + ">" + numbered(b) + "</h" + std::to_string(level) + ">\n";
        ++i;
        break;
      }
      case BlockKind::paragraph:
      case BlockKind::text_box:
        out += "<p>" + with_breaks(numbered(b)) + "</p>\n";
        ++i;
        break;
      case BlockKind::list_item: {
        const int depth = std::max(b.level, 1);
        if (static_cast<int>(open_lists.size()) < depth) {
          while (static_cast<int>(open_lists.size()) < depth) {
            out += "<ul>\n<li>";
            open_lists.push_back(depth);
          }
        } else {
          close_lists(depth);
          out += "</li>\n<li>";
        }
        out += with_breaks(numbered(b));
        ++i;
        break;
      }
      case BlockKind::table_cell: {
        const int table = b.cell.table;
        out += "<table>\n";
        int row = -1;
        bool header_row = true;
        while (i < blocks.size() && blocks[i].kind == BlockKind::table_cell && blocks[i].cell.table == table) {
          const Block& c = blocks[i];
          if (c.cell.row != row) {
            if (row != -1) {
              out += "</tr>\n";
              header_row = false;
            }
            out += "<tr>";
            row = c.cell.row;
          }
          const char* tag = header_row ? "th" : "td";
          out += std::string("<") + tag + (header_row ? " scope=\"col\">" : ">") + with_breaks(html_escape(c.text)) +
                 "</" + tag + ">";
          ++i;
        }
        out += "</tr>\n</table>\n";
        break;
      }
      default:
        ++i;
        break;
    }
  }
  close_lists(0);
  bool notes = false;
  for (const Block& b : blocks) {
    if (b.kind != BlockKind::footnote) continue;
    if (!notes) {
      out += "<aside aria-label=\"Notes\">\n<h2>Notes</h2>\n<ol>\n";
      notes = true;
    }
    out += "<li>" + with_breaks(html_escape(b.text)) + "</li>\n";
  }
  if (notes) out += "</ol>\n</aside>\n";
  out += "</main>\n</body>\n</html>\n";
  return out;
}

}  // namespace dhr
