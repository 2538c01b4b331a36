#include "write/docx_story_sanitiser.h"

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "read/docx_styles.h"
#include "read/docx_xml.h"
#include "write/docx_dom.h"
#include "write/docx_out_package.h"

namespace dhr::write::docx {
namespace {

using read::docx::ElementWalker;
using read::docx::Ns;
using read::docx::QName;
using read::docx::RunFlags;

// As the reader resolves toggles (ECMA-376 17.7.3): direct formatting wins; otherwise a
// character style toggles what the paragraph style (or the document default) says.
bool resolve_toggle(const std::optional<bool>& direct, const std::optional<bool>& character,
                    const std::optional<bool>& paragraph, const std::optional<bool>& defaults) {
  if (direct) return *direct;
  const bool base = paragraph ? *paragraph : defaults.value_or(false);
  return character ? base != *character : base;
}

bool is_range_mark(std::string_view local) {
  for (std::string_view m : {"moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart", "moveToRangeEnd",
                             "customXmlInsRangeStart", "customXmlInsRangeEnd", "customXmlDelRangeStart",
                             "customXmlDelRangeEnd", "customXmlMoveFromRangeStart", "customXmlMoveFromRangeEnd",
                             "customXmlMoveToRangeStart", "customXmlMoveToRangeEnd", "cellIns", "cellDel", "cellMerge"})
    if (local == m) return true;
  return false;
}

class StorySanitiser {
 public:
  StorySanitiser(XmlPart& part, const read::docx::Styles& styles, StoryCounts& counts)
      : part_(part), styles_(styles), counts_(counts) {}

  void run() {
    ElementWalker walk(part_.root());
    while (walk.next()) {
      if (walk.entering()) enter(walk);
      else if (walk.name().is(Ns::w, "p") && !paragraph_hidden_.empty()) paragraph_hidden_.pop_back();
    }
    std::size_t changed = rsids_;
    // Decide on the tree as it is: which joins and emptied runs survive the removals.
    std::vector<pugi::xml_node> joins, runs;
    for (pugi::xml_node p : joins_)
      if (!edits_.will_remove(p)) joins.push_back(p);
    for (pugi::xml_node r : comment_runs_)
      if (!edits_.will_remove(r)) runs.push_back(r);
    std::vector<pugi::xml_node> tables;  // each once: a table can lose several rows
    for (pugi::xml_node t : row_tables_)
      if (!edits_.will_remove(t) && std::find(tables.begin(), tables.end(), t) == tables.end()) tables.push_back(t);
    changed += edits_.apply();
    for (pugi::xml_node r : runs) changed += remove_if_empty_run(r);
    for (pugi::xml_node t : tables) changed += remove_if_no_rows(t);
    for (pugi::xml_node p : joins) changed += join_with_next(p);
    if (changed > 0) part_.dirty = true;
  }

 private:
  void enter(ElementWalker& walk) {
    strip_rsids(walk);
    const QName& n = walk.name();
    if (n.is(Ns::o, "OLEObject")) return ole_in_picture(walk);
    if (n.ns != Ns::w) return;
    const std::string_view local = n.local;
    if (local == "p") return begin_paragraph(walk);
    if (local == "r") return run(walk);
    if (local == "commentRangeStart" || local == "commentRangeEnd" || local == "commentReference") {
      if (local == "commentReference") comment_runs_.push_back(walk.node().parent());
      ++counts_.comment_marks;
      return remove(walk);
    }
    if (local == "ins" || local == "moveTo") {
      ++counts_.insertions;
      edits_.unwrap(walk.node());
      return;
    }
    if (local == "del" || local == "moveFrom") {
      ++counts_.deletions;
      // A deleted paragraph mark (w:pPr/w:rPr/w:del): the paragraph joins the next one.
      if (walk.parent_name().is(Ns::w, "rPr")) {
        const pugi::xml_node ppr = walk.node().parent().parent();
        if (qname_of(ppr).is(Ns::w, "pPr") && qname_of(ppr.parent()).is(Ns::w, "p")) joins_.push_back(ppr.parent());
      }
      return remove(walk);
    }
    if (local == "tr") return table_row(walk);
    if (local.ends_with("Change")) {  // rPrChange, pPrChange, sectPrChange, tblGridChange, numberingChange ...
      ++counts_.format_changes;
      return remove(walk);
    }
    if (is_range_mark(local) || local == "delText" || local == "delInstrText") return remove(walk);
    if (local == "object") {
      ++counts_.objects;
      return remove(walk);
    }
    if (local == "altChunk") {
      ++counts_.chunks;
      return remove(walk);
    }
    if (local == "dataBinding") {
      ++counts_.bindings;
      return remove(walk);
    }
    if (local == "permStart" || local == "permEnd") {
      ++counts_.permissions;
      return remove(walk);
    }
  }

  void remove(ElementWalker& walk) {
    edits_.remove(walk.node());
    walk.skip_children();
  }

  void strip_rsids(ElementWalker& walk) {
    pugi::xml_node n = walk.node();
    for (pugi::xml_attribute a = n.first_attribute(); a;) {
      const pugi::xml_attribute next = a.next_attribute();
      const std::string_view name = a.name();
      const std::string_view local = name.substr(name.find(':') + 1);  // npos + 1 == 0: no prefix
      if (local.starts_with("rsid") && walk.attribute_name(a).ns == Ns::w) {
        n.remove_attribute(a);
        ++rsids_;
        ++counts_.rsids;
      }
      a = next;
    }
  }

  // An OLE object written as a VML picture outside w:object: the picture is its preview.
  void ole_in_picture(ElementWalker& walk) {
    pugi::xml_node target = walk.node();
    for (pugi::xml_node a = target.parent(); a; a = a.parent())
      if (qname_of(a).is(Ns::w, "pict")) {
        target = a;
        break;
      }
    ++counts_.objects;
    edits_.remove(target);
    walk.skip_children();
  }

  void table_row(ElementWalker& walk) {
    const pugi::xml_node trpr = read::docx::child(walk, walk.node(), Ns::w, "trPr");
    if (!trpr || !read::docx::child(walk, trpr, Ns::w, "del")) return;
    ++counts_.deletions;
    row_tables_.push_back(walk.node().parent());
    remove(walk);
  }

  void begin_paragraph(ElementWalker& walk) {
    std::string style;
    if (pugi::xml_node ppr = read::docx::child(walk, walk.node(), Ns::w, "pPr"))
      if (pugi::xml_node s = read::docx::child(walk, ppr, Ns::w, "pStyle"))
        style = read::docx::attribute(walk, s, Ns::w, "val").value();
    if (style.empty()) style = styles_.default_paragraph_style();
    paragraph_hidden_.push_back(styles_.run_flags(style).hidden);
  }

  void run(ElementWalker& walk) {
    const pugi::xml_node rpr = read::docx::child(walk, walk.node(), Ns::w, "rPr");
    const RunFlags direct = read::docx::read_run_flags(walk, rpr);
    RunFlags character;
    if (rpr)
      if (pugi::xml_node s = read::docx::child(walk, rpr, Ns::w, "rStyle"))
        character = styles_.run_flags(read::docx::attribute(walk, s, Ns::w, "val").value());
    const std::optional<bool> paragraph = paragraph_hidden_.empty() ? std::nullopt : paragraph_hidden_.back();
    if (!resolve_toggle(direct.hidden, character.hidden, paragraph, styles_.defaults().hidden)) return;
    ++counts_.hidden_runs;
    // A run that carries a field's begin, separator, end or code must stay, or the field
    // falls apart: only what it shows goes.
    bool field = false;
    for (pugi::xml_node c = read::docx::first_element(walk.node()); c; c = read::docx::next_element(c)) {
      const QName cn = walk.child_name(c);
      field = field || cn.is(Ns::w, "fldChar") || cn.is(Ns::w, "instrText");
    }
    if (!field) return remove(walk);
    for (pugi::xml_node c = read::docx::first_element(walk.node()); c; c = read::docx::next_element(c)) {
      const QName cn = walk.child_name(c);
      if (!cn.is(Ns::w, "rPr") && !cn.is(Ns::w, "fldChar") && !cn.is(Ns::w, "instrText")) edits_.remove(c);
    }
    walk.skip_children();
  }

  // A run holding nothing but its properties once its comment reference has gone.
  std::size_t remove_if_empty_run(pugi::xml_node run) {
    if (!qname_of(run).is(Ns::w, "r")) return 0;
    for (pugi::xml_node c = read::docx::first_element(run); c; c = read::docx::next_element(c))
      if (!qname_of(c).is(Ns::w, "rPr")) return 0;
    run.parent().remove_child(run);
    return 1;
  }

  // A table whose every row was a tracked deletion: a w:tbl without rows is invalid.
  std::size_t remove_if_no_rows(pugi::xml_node table) {
    if (!table || !table.parent() || !qname_of(table).is(Ns::w, "tbl")) return 0;
    for (pugi::xml_node c = read::docx::first_element(table); c; c = read::docx::next_element(c))
      if (qname_of(c).is(Ns::w, "tr")) return 0;
    table.parent().remove_child(table);
    return 1;
  }

  // Accepting the deletion of a paragraph mark: the paragraph's content moves to the start
  // of the next paragraph, which keeps its own properties (as Word does). Without a next
  // paragraph (a table follows, or the story ends) the paragraph stays.
  std::size_t join_with_next(pugi::xml_node p) {
    pugi::xml_node next = read::docx::next_element(p);
    if (!next || !qname_of(next).is(Ns::w, "p")) return 0;
    pugi::xml_node anchor;  // insert after next's w:pPr, keeping order
    if (pugi::xml_node first = read::docx::first_element(next); first && qname_of(first).is(Ns::w, "pPr")) anchor = first;
    std::vector<pugi::xml_node> moving;
    for (pugi::xml_node c = p.first_child(); c; c = c.next_sibling())
      if (!(c.type() == pugi::node_element && qname_of(c).is(Ns::w, "pPr"))) moving.push_back(c);
    for (pugi::xml_node c : moving) {
      if (anchor) anchor = next.insert_move_after(c, anchor);
      else anchor = next.prepend_move(c);
    }
    p.parent().remove_child(p);
    return 1;
  }

  XmlPart& part_;
  const read::docx::Styles& styles_;
  StoryCounts& counts_;
  DomEdits edits_;
  std::vector<std::optional<bool>> paragraph_hidden_;  // per open w:p: hidden by its style
  std::vector<pugi::xml_node> joins_;                   // paragraphs whose mark was deleted
  std::vector<pugi::xml_node> comment_runs_;            // runs that held a comment reference
  std::vector<pugi::xml_node> row_tables_;              // tables that lost a deleted row
  std::size_t rsids_ = 0;
};

}  // namespace

void sanitise_story(XmlPart& part, const read::docx::Styles& styles, StoryCounts& counts) {
  StorySanitiser(part, styles, counts).run();
}

}  // namespace dhr::write::docx
