#include "read/pdf_paragraphs.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <optional>
#include <string_view>

#include "read/block_builder.h"
#include "read/pdf_block_text.h"
#include "read/pdf_body_style.h"
#include "read/pdf_headings.h"
#include "read/pdf_flow.h"
#include "read/pdf_line_start.h"

namespace dhr::read::pdf {

namespace {

class ParagraphBuilder {
 public:
  ParagraphBuilder(std::vector<FlowLine>& flow, const BodyStyle& body) : flow_(flow), body_(body) {}

  std::vector<Block> build() {
    for (std::size_t i = 0; i < flow_.size();) i = flow_[i].line->table >= 0 ? take_table(i) : (take(i), i + 1);
    flush();
    assign_heading_levels(blocks_, styles_);
    return std::move(blocks_);
  }

 private:
  struct Para {
    std::vector<std::size_t> lines;
    BlockKind kind = BlockKind::paragraph;
    std::string number;
    int level = 0;
    double first_left = 0;
    double cont_left = 0;      // where its continuation lines start
    double cont_col_left = 0;  // ... and the left edge of their column
    bool labelled = false;
  };

  bool big(const FlowLine& f) const { return f.size() >= 1.12 * body_.size; }
  bool heading_style(const FlowLine& f) const { return (big(f) && f.words <= 25) || ((f.bold || f.caps) && f.words <= 15); }

  bool same_style(const FlowLine& a, const FlowLine& b) const {
    if (!same_size(a.size(), b.size())) return false;
    if (a.caps != b.caps) return false;
    // Weight is only known where a font pass ran; a page without one says nothing.
    if (a.page->fonts_known && b.page->fonts_known && a.bold != b.bold) return false;
    return true;
  }

  // Whether the label a line starts with really is a paragraph number or bullet.
  bool accept_label(const FlowLine* prev, const FlowLine& cur) const {
    const LineStart& s = cur.start;
    if (!s.has_label()) return false;
    if (s.label_only) return s.kind != LabelKind::bullet;
    if (s.kind == LabelKind::bullet) return true;
    FlowLine whole = cur;  // the line read as plain text, label included
    whole.start = LineStart{};
    describe_text(whole);
    const bool prev_ended = prev == nullptr || !same_flow(*prev, cur) || prev->is_short() || ends_sentence(prev->last) ||
                            ended_early(*prev, whole) ||
                            !same_size(prev->size(), cur.size()) || gap_before(*prev, cur);
    if (s.kind == LabelKind::bare) {
      // "1 Introduction": a bare number only before a heading-like line or in the margin.
      FlowLine probe = cur;
      describe_text(probe);
      return (s.hanging && prev_ended) || (heading_style(probe) && prev_ended);
    }
    return s.hanging || prev_ended;
  }

  bool gap_before(const FlowLine& prev, const FlowLine& cur) const {
    const double pitch = cur.line->box.y0 - prev.line->box.y0;
    const double expected = body_.pitch * cur.size();
    return pitch > 1.3 * expected + 1.0 || pitch < 0.5 * cur.size();
  }

  bool continues(const FlowLine& prev, const FlowLine& cur) const {
    if (!same_style(prev, cur)) return false;
    const double em = cur.size();
    if (same_flow(prev, cur)) {
      if (gap_before(prev, cur)) return false;
      // The second line shows where the paragraph's lines start: under the text after
      // a hanging number, under the number itself ("1.1 Domestic ..." wrapping to the
      // margin), or left of a first-line indent.
      if (para_.lines.size() == 1) {
        const double label_x = flow_[para_.lines.front()].line->box.x0;
        const bool under_text = std::abs(cur.left - para_.first_left) <= 0.8 * em;
        const bool under_label = para_.labelled && std::abs(cur.left - label_x) <= 0.8 * em;
        const bool indent_back = !para_.labelled && cur.left < para_.first_left && para_.first_left - cur.left <= 4 * em;
        if (!under_text && !under_label && !indent_back) return false;
      } else {
        if (cur.left > para_.cont_left + 0.8 * em) return false;  // first-line indent, a quotation
        if (cur.left < para_.cont_left - 0.8 * em) return false;  // outdent
      }
      // A line broken where the next word would have fitted, after a full stop, ends its
      // paragraph; without one it is a line break inside the paragraph (a name split
      // over two lines by a manual break must stay in one block).
      if (ended_early(prev, cur) && ends_sentence(prev.last) && !starts_lower(cur.first)) return false;
      return true;
    }
    // Across a column or page break.
    if (para_.kind == BlockKind::heading) return false;
    if (starts_lower(cur.first)) return true;
    const double indent = cur.left - cur.col_left;
    const double cont_indent = para_.cont_left - para_.cont_col_left;
    const bool at_cont_indent = std::abs(indent - cont_indent) <= 0.8 * em;
    if (ended_early(prev, cur)) return false;
    if (ends_sentence(prev.last)) {
      // A sentence ending at the foot of a page may or may not end the paragraph. Only
      // when the paragraph hangs from its number (text indented past it, as every
      // numbered paragraph's lines are) does a line at that indent mean "continued":
      // new paragraphs there start at the number.
      const double label_x = flow_[para_.lines.front()].line->box.x0;
      const bool hanging = para_.labelled && para_.first_left > label_x + 0.8 * em;
      return hanging && at_cont_indent && cur.left > cur.col_left + 0.8 * em;
    }
    return at_cont_indent;
  }

  void take(std::size_t i) {
    FlowLine& cur = flow_[i];
    const FlowLine* prev = i > 0 ? &flow_[i - 1] : nullptr;
    const bool label = accept_label(prev, cur);
    if (!label) cur.start = LineStart{};
    describe_text(cur);
    if (label && cur.start.label_only) {
      flush();
      pending_number_ = cur.start.label;
      return;
    }
    if (open_ && !label && pending_number_.empty() && prev != nullptr && continues(*prev, cur)) {
      if (para_.lines.size() == 1) para_.cont_left = cur.left;
      if (!same_flow(*prev, cur)) {
        para_.cont_left = cur.left;
        para_.cont_col_left = cur.col_left;
      }
      para_.lines.push_back(i);
      return;
    }
    flush();
    start(i);
  }

  void start(std::size_t i) {
    const FlowLine& f = flow_[i];
    para_ = Para{};
    open_ = true;
    para_.lines.push_back(i);
    para_.first_left = para_.cont_left = f.left;
    para_.cont_col_left = f.col_left;
    const LabelKind kind = f.start.kind;
    para_.labelled = f.start.has_label();
    if (kind == LabelKind::bullet || kind == LabelKind::letter || kind == LabelKind::roman) {
      para_.kind = BlockKind::list_item;
      para_.number = f.start.label;
      para_.level = list_level(f.line->box.x0);
    } else {
      para_.number = f.start.label;
      list_indents_.clear();
    }
    if (para_.number.empty()) para_.number = std::move(pending_number_);
    pending_number_.clear();
  }

  // Emits the table starting at flow line i as table_cell blocks; returns the index of
  // the first line after it.
  std::size_t take_table(std::size_t i) {
    flush();
    pending_number_.clear();
    list_indents_.clear();
    struct Cell {
      BlockBuilder builder{BlockKind::table_cell};
      LineWriter writer{builder};
      int page = 0;
    };
    std::map<std::pair<int, int>, std::unique_ptr<Cell>> cells;  // (row, column), in order
    const FlowLine& first = flow_[i];
    std::size_t j = i;
    for (; j < flow_.size() && flow_[j].page == first.page && flow_[j].line->table == first.line->table; ++j) {
      const FlowLine& f = flow_[j];
      const Line& l = *f.line;
      for (std::size_t c = 0; c < l.cells.size(); ++c) {
        const std::size_t to = c + 1 < l.cells.size() ? l.cells[c + 1].first : l.words.size();
        auto& cell = cells[{l.table_row, l.cells[c].second}];
        if (!cell) {
          cell = std::make_unique<Cell>();
          cell->page = f.page->number;
        }
        cell->writer.append_words(*f.page, l, l.cells[c].first, to);
      }
    }
    for (auto& [position, cell] : cells) {
      cell->writer.flush();
      cell->builder.trim_end();
      if (cell->builder.empty()) continue;
      Block& b = cell->builder.block();
      b.page = cell->page;
      b.cell = CellPosition{table_index_, position.first, position.second};
      blocks_.push_back(cell->builder.finish());
      styles_.push_back(std::nullopt);
    }
    ++table_index_;
    open_ = false;
    return j;
  }

  // A one-line block under a section number ("1.45 June 2012", "3.2 Agency contact")
  // with a few words and no closing punctuation reads as a heading whatever its font:
  // numbered paragraphs run on. (A list's "1." is not a section number.)
  bool is_numbered_title(const Para& para, int words) const {
    if (para.lines.size() != 1 || !is_decimal_label(para.number) || number_depth(para.number) < 2 || words > 8)
      return false;
    return !ends_dangling(flow_[para.lines.front()].last);  // "1.3 The purpose of a DHR is to"
  }

  // Nesting of list items by the x of their label.
  int list_level(double x) {
    while (!list_indents_.empty() && list_indents_.back() > x + 3) list_indents_.pop_back();
    if (list_indents_.empty() || x > list_indents_.back() + 3) list_indents_.push_back(x);
    return static_cast<int>(list_indents_.size());
  }

  void flush() {
    if (!open_) return;
    open_ = false;
    const FlowLine& first = flow_[para_.lines.front()];
    BlockBuilder b(para_.kind);
    std::size_t word_count = 0;
    for (std::size_t k : para_.lines) word_count += flow_[k].line->words.size();
    b.block().anchors.reserve(2 * word_count);  // a word and a space each: no regrowth
    b.block().text.reserve(8 * word_count);
    LineWriter writer(b);
    int words = 0;
    bool heading_like = heading_style(first);
    bool all_bold = true;
    for (std::size_t k = 0; k < para_.lines.size(); ++k) {
      const FlowLine& f = flow_[para_.lines[k]];
      writer.append_line(*f.page, *f.line, f.start.first_text, f.start.skip_bytes, f.start.skip_glyphs);
      words += f.words;
      heading_like = heading_like && heading_style(f);
      all_bold = all_bold && f.bold;
    }
    writer.flush();
    b.trim_end();
    if (b.empty()) return;
    Block& block = b.block();
    block.number = para_.number;
    block.level = para_.level;
    block.page = first.page->number;
    block.bold = all_bold;
    block.font_size = static_cast<float>(first.size());  // box height; the reader rescales it to points

    std::optional<HeadingStyle> style;
    if (para_.kind != BlockKind::list_item &&
        ((heading_like && para_.lines.size() <= 3 && words <= 25) || is_numbered_title(para_, words))) {
      const std::string& t = block.text;
      const unsigned char c0 = static_cast<unsigned char>(t[0]);
      const char last = t.back();
      const bool sentence_end = last == '.' || last == ',' || last == ';' || last == ':';
      if ((heading_like && big(first)) || (!sentence_end && !is_lower(c0))) {
        block.kind = BlockKind::heading;
        style = HeadingStyle{first.size(), first.bold, first.caps};
      }
    }
    blocks_.push_back(b.finish());
    styles_.push_back(style);
  }

  std::vector<FlowLine>& flow_;
  const BodyStyle& body_;
  std::vector<Block> blocks_;
  std::vector<std::optional<HeadingStyle>> styles_;
  Para para_;
  bool open_ = false;
  std::string pending_number_;
  std::vector<double> list_indents_;
  int table_index_ = 0;
};

}  // namespace

BodyFlow::BodyFlow(const std::vector<Page>& pages, const BodyStyle& body) : lines_(flow_lines(pages)), body_(body) {}

BodyFlow::~BodyFlow() = default;

std::vector<Block> BodyFlow::build_blocks() { return ParagraphBuilder(lines_, body_).build(); }

std::vector<std::size_t> BodyFlow::pages_needing_fonts() const {
  // A heading told apart by weight alone is a short line standing on its own: not in a
  // table or a list, not the last line of a paragraph (the line before it ended), ended
  // on purpose (the next line's first word would have fitted), not ending like a
  // sentence, starting with a capital or a number.
  std::vector<std::size_t> out;
  const double pitch = body_.pitch * body_.size;
  for (std::size_t i = 0; i < lines_.size(); ++i) {
    FlowLine f = lines_[i];
    if (!out.empty() && out.back() == f.page_index) continue;
    if (f.line->table >= 0) continue;
    const LabelKind label = f.start.kind;
    if (label == LabelKind::bullet || label == LabelKind::letter || label == LabelKind::roman) continue;
    describe_text(f);
    if (!same_size(f.size(), body_.size) || f.words > 12 || f.caps || !f.is_short()) continue;
    if (f.last.empty() || ends_sentence(f.last) || f.last.back() == ',') continue;
    const unsigned char c = static_cast<unsigned char>(f.first.empty() ? ' ' : f.first[0]);
    if (!is_upper(c) && !(c >= '0' && c <= '9')) continue;
    // "1.45 June 2012" is a heading by its number already (is_numbered_title).
    if (f.start.kind == LabelKind::decimal && number_depth(f.start.label) >= 2 && f.words <= 8) continue;
    if (i > 0 && same_flow(lines_[i - 1], f)) {
      FlowLine prev = lines_[i - 1];
      describe_text(prev);
      const bool gap = f.line->box.y0 - prev.line->box.y0 > 1.3 * pitch + 1.0;
      if (!gap && !prev.is_short() && !ends_sentence(prev.last)) continue;  // a paragraph's last line
    }
    if (i + 1 < lines_.size() && same_flow(lines_[i + 1], f)) {
      FlowLine next = lines_[i + 1];
      describe_text(next);
      if (!ended_early(f, next)) continue;  // a wrapped line, not one ended on purpose
    }
    out.push_back(f.page_index);
  }
  return out;
}

}  // namespace dhr::read::pdf
