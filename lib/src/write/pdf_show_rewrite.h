// Rewriting one text-showing operation (internal): Tj, TJ, ' and " with the glyphs that
// lie in edit boxes taken out.
//
// The operation is written again as a TJ array: kept glyphs keep their bytes, and every
// run of removed glyphs becomes one displacement. Where the run's replacement piece is
// narrower than the run, the displacement is the piece's width and the rest of the
// operation closes up to it ("N|'s", then the following words); the width saved is added
// back at the end of the operation, so everything after it stays where it was. A gap
// left in the middle of a line would read as a column break to a reader (ours included);
// at the end of the line it reads as a ragged margin.
//
// After the operation, each segment whose first glyph was removed here gets its piece of
// the replacement: Helvetica at the glyph's size, in the glyph's text matrix (so in its
// colour, render mode, rise and direction), squeezed horizontally to the segment's width
// (to half, then made smaller too), moved left as far as its neighbours closed up.
// The original font, spacing, scaling and text matrix are set back afterwards (the line
// matrix with Tm, the position along the line with a TJ displacement) so the operations
// that follow see exactly the state they expect.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "write/pdf_content_ops.h"
#include "write/pdf_edit_geometry.h"
#include "write/pdf_glyph_hits.h"
#include "write/pdf_text_state.h"

namespace dhr::write::pdf {

// What the rewriting of one page shares across its operations (and its forms).
struct PageMarks {
  explicit PageMarks(const std::vector<Segment>& segs) : segments(segs), hits(segs), drawn(segs.size(), 0) {}

  const std::vector<Segment>& segments;
  GlyphHits hits;
  std::vector<char> drawn;          // per segment: its piece has been drawn
  std::size_t glyphs_removed = 0;
  std::size_t pieces_drawn = 0;
  bool lossy = false;               // a piece needed characters Helvetica lacks
  std::string untrusted;            // why the page's geometry cannot be trusted; empty: fine
};

// Rewrites the show operation whose strings and numbers are `elements` (for ' and ", the
// line move and spacing are already applied to `gs` and `text`; `prefix` is written
// before the new TJ: "T*", or "aw Tw ac Tc T*"). Moves `text` as the operation does.
// Returns the operation's new text, or nullopt when it removes no glyph (copy it as it is).
// `helvetica` is the resource name of the replacement font; *helvetica_used is set when
// the new text draws in it.
std::optional<std::string> rewrite_show(const std::vector<QPDFObjectHandle>& elements, const std::string& prefix,
                                        const GraphicsState& gs, TextObject& text, PageMarks& marks,
                                        const std::string& helvetica, bool* helvetica_used);

// A number as content streams write it (qpdf's formatting, trailing zeros trimmed).
std::string pdf_number(double v);

}  // namespace dhr::write::pdf
