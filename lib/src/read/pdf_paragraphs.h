// Paragraphs (internal): the body lines of all pages, in reading order, into headings,
// paragraphs and list items.
//
// A line starts a new block when it starts with an accepted paragraph number or bullet,
// when its style (size, weight, capitals) differs from the block's, after a vertical gap
// wider than the body's line pitch, at a first-line indent or an outdent, or after a
// short line that ends a sentence. A number alone on a line (seed 001's layout) is kept
// for the next block. Across a page or column break a block continues when its last line
// ran to the right edge without ending the sentence, or when the next line starts in
// lower case: running headers and footers were taken out before, so they do not split it.
//
// A short block whose lines are all bigger than body text, or bold, or in capitals (and
// that does not end like a sentence) is a heading; see pdf_headings.h for its level.
#pragma once

#include <vector>

#include "dhr/document.h"
#include "read/pdf_layout.h"

namespace dhr::read::pdf {

struct FlowLine;

// The body lines of all pages in reading order. Made once; the font pass may run between
// pages_needing_fonts() and build_blocks() (weights are read from the words at the end).
class BodyFlow {
 public:
  BodyFlow(const std::vector<Page>& pages, const BodyStyle& body);
  ~BodyFlow();
  BodyFlow(const BodyFlow&) = delete;
  BodyFlow& operator=(const BodyFlow&) = delete;

  // Indexes of pages holding a line that could be a heading set in bold at body size:
  // only a font pass can tell, so only these pages get one.
  std::vector<std::size_t> pages_needing_fonts() const;

  // The headings, paragraphs and list items, with heading levels assigned.
  std::vector<Block> build_blocks();

 private:
  std::vector<FlowLine> lines_;
  BodyStyle body_;
};

}  // namespace dhr::read::pdf
