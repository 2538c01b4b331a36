// Reading one "story" of a DOCX into blocks (internal): the body, a header or footer, a
// footnote, a comment. A story is WordprocessingML paragraphs and tables with everything
// that can hide inside them: runs split anywhere, tracked insertions and deletions, hidden
// runs, fields (simple and complex), hyperlinks, content controls, text boxes (also inside
// mc:AlternateContent), images with alt text, DrawingML and math text.
//
// The walk is iterative (docx_xml.h's ElementWalker) and keeps explicit stacks for what
// nests: containers (a table cell or text box collects its paragraphs into one block),
// paragraphs (a text box paragraph sits inside a body paragraph), fields, revisions.
#pragma once

#include <string>
#include <vector>

#include <pugixml.hpp>

#include "dhr/document.h"

namespace dhr::read::docx {

struct Part;
struct Relationships;
class Styles;
class Numbering;
class ListCounters;

struct StoryContext {
  const Part& part;            // the part the story is in (anchors point into it)
  const Relationships& rels;   // that part's relationships (hyperlink targets)
  const Styles& styles;
  const Numbering& numbering;
  ListCounters& counters;      // list counters of this story (the body's run through cells)
};

// Appends the blocks of each story to `out` in reading order: a paragraph's block first,
// then the blocks it carries (text boxes, field codes, hyperlink targets, alt text,
// tracked changes, hidden text).
class StoryReader {
 public:
  StoryReader(const StoryContext& context, std::vector<Block>& out, int& next_table_index);

  // The document body: headings, paragraphs and list items from styles and numbering;
  // each table cell one table_cell block (nested tables flattened into their cell).
  void read_body(pugi::xml_node body);
  // A header or footer: one block of `kind` per paragraph, named `name` (tables flattened).
  void read_paragraphs(pugi::xml_node root, BlockKind kind, const std::string& name);
  // A footnote, endnote or comment: one block of `kind` (its paragraphs joined by "\n").
  void read_joined(pugi::xml_node root, BlockKind kind, const std::string& name);

  StoryReader(const StoryReader&) = delete;
  StoryReader& operator=(const StoryReader&) = delete;
  ~StoryReader();

 private:
  class Walk;
  StoryContext context_;  // a copy: it only holds references
  std::vector<Block>& out_;
  int& next_table_index_;
};

}  // namespace dhr::read::docx
