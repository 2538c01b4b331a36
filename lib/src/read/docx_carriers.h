// Text carriers: the contract between the DOCX reader and the DOCX writer (internal).
//
// A "text carrier" is a place in an XML part that holds text a person could read: the
// text of an element (w:t, w:delText, w:instrText, a:t, m:t, a document property) or the
// value of an attribute (a revision's w:author, an image's descr, a field's w:instr, an
// external relationship's Target, ...). enumerate_carriers() lists the carriers of one
// parsed part in a fixed order, and a carrier's position in that list is its index:
//
//   Anchor{source = docx_text, part = index of the part's name in Document::parts,
//          node = carrier index, offset/length = bytes within carrier_text()}
//
// To edit the text an anchor points at, the writer parses the part with parse_part()
// (docx_xml.h: the same pugixml options, so the same text nodes exist), calls
// enumerate_carriers() and takes carrier `node`. The order depends only on the XML:
//   - elements in document order (depth first, as they appear in the file);
//   - for one element, its attribute carriers in attribute order, then its own text;
//   - every carrier is listed, empty or not, wherever it is: inside mc:Fallback (the
//     copy of mc:Choice content kept for old readers; `in_fallback` says so), inside
//     property elements, in deleted text.
// Names are matched by namespace URI, never by prefix.
//
// Carriers that no block anchors are either inside mc:Fallback or repeat a string that
// some block does carry (a second w:author with the same name, the pic:cNvPr copy of a
// wp:docPr description): the writer must replace those by their text as well, and must
// scrub the mc:Fallback copy of every text box it edits.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <pugixml.hpp>

namespace dhr::read::docx {

enum class CarrierRole : std::uint8_t {
  run_text,             // w:t
  deleted_text,         // w:delText
  field_code,           // w:instrText
  deleted_field_code,   // w:delInstrText
  drawing_text,         // a:t (DrawingML text)
  math_text,            // m:t (Office Math)
  author,               // w:author (revisions, comments), w15:author (people.xml)
  initials,             // w:initials (comments)
  user_id,              // w15:userId (people.xml; often an e-mail address)
  image_description,    // descr of wp:docPr and *:cNvPr; alt of VML shapes
  image_title,          // title of wp:docPr and *:cNvPr; o:title of v:imagedata
  shape_name,           // name of wp:docPr and *:cNvPr ("Picture 1", or a file name)
  field_instruction,    // w:instr of w:fldSimple
  hyperlink_tooltip,    // w:tooltip of w:hyperlink
  bookmark_name,        // w:name of w:bookmarkStart, when not a hidden (_-prefixed) one
  content_control,      // w:alias/@w:val, w:tag/@w:val, w:listItem/@w:displayText, @w:value
  form_field,           // w:ffData: w:statusText, w:helpText, w:textInput/w:default, w:listEntry @w:val
  doc_var,              // w:docVar/@w:val (settings.xml)
  mail_merge,           // w:mailMerge: w:connectString, w:query @w:val (settings.xml)
  relationship_target,  // Target of an external Relationship (.rels parts)
  property_value,       // text of a property element (docProps/core.xml, app.xml, custom.xml)
};

const char* to_string(CarrierRole role);

struct Carrier {
  CarrierRole role = CarrierRole::run_text;
  pugi::xml_node element;          // the element carrying the text, or owning the attribute
  pugi::xml_attribute attribute;   // the attribute, for attribute carriers; null otherwise
  bool in_fallback = false;        // inside mc:Fallback
};

// The carriers of a parsed part, in the order described above.
std::vector<Carrier> enumerate_carriers(const pugi::xml_document& part);

// A carrier's text: the attribute value, or the concatenated text and CDATA children of
// the element (almost always one text node: then no copy is made and `scratch` is unused).
std::string_view carrier_text(const Carrier& carrier, std::string& scratch);

// Finds a carrier's index from its element or attribute (for readers that walk the XML
// themselves and need the index of what they meet).
class CarrierIndex {
 public:
  explicit CarrierIndex(const std::vector<Carrier>& carriers);
  // Index of the element-text carrier `element`, or -1.
  std::int64_t of(const pugi::xml_node& element) const;
  // Index of the attribute carrier `attribute`, or -1.
  std::int64_t of(const pugi::xml_attribute& attribute) const;

 private:
  std::unordered_map<const void*, std::uint32_t> index_;
};

}  // namespace dhr::read::docx
