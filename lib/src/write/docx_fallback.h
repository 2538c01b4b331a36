// The second copy of a text box (internal).
//
// Word writes a text box twice: as DrawingML in mc:Choice and as VML in mc:Fallback, for
// readers that do not know DrawingML (LibreOffice reads either). The reader reads the
// Choice only, so edits land there; a Fallback left alone would still hold every name.
// For each mc:AlternateContent whose Choice the edits changed, the text box contents
// (w:txbxContent) of the Fallback are replaced by copies of the Choice's, paired in order
// when both hold the same number of text boxes. Other differences are left to the text
// rules (docx_text_rules.h), which rewrite the Fallback's carriers as well.
#pragma once

#include <cstddef>
#include <vector>

#include <pugixml.hpp>

namespace dhr::write::docx {

struct XmlPart;

// `touched`: elements the edits changed in this part. Returns the number of text boxes
// copied into a Fallback.
std::size_t sync_fallbacks(XmlPart& part, const std::vector<pugi::xml_node>& touched);

}  // namespace dhr::write::docx
