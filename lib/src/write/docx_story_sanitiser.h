// Scrubbing a WordprocessingML part (internal): the body, headers, footers, notes, the
// glossary, and the styles, numbering and settings parts (which can hold tracked
// formatting changes and rsids too).
//
//  - comment anchors (w:commentRangeStart/End, w:commentReference and the run left empty
//    by it) go with the comments part;
//  - tracked changes are accepted: w:ins and w:moveTo are unwrapped (their runs stay);
//    w:del and w:moveFrom go with their content; a deleted table row goes; a deleted
//    paragraph mark joins its paragraph to the next one, as Word does; w:*PrChange
//    (earlier formatting and its author) and move/custom-XML range marks go;
//  - hidden text goes: a run whose w:vanish is on (directly, or by its character or
//    paragraph style) is removed, or, when it carries a field's structure (w:fldChar,
//    w:instrText), emptied of its text;
//  - embedded objects go: w:object (OLE object, its preview picture, an ActiveX control),
//    a w:pict holding an o:OLEObject, w:altChunk (a whole document merged in on opening);
//  - w:dataBinding goes (a content control bound to a custom XML part or a property
//    would write the old value back), as do w:permStart/w:permEnd (they name editors);
//  - rsid attributes (editing-session ids) go.
// Relationships left unused by these removals are dropped by PackageLinks::settle().
#pragma once

#include <cstddef>

namespace dhr::read::docx {
class Styles;
}

namespace dhr::write::docx {

struct XmlPart;

struct StoryCounts {
  std::size_t comment_marks = 0;
  std::size_t insertions = 0;       // w:ins, w:moveTo accepted
  std::size_t deletions = 0;        // w:del, w:moveFrom, deleted rows and paragraph marks
  std::size_t format_changes = 0;   // w:*PrChange
  std::size_t hidden_runs = 0;
  std::size_t objects = 0;          // OLE objects and ActiveX controls
  std::size_t chunks = 0;           // w:altChunk
  std::size_t bindings = 0;         // w:dataBinding
  std::size_t permissions = 0;      // w:permStart / w:permEnd
  std::size_t rsids = 0;            // rsid attributes
};

// Sanitises `part` in place (marking it dirty when anything changed) and adds to `counts`.
void sanitise_story(XmlPart& part, const read::docx::Styles& styles, StoryCounts& counts);

}  // namespace dhr::write::docx
