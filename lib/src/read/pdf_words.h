// A PDF page's words (internal): Poppler's text_list() with each word's glyph boxes
// appended to Document::glyph_boxes, so that anchors can point at single glyphs.
//
// Fonts cost: text_list(text_list_include_font) is about twice as slow as text_list()
// on real reports, so words are read without fonts (their box height already tracks the
// font size) and add_font_info() is called only for pages whose lines might be headings
// set in bold at body size, the one thing box heights cannot tell.
#pragma once

#include <string_view>
#include <vector>

#include "dhr/document.h"
#include "read/pdf_layout.h"

namespace poppler {
class page;
}

namespace dhr::read::pdf {

// The words of `page` (1-based `number`) in text_list() order; their glyph boxes are
// appended to `glyph_boxes`.
Page read_page_words(const poppler::page& page, int number, std::vector<Box>& glyph_boxes);

// Fills Word::bold and Word::font_size from a second text_list() call that includes
// fonts. Returns false, changing nothing, when that call does not give the same words in
// the same order (anchors use the first call's indexes, so a mismatch must not mix them).
bool add_font_info(const poppler::page& page, Page& words);

// Whether a font name (with or without its "ABCDEF+" subset prefix) names a bold face.
bool is_bold_font_name(std::string_view name);

}  // namespace dhr::read::pdf
