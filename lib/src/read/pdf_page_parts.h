// Blocks for what stands outside the text flow of each page (internal): one header and
// one footer block per page (running header lines, page numbers), footnote blocks
// (Block::name is the mark), and a text_box block for rotated text (a vertical margin
// note or a diagonal "DRAFT" stamp), so that every word on a page lands in some block.
#pragma once

#include <vector>

#include "dhr/document.h"
#include "read/pdf_layout.h"

namespace dhr::read::pdf {

std::vector<Block> build_page_part_blocks(const std::vector<Page>& pages);

}  // namespace dhr::read::pdf
