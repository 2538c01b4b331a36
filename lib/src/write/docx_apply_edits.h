// Making carrier edits in a parsed part (internal): see docx_edit_map.h for where they
// come from. The DOM keeps every element and attribute; only text changes, so the runs
// around an edit keep their formatting (w:rPr) and the replacement takes the formatting
// of the run the edited text started in.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <pugixml.hpp>

#include "read/docx_carriers.h"
#include "write/docx_edit_map.h"

namespace dhr::write::docx {

struct XmlPart;

// The whole text of every carrier the edits changed, before -> after. A carrier the
// reader did not anchor that holds the same text is a copy (Word writes an image's
// description on wp:docPr and again on pic:cNvPr) and gets the same new text.
using CarrierCopies = std::unordered_map<std::string, std::string>;

// Sets a carrier's text: an attribute's value, or an element's text (its text and CDATA
// children become one text node). WordprocessingML and math text that now starts or ends
// with white space is marked xml:space="preserve", or Word would drop that space.
void set_carrier_text(const read::docx::Carrier& carrier, std::string_view text);

// Applies `edits` (all in this part) to its carriers, in place. Edits on one carrier that
// overlap an earlier one are skipped (two blocks can anchor the same text: a tracked
// insertion repeats inline text). Appends the elements changed to `touched`. Throws
// dhr::Error (corrupt) naming `path` when a carrier is missing or holds other text than
// the document said: the file has changed since it was read.
void apply_carrier_edits(XmlPart& part, const std::vector<const CarrierEdit*>& edits, const std::string& path,
                         CarrierCopies& copies, std::vector<pugi::xml_node>& touched);

// Removes the line breaks, tabs and optional hyphens (w:br of the text-wrapping kind,
// w:cr, w:tab in a run, w:ptab, w:noBreakHyphen, w:softHyphen, a:br) that lie between the
// first and last carrier of a span: they were inside an edited name, and would otherwise
// split its replacement. Page and column breaks stay: they shape the document, not the
// name. A text box, picture or object anchored between the two carriers is passed over,
// not searched: its content is a story of its own. Returns how many were removed; appends
// their parents to `touched`.
std::size_t remove_breaks_inside(XmlPart& part, const std::vector<const EditSpan*>& spans,
                                 std::vector<pugi::xml_node>& touched);

}  // namespace dhr::write::docx
