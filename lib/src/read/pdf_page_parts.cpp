#include "read/pdf_page_parts.h"

#include <cstdlib>
#include <string>

#include "read/block_builder.h"
#include "read/pdf_block_text.h"
#include "read/pdf_footnotes.h"

namespace dhr::read::pdf {
namespace {

void add_lines_block(std::vector<Block>& out, const Page& page, LineRole role, BlockKind kind) {
  BlockBuilder b(kind);
  LineWriter writer(b);
  for (const Line& l : page.lines)
    if (l.role == role) writer.append_line(page, l, 0);
  writer.flush();
  if (b.empty()) return;
  b.block().page = page.number;
  out.push_back(b.finish());
}

// Whether a footnote line starts a new note: its first word is a mark set as a
// superscript, or followed by a wide gap, or the number after the previous note's.
bool starts_note(const Page& page, const Line& l, const std::string& previous_mark) {
  const Word& first = page.words[l.words.front()];
  if (!is_note_mark(first.text) || l.words.size() < 2) return false;
  if (first.raised || previous_mark.empty()) return true;
  if (page.words[l.words[1]].box.x0 - first.box.x1 >= 0.5 * l.size) return true;
  return std::atoi(first.text.c_str()) == std::atoi(previous_mark.c_str()) + 1 && std::atoi(first.text.c_str()) > 0;
}

void add_footnotes(std::vector<Block>& out, const Page& page) {
  BlockBuilder b(BlockKind::footnote);
  LineWriter writer(b);
  std::string mark;
  auto finish = [&] {
    writer.flush();
    b.trim_end();
    if (!b.empty()) {
      b.block().page = page.number;
      b.block().name = mark;
      out.push_back(b.finish());
    }
    b = BlockBuilder(BlockKind::footnote);  // finish() leaves a paragraph builder behind
  };
  for (const Line& l : page.lines) {
    if (l.role != LineRole::footnote) continue;
    if (starts_note(page, l, mark)) {
      finish();
      mark = page.words[l.words.front()].text;
      writer.append_line(page, l, 1);
    } else {
      writer.append_line(page, l, 0);
    }
  }
  finish();
}

void add_rotated_text(std::vector<Block>& out, const Page& page) {
  BlockBuilder b(BlockKind::text_box);
  for (std::uint32_t i = 0; i < page.words.size(); ++i) {
    const Word& w = page.words[i];
    if (!w.rotated || w.empty()) continue;
    if (!b.empty()) b.append_synthetic(" ");
    b.append(w.text, SourceKind::pdf_glyphs, static_cast<std::uint32_t>(page.number), i, 0, w.glyphs, w.first_box);
  }
  if (b.empty()) return;
  b.block().page = page.number;
  out.push_back(b.finish());
}

}  // namespace

std::vector<Block> build_page_part_blocks(const std::vector<Page>& pages) {
  std::vector<Block> out;
  for (const Page& page : pages) {
    add_lines_block(out, page, LineRole::header, BlockKind::header);
    add_footnotes(out, page);
    add_lines_block(out, page, LineRole::footer, BlockKind::footer);
    add_rotated_text(out, page);
  }
  return out;
}

}  // namespace dhr::read::pdf
