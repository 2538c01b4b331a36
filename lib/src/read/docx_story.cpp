#include "read/docx_story.h"

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <string_view>
#include <utility>

#include "read/block_builder.h"
#include "read/docx_carriers.h"
#include "read/docx_numbering.h"
#include "read/docx_package.h"
#include "read/docx_styles.h"
#include "read/docx_xml.h"
#include "text/utf8.h"

namespace dhr::read::docx {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool has_visible_char(std::string_view s) {
  for (char c : s)
    if (!is_space(c)) return true;
  return false;
}

// Property elements (w:pPr, w:rPr, w:sectPr, w:tblPr, a:bodyPr ...) hold formatting, not
// text; the few readable strings in them (a content control's title, an author in
// w:rPrChange) are carriers that the reader places from the carrier list instead.
bool is_property_element(std::string_view local) {
  return local.ends_with("Pr") || local.ends_with("PrEx") || local.ends_with("PrChange");
}

int int_value(const pugi::xml_attribute& a, int fallback) {
  if (!a) return fallback;
  char* end = nullptr;
  const long v = std::strtol(a.value(), &end, 10);
  return end == a.value() ? fallback : static_cast<int>(v);
}

// The field type: the first word of its code, upper-cased ("MERGEFIELD", "HYPERLINK").
std::string field_name(std::string_view code) {
  std::size_t i = 0;
  while (i < code.size() && is_space(code[i])) ++i;
  std::size_t j = i;
  while (j < code.size() && !is_space(code[j])) ++j;
  std::string name(code.substr(i, j - i));
  for (char& c : name)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return name;
}

// Toggle properties (bold, hidden): direct formatting wins; otherwise a character style
// toggles what the paragraph style (or the document default) says (ECMA-376 17.7.3).
bool resolve_toggle(const std::optional<bool>& direct, const std::optional<bool>& character,
                    const std::optional<bool>& paragraph, const std::optional<bool>& defaults) {
  if (direct) return *direct;
  const bool base = paragraph ? *paragraph : defaults.value_or(false);
  return character ? base != *character : base;
}

}  // namespace

class StoryReader::Walk {
 public:
  Walk(const StoryContext& context, std::vector<Block>& out, int& next_table_index)
      : ctx_(context), out_(out), next_table_index_(next_table_index) {}

  // A container collects blocks: a story (one block per paragraph) or a joined block (a
  // cell, text box, note or comment: its paragraphs become one block).
  void push_story(BlockKind kind, const std::string& name, bool body) {
    Container c;
    c.joined = false;
    c.kind = kind;
    c.name = name;
    c.body = body;
    containers_.push_back(std::move(c));
  }
  void push_joined(BlockKind kind, const std::string& name, pugi::xml_node owner, CellPosition cell = {}) {
    Container c;
    c.joined = true;
    c.kind = kind;
    c.name = name;
    c.owner = owner;
    c.cell = cell;
    c.builder.block().kind = kind;
    containers_.push_back(std::move(c));
  }

  void run(pugi::xml_node root) {
    ElementWalker walk(root);
    while (walk.next()) {
      if (walk.entering()) enter(walk);
      else leave(walk);
    }
  }

  // Ends everything still open (a field never ended, a story without paragraphs).
  void finish() {
    end_implicit_paragraph();
    while (!fields_.empty()) {
      if (!fields_.back().emitted) emit_field(fields_.back());
      fields_.pop_back();
    }
    while (!containers_.empty()) {
      if (containers_.back().joined) end_joined();
      else containers_.pop_back();
    }
  }

 private:
  struct Container {
    bool joined = false;
    bool body = false;  // the document body: paragraph kinds come from styles
    BlockKind kind = BlockKind::paragraph;
    std::string name;
    CellPosition cell;
    pugi::xml_node owner;     // the element whose end ends this container
    BlockBuilder builder;     // joined containers: the text so far
    std::vector<Block> after; // blocks that follow this container's block
  };

  struct RunState {
    bool bold = false;
    bool hidden = false;
  };

  struct Paragraph {
    std::size_t container = 0;
    bool implicit = false;    // made up for text found outside any paragraph
    BlockBuilder own;         // story containers: this paragraph's block
    bool started = false;     // visible text added (joined: separator and label written)
    BlockKind kind = BlockKind::paragraph;
    int level = 0;
    std::string label;
    bool has_label = false;
    RunFlags style_flags;     // from the paragraph style chain
    RunState base_run;        // formatting of text outside runs
    RunState run;             // the current run's formatting
    bool all_bold = true;
    bool any_visible = false;
    BlockBuilder inserted, deleted, hidden;  // open segments of tracked / hidden text
    std::string inserted_author, deleted_author;
    std::vector<Block> after;
    std::vector<std::string> alt_seen;       // alt text already emitted for this paragraph
  };

  struct Field {
    bool simple = false;      // w:fldSimple: its code is an attribute, its content the result
    bool result = false;      // past w:fldChar separate: text is the visible result
    bool emitted = false;
    BlockBuilder code;
  };

  struct Table {
    bool cells = false;  // its cells become table_cell blocks (a top-level body table)
    int index = -1;
    int row = -1;
    int col = 0;
  };

  // ---- events ------------------------------------------------------------------------

  void enter(ElementWalker& walk) {
    const QName& n = walk.name();
    switch (n.ns) {
      case Ns::w: enter_w(walk, n.local); break;
      case Ns::a:
        if (n.local == "t") text(walk, false);
        else if (n.local == "p") begin_paragraph(walk, false);
        else if (n.local == "br") synthetic("\n");
        else if (n.local == "txBody") push_joined(BlockKind::text_box, {}, walk.node());
        else if (is_property_element(n.local)) walk.skip_children();
        break;
      case Ns::m:
        if (n.local == "t") text(walk, false);
        break;
      case Ns::mc:
        if (n.local == "AlternateContent") {
          choice_taken_.push_back(false);
        } else if (n.local == "Choice") {
          // Read the first Choice only: Word keeps the same content again in the Fallback
          // (as VML for old readers). The writer must scrub that copy too.
          if (choice_taken_.empty() || choice_taken_.back()) walk.skip_children();
          else choice_taken_.back() = true;
        } else if (n.local == "Fallback") {
          if (choice_taken_.empty() || choice_taken_.back()) walk.skip_children();
        }
        break;
      case Ns::v:
        alt_text(walk);
        break;
      default:
        if (n.is(Ns::wp, "docPr") || (n.local == "cNvPr" && n.ns != Ns::none)) alt_text(walk);
        break;
    }
  }

  void enter_w(ElementWalker& walk, std::string_view local) {
    if (local == "t" || local == "delText") return text(walk, local == "delText");
    if (local == "r") return begin_run(walk);
    if (local == "p") return begin_paragraph(walk, true);
    if (local == "tab" || local == "ptab") return synthetic("\t");
    if (local == "br" || local == "cr") return synthetic("\n");
    if (local == "noBreakHyphen") return synthetic("-");
    if (local == "instrText" || local == "delInstrText") return field_code(walk);
    if (local == "fldChar") return field_char(walk);
    if (local == "fldSimple") return begin_simple_field(walk);
    if (local == "hyperlink") return hyperlink(walk);
    if (local == "ins" || local == "moveTo") {
      insertions_.push_back(walk.attribute(Ns::w, "author").value());
      return;
    }
    if (local == "del" || local == "moveFrom") {
      deletions_.push_back(walk.attribute(Ns::w, "author").value());
      return;
    }
    if (local == "tbl") return begin_table();
    if (local == "tr") return begin_row(walk);
    if (local == "tc") return begin_cell(walk);
    if (local == "txbxContent") return push_joined(BlockKind::text_box, {}, walk.node());
    if (is_property_element(local)) walk.skip_children();
  }

  void leave(ElementWalker& walk) {
    const QName& n = walk.name();
    if (n.ns == Ns::w) {
      const std::string_view local = n.local;
      if (local == "p") end_paragraph();
      else if (local == "r") end_run();
      else if (local == "ins" || local == "moveTo") pop(insertions_);
      else if (local == "del" || local == "moveFrom") pop(deletions_);
      else if (local == "tbl") pop(tables_);
      else if (local == "fldSimple") end_simple_field();
      else if (local == "tc" || local == "txbxContent") end_joined_owned_by(walk.node());
    } else if (n.ns == Ns::a) {
      if (n.local == "p") end_paragraph();
      else if (n.local == "txBody") end_joined_owned_by(walk.node());
    } else if (n.is(Ns::mc, "AlternateContent")) {
      pop(choice_taken_);
    }
  }

  template <typename T>
  static void pop(std::vector<T>& v) {
    if (!v.empty()) v.pop_back();
  }

  // ---- paragraphs and runs -------------------------------------------------------------

  void begin_paragraph(ElementWalker& walk, bool wordprocessing) {
    end_implicit_paragraph();
    Paragraph& p = open_paragraph(false);
    if (!wordprocessing) return;  // a DrawingML paragraph: no styles, no numbering
    const pugi::xml_node ppr = child(walk, walk.node(), Ns::w, "pPr");
    std::string style;
    int heading = 0;
    NumberingRef numbering;
    if (ppr) {
      if (pugi::xml_node s = child(walk, ppr, Ns::w, "pStyle")) style = attribute(walk, s, Ns::w, "val").value();
      if (pugi::xml_node o = child(walk, ppr, Ns::w, "outlineLvl")) {
        const int lvl = int_value(attribute(walk, o, Ns::w, "val"), 9);
        heading = lvl >= 0 && lvl < 9 ? lvl + 1 : -1;  // -1: explicitly body text
      }
      numbering = read_numbering_ref(walk, ppr);
    }
    if (style.empty()) style = ctx_.styles.default_paragraph_style();
    if (heading == 0) heading = ctx_.styles.heading_level(style);
    if (numbering.num_id < 0) {
      const NumberingRef from_style = ctx_.styles.numbering(style);
      numbering.num_id = from_style.num_id;
      if (numbering.ilvl < 0) numbering.ilvl = from_style.ilvl;
      if (numbering.ilvl < 0 && numbering.num_id > 0)
        numbering.ilvl = ctx_.numbering.level_for_style(numbering.num_id, style);
    }
    std::optional<ListLabel> label;
    if (numbering.num_id > 0) label = ctx_.counters.next(ctx_.numbering, numbering.num_id, numbering.ilvl);

    p.style_flags = ctx_.styles.run_flags(style);
    const RunFlags& defaults = ctx_.styles.defaults();
    p.base_run.bold = resolve_toggle(std::nullopt, std::nullopt, p.style_flags.bold, defaults.bold);
    p.base_run.hidden = resolve_toggle(std::nullopt, std::nullopt, p.style_flags.hidden, defaults.hidden);
    p.run = p.base_run;
    if (label) {
      p.has_label = true;
      p.label = label->text;
    }
    const Container& c = containers_[p.container];
    if (!c.body) {
      p.kind = c.kind;
    } else if (heading > 0) {
      p.kind = BlockKind::heading;
      p.level = heading;
    } else if (label && (label->bullet || ctx_.styles.is_list_style(style))) {
      p.kind = BlockKind::list_item;
      p.level = std::max(numbering.ilvl, 0) + 1;
    } else {
      p.kind = BlockKind::paragraph;
    }
  }

  Paragraph& open_paragraph(bool implicit) {
    Paragraph p;
    p.container = containers_.size() - 1;
    p.implicit = implicit;
    const Container& c = containers_.back();
    p.kind = c.body ? BlockKind::paragraph : c.kind;
    paragraphs_.push_back(std::move(p));
    return paragraphs_.back();
  }

  // The paragraph text goes to: the open paragraph of the current container, or one made
  // up for text that sits outside any paragraph (damaged or unusual files).
  Paragraph& current_paragraph() {
    if (paragraphs_.empty() || paragraphs_.back().container != containers_.size() - 1) return open_paragraph(true);
    return paragraphs_.back();
  }

  void end_implicit_paragraph() {
    if (!paragraphs_.empty() && paragraphs_.back().implicit &&
        paragraphs_.back().container == containers_.size() - 1)
      end_paragraph();
  }

  void begin_run(ElementWalker& walk) {
    Paragraph& p = current_paragraph();
    const pugi::xml_node rpr = child(walk, walk.node(), Ns::w, "rPr");
    const RunFlags direct = read_run_flags(walk, rpr);
    RunFlags character;
    if (rpr)
      if (pugi::xml_node s = child(walk, rpr, Ns::w, "rStyle"))
        character = ctx_.styles.run_flags(attribute(walk, s, Ns::w, "val").value());
    const RunFlags& defaults = ctx_.styles.defaults();
    p.run.bold = resolve_toggle(direct.bold, character.bold, p.style_flags.bold, defaults.bold);
    p.run.hidden = resolve_toggle(direct.hidden, character.hidden, p.style_flags.hidden, defaults.hidden);
  }

  void end_run() {
    if (!paragraphs_.empty() && paragraphs_.back().container == containers_.size() - 1)
      paragraphs_.back().run = paragraphs_.back().base_run;
  }

  void end_paragraph() {
    if (paragraphs_.empty() || paragraphs_.back().container != containers_.size() - 1) return;
    Paragraph p = std::move(paragraphs_.back());
    paragraphs_.pop_back();
    close_segments(p);
    Container& c = containers_[p.container];
    if (c.joined) {
      for (Block& b : p.after) c.after.push_back(std::move(b));
      return;
    }
    p.own.trim_end();
    if (!p.own.empty()) {
      Block& b = p.own.block();
      b.kind = p.kind;
      b.level = p.level;
      b.number = p.label;
      b.name = c.name;
      b.bold = p.any_visible && p.all_bold;
      out_.push_back(p.own.finish());
    }
    for (Block& b : p.after) out_.push_back(std::move(b));
  }

  // ---- text ----------------------------------------------------------------------------

  // Where a piece of run text goes, in order of precedence: the code of a field whose code
  // is being read; a tracked deletion; a hidden segment; the visible paragraph text.
  void text(ElementWalker& walk, bool deleted) {
    const std::int64_t carrier = ctx_.part.carrier_index->of(walk.node());
    if (carrier < 0) return;
    const std::string_view t = carrier_text(ctx_.part.carriers[static_cast<std::size_t>(carrier)], scratch_);
    if (t.empty()) return;
    if (Field* f = field_reading_code()) return append_code(*f, t, static_cast<std::uint32_t>(carrier));
    Paragraph& p = current_paragraph();
    if (deleted || !deletions_.empty()) return append_deleted(p, t, carrier);
    if (p.run.hidden) return append_source(hidden_segment(p), t, static_cast<std::uint32_t>(carrier));
    BlockBuilder& b = visible_target(p);
    append_source(b, t, static_cast<std::uint32_t>(carrier));
    if (has_visible_char(t)) {
      p.any_visible = true;
      p.all_bold = p.all_bold && p.run.bold;
    }
    if (!insertions_.empty()) {
      if (p.inserted.empty()) p.inserted_author = insertions_.back();
      append_source(p.inserted, t, static_cast<std::uint32_t>(carrier));
    } else {
      close_segment(p, p.inserted, BlockKind::tracked_insertion, p.inserted_author, false);
    }
  }

  // A tab, break or hyphen: made-up text that follows the same way as run text.
  void synthetic(std::string_view s) {
    if (field_reading_code() != nullptr) return;  // a break in a field code reads as nothing
    Paragraph& p = current_paragraph();
    if (!deletions_.empty()) {
      if (!p.deleted.empty()) p.deleted.append_synthetic(s);
      return;
    }
    if (p.run.hidden) {
      if (!p.hidden.empty()) p.hidden.append_synthetic(s);
      return;
    }
    BlockBuilder& b = visible_target(p);
    // Whitespace before any text (the tab after a footnote mark, an indenting tab) is layout.
    if (b.empty() && (s == "\t" || s == "\n")) return;
    b.append_synthetic(s);
    if (!insertions_.empty() && !p.inserted.empty()) p.inserted.append_synthetic(s);
  }

  void append_deleted(Paragraph& p, std::string_view t, std::int64_t carrier) {
    close_segment(p, p.hidden, hidden_kind(p), {}, true);
    close_segment(p, p.inserted, BlockKind::tracked_insertion, p.inserted_author, false);  // keeps source order
    if (p.deleted.empty()) p.deleted_author = deletions_.empty() ? std::string() : std::string(deletions_.back());
    append_source(p.deleted, t, static_cast<std::uint32_t>(carrier));
  }

  BlockBuilder& hidden_segment(Paragraph& p) {
    close_segment(p, p.deleted, BlockKind::tracked_deletion, p.deleted_author, false);
    return p.hidden;
  }

  // The builder visible text of `p` goes to. Visible text ends any open deletion or hidden
  // segment. In a joined container the paragraph's text is appended to the container's
  // block, after "\n" and its list label.
  BlockBuilder& visible_target(Paragraph& p) {
    close_segment(p, p.deleted, BlockKind::tracked_deletion, p.deleted_author, false);
    close_segment(p, p.hidden, hidden_kind(p), {}, true);
    Container& c = containers_[p.container];
    if (!c.joined) return p.own;
    if (!p.started) {
      p.started = true;
      if (!c.builder.empty()) c.builder.append_synthetic("\n");
      if (!p.label.empty()) {
        c.builder.append_synthetic(p.label);
        c.builder.append_synthetic(" ");
      }
    }
    return c.builder;
  }

  BlockKind hidden_kind(const Paragraph& p) const {
    const Container& c = containers_[p.container];
    return c.joined ? c.kind : (c.body ? BlockKind::paragraph : c.kind);
  }

  void close_segment(Paragraph& p, BlockBuilder& segment, BlockKind kind, const std::string& name, bool hidden) {
    if (segment.empty()) return;
    segment.trim_end();
    if (segment.empty()) return;
    Block& b = segment.block();
    b.kind = kind;
    b.name = hidden ? containers_[p.container].name : name;
    b.hidden = hidden;
    if (hidden) b.cell = containers_[p.container].cell;
    p.after.push_back(segment.finish());
  }

  void close_segments(Paragraph& p) {
    close_segment(p, p.inserted, BlockKind::tracked_insertion, p.inserted_author, false);
    close_segment(p, p.deleted, BlockKind::tracked_deletion, p.deleted_author, false);
    close_segment(p, p.hidden, hidden_kind(p), {}, true);
  }

  // Leading whitespace of a block (the space after a footnote mark) is dropped: the anchor
  // starts past it.
  void append_source(BlockBuilder& b, std::string_view t, std::uint32_t carrier) {
    append_trimmed(b, t, ctx_.part.index, carrier);
  }

  // Appends carrier text to a builder, dropping leading whitespace while it is empty (field
  // codes start with a space), with the anchor moved past what was dropped.
  void append_trimmed(BlockBuilder& b, std::string_view t, std::uint32_t part, std::uint32_t carrier) {
    std::uint32_t skip = 0;
    if (b.empty())
      while (skip < t.size() && is_space(t[skip])) ++skip;
    const std::string_view rest = t.substr(skip);
    if (rest.empty()) return;
    const std::string repaired = unicode::is_valid_utf8(rest) ? std::string() : unicode::repair_utf8(rest);
    b.append(repaired.empty() ? rest : std::string_view(repaired), SourceKind::docx_text, part, carrier, skip,
             static_cast<std::uint32_t>(rest.size()));
  }

  // ---- fields --------------------------------------------------------------------------

  // The field whose code text is being read now: the innermost field still in its code,
  // looking outward past fields showing their result (a nested field's result is part of
  // the code of the field around it).
  Field* field_reading_code() {
    for (auto it = fields_.rbegin(); it != fields_.rend(); ++it)
      if (!it->result) return &*it;
    return nullptr;
  }

  void append_code(Field& f, std::string_view t, std::uint32_t carrier) {
    append_trimmed(f.code, t, ctx_.part.index, carrier);
  }

  void field_code(ElementWalker& walk) {
    const std::int64_t carrier = ctx_.part.carrier_index->of(walk.node());
    if (carrier < 0) return;
    const std::string_view t = carrier_text(ctx_.part.carriers[static_cast<std::size_t>(carrier)], scratch_);
    if (Field* f = field_reading_code()) return append_code(*f, t, static_cast<std::uint32_t>(carrier));
    Field orphan;  // an instruction outside any field: still readable, still a field code
    append_code(orphan, t, static_cast<std::uint32_t>(carrier));
    emit_field(orphan);
  }

  void field_char(ElementWalker& walk) {
    const std::string_view type = walk.attribute(Ns::w, "fldCharType").value();
    if (type == "begin") {
      fields_.emplace_back();
      return;
    }
    Field* f = nullptr;  // the innermost complex field
    for (auto it = fields_.rbegin(); it != fields_.rend(); ++it)
      if (!it->simple) {
        f = &*it;
        break;
      }
    if (f == nullptr) return;
    if (type == "separate") {
      if (!f->emitted) emit_field(*f);
      f->result = true;
    } else if (type == "end") {
      if (!f->emitted) emit_field(*f);
      fields_.erase(fields_.begin() + (f - fields_.data()));
    }
  }

  void begin_simple_field(ElementWalker& walk) {
    Field f;
    f.simple = true;
    f.result = true;
    const pugi::xml_attribute instr = walk.attribute(Ns::w, "instr");
    const std::int64_t carrier = ctx_.part.carrier_index->of(instr);
    if (carrier >= 0) append_trimmed(f.code, instr.value(), ctx_.part.index, static_cast<std::uint32_t>(carrier));
    emit_field(f);
    fields_.push_back(std::move(f));
  }

  void end_simple_field() {
    for (auto it = fields_.rbegin(); it != fields_.rend(); ++it)
      if (it->simple) {
        fields_.erase(std::next(it).base());
        return;
      }
  }

  void emit_field(Field& f) {
    f.emitted = true;
    f.code.trim_end();
    if (f.code.empty()) return;
    Block b = f.code.finish();
    b.kind = BlockKind::field;
    b.name = field_name(b.text);
    emit_after(std::move(b));
  }

  // ---- links, alt text -----------------------------------------------------------------

  void hyperlink(ElementWalker& walk) {
    const pugi::xml_attribute id = walk.attribute(Ns::r, "id");
    if (id && ctx_.rels.part != nullptr) {
      const Relationship* r = ctx_.rels.by_id(id.value());
      if (r != nullptr && r->external && r->carrier >= 0)
        emit_attribute_block(BlockKind::field, "hyperlink", r->target, ctx_.rels.part->index,
                             static_cast<std::uint32_t>(r->carrier));
    }
    const pugi::xml_attribute tooltip = walk.attribute(Ns::w, "tooltip");
    const std::int64_t carrier = ctx_.part.carrier_index->of(tooltip);
    if (carrier >= 0)
      emit_attribute_block(BlockKind::field, "tooltip", tooltip.value(), ctx_.part.index,
                           static_cast<std::uint32_t>(carrier));
  }

  // The description and title of a picture or shape. Word writes the same text on
  // wp:docPr and pic:cNvPr; one block per distinct text in a paragraph is enough for
  // detection (the writer replaces the copies by their text).
  void alt_text(ElementWalker& walk) {
    for (pugi::xml_attribute a = walk.node().first_attribute(); a; a = a.next_attribute()) {
      const std::int64_t carrier = ctx_.part.carrier_index->of(a);
      if (carrier < 0) continue;
      const CarrierRole role = ctx_.part.carriers[static_cast<std::size_t>(carrier)].role;
      if (role != CarrierRole::image_description && role != CarrierRole::image_title) continue;
      const std::string_view value = a.value();
      if (!has_visible_char(value)) continue;
      std::vector<std::string>* seen = paragraphs_.empty() ? &alt_seen_outside_ : &paragraphs_.back().alt_seen;
      if (std::find(seen->begin(), seen->end(), value) != seen->end()) continue;
      seen->emplace_back(value);
      emit_attribute_block(BlockKind::alt_text, role == CarrierRole::image_title ? "title" : "description", value,
                           ctx_.part.index, static_cast<std::uint32_t>(carrier));
    }
  }

  void emit_attribute_block(BlockKind kind, std::string_view name, std::string_view value, std::uint32_t part,
                            std::uint32_t carrier) {
    BlockBuilder b(kind);
    append_trimmed(b, value, part, carrier);
    b.trim_end();
    if (b.empty()) return;
    b.block().name = std::string(name);
    emit_after(b.finish());
  }

  // A block that follows the current paragraph (or, between paragraphs, the current
  // container's block, or in a story the blocks read so far).
  void emit_after(Block b) {
    if (!paragraphs_.empty() && paragraphs_.back().container == containers_.size() - 1) {
      paragraphs_.back().after.push_back(std::move(b));
    } else if (!containers_.empty() && containers_.back().joined) {
      containers_.back().after.push_back(std::move(b));
    } else {
      out_.push_back(std::move(b));
    }
  }

  // ---- tables and joined containers ----------------------------------------------------

  void begin_table() {
    Table t;
    // Only tables directly in the body become cells; a table in a cell, text box, header
    // or note is read as its paragraphs, in order, inside what holds it.
    t.cells = containers_.size() == 1 && containers_.back().body;
    if (t.cells) t.index = next_table_index_++;
    tables_.push_back(t);
  }

  void begin_row(ElementWalker& walk) {
    if (tables_.empty() || !tables_.back().cells) return;
    Table& t = tables_.back();
    ++t.row;
    t.col = 0;
    if (pugi::xml_node trpr = child(walk, walk.node(), Ns::w, "trPr"))
      if (pugi::xml_node before = child(walk, trpr, Ns::w, "gridBefore"))
        t.col = std::max(0, int_value(attribute(walk, before, Ns::w, "val"), 0));
  }

  // Cells are numbered by grid column, so merged cells keep the columns of the rows around them.
  void begin_cell(ElementWalker& walk) {
    if (tables_.empty() || !tables_.back().cells || containers_.size() != 1) return;
    Table& t = tables_.back();
    int span = 1;
    if (pugi::xml_node tcpr = child(walk, walk.node(), Ns::w, "tcPr"))
      if (pugi::xml_node g = child(walk, tcpr, Ns::w, "gridSpan"))
        span = std::max(1, int_value(attribute(walk, g, Ns::w, "val"), 1));
    push_joined(BlockKind::table_cell, {}, walk.node(), CellPosition{t.index, std::max(t.row, 0), t.col});
    t.col += span;
  }

  void end_joined_owned_by(pugi::xml_node node) {
    if (!containers_.empty() && containers_.back().joined && containers_.back().owner == node) end_joined();
  }

  void end_joined() {
    end_implicit_paragraph();
    // Paragraphs left open inside (unbalanced markup) end with their container.
    while (!paragraphs_.empty() && paragraphs_.back().container == containers_.size() - 1) end_paragraph();
    Container c = std::move(containers_.back());
    containers_.pop_back();
    c.builder.trim_end();
    if (!c.builder.empty()) {
      Block& b = c.builder.block();
      b.kind = c.kind;
      b.name = c.name;
      b.cell = c.cell;
      Block done = c.builder.finish();
      if (containers_.empty()) out_.push_back(std::move(done));
      else emit_after(std::move(done));
    }
    for (Block& b : c.after) {
      if (containers_.empty()) out_.push_back(std::move(b));
      else emit_after(std::move(b));
    }
  }

  const StoryContext& ctx_;
  std::vector<Block>& out_;
  int& next_table_index_;
  std::vector<Container> containers_;
  std::vector<Paragraph> paragraphs_;
  std::vector<Field> fields_;
  std::vector<Table> tables_;
  std::vector<std::string_view> insertions_;  // authors of the open w:ins / w:moveTo
  std::vector<std::string_view> deletions_;   // authors of the open w:del / w:moveFrom
  std::vector<bool> choice_taken_;             // per open mc:AlternateContent
  std::vector<std::string> alt_seen_outside_;
  std::string scratch_;
};

StoryReader::StoryReader(const StoryContext& context, std::vector<Block>& out, int& next_table_index)
    : context_(context), out_(out), next_table_index_(next_table_index) {}

StoryReader::~StoryReader() = default;

void StoryReader::read_body(pugi::xml_node body) {
  Walk walk(context_, out_, next_table_index_);
  walk.push_story(BlockKind::paragraph, {}, true);
  walk.run(body);
  walk.finish();
}

void StoryReader::read_paragraphs(pugi::xml_node root, BlockKind kind, const std::string& name) {
  Walk walk(context_, out_, next_table_index_);
  walk.push_story(kind, name, false);
  walk.run(root);
  walk.finish();
}

void StoryReader::read_joined(pugi::xml_node root, BlockKind kind, const std::string& name) {
  Walk walk(context_, out_, next_table_index_);
  walk.push_joined(kind, name, root);
  walk.run(root);
  walk.finish();
}

}  // namespace dhr::read::docx
