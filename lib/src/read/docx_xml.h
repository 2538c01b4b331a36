// XML parts of a DOCX (internal): safe parsing and a namespace-aware walk.
//
// Every XML part the DOCX reader (and later the DOCX writer) looks at is parsed with
// parse_part(), so that both see the same DOM: the same pugixml options decide which text
// nodes exist, and the carrier indexes of docx_carriers.h depend on that.
//
// Names are compared by namespace, not by prefix: `w:` is only a habit of Word, and a
// file written with `<ns0:t>` must not slip past detection. ElementWalker keeps the
// xmlns scopes while it walks and reports each element as {namespace, local name}.
// Nothing here recurses on XML depth (a 100,000-deep document must not overflow the stack).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

namespace dhr::read::docx {

// The namespaces the reader cares about (Transitional and Strict URIs map to the same id).
enum class Ns : std::uint8_t {
  none,      // no namespace (an unprefixed attribute, or no default namespace)
  unknown,   // a namespace the reader does not know (or an unbound prefix)
  xml,       // the reserved xml: prefix
  w,         // WordprocessingML main
  w14,       // Word 2010 extensions
  w15,       // Word 2012 extensions (people.xml, comment extensions)
  r,         // officeDocument relationships (r:id)
  rels,      // package relationships (the .rels parts)
  mc,        // markup compatibility (mc:AlternateContent)
  a,         // DrawingML main
  wp,        // DrawingML WordprocessingML drawing (wp:docPr)
  pic,       // DrawingML picture
  wps,       // Word 2010 shapes
  wpg,       // Word 2010 groups
  v,         // VML
  o,         // VML Office extensions
  m,         // Office Math
  cp,        // core properties
  dc,        // Dublin Core elements
  dcterms,   // Dublin Core terms
  ep,        // extended (app.xml) properties
  custom,    // custom properties
  vt,        // property variant types
};

struct QName {
  Ns ns = Ns::none;
  std::string_view local;
  bool is(Ns n, std::string_view l) const { return ns == n && local == l; }
};

// The namespace id of a namespace URI (Ns::unknown when not one the reader knows).
Ns namespace_of(std::string_view uri);

// pugixml options used for every part. Whitespace-only text is kept where it is an
// element's only child (`<w:t xml:space="preserve"> </w:t>` is a space a reader sees);
// CDATA is kept (its text is readable); comments and processing instructions are not
// text; DOCTYPE is parsed only so that parse_part can refuse it.
constexpr unsigned kParseOptions = pugi::parse_cdata | pugi::parse_escapes | pugi::parse_wconv_attribute |
                                   pugi::parse_eol | pugi::parse_ws_pcdata_single | pugi::parse_doctype;

// Parses `bytes` (the part `part_name` of the file `path`) into `doc`. `bytes` must
// outlive `doc` (it is parsed in place). Throws dhr::Error:
//   hostile  the part declares a DOCTYPE (OOXML forbids DTDs; entities could expand),
//   limit    elements nest deeper than max_depth,
//   corrupt  malformed XML (the message names the part and the byte offset).
void parse_part(pugi::xml_document& doc, std::string& bytes, std::string_view part_name, const std::string& path,
                int max_depth);

// The first element child of `node` (skipping text, comments ...), or a null node.
pugi::xml_node first_element(pugi::xml_node node);
pugi::xml_node next_element(pugi::xml_node node);

// Walks the elements under (and including) `root` in document order, reporting each
// element twice: on entering (before its children) and on leaving (after them).
//
//   ElementWalker walk(doc.document_element());
//   while (walk.next()) {
//     if (walk.entering() && walk.name().is(Ns::w, "pPr")) walk.skip_children();
//   }
class ElementWalker {
 public:
  explicit ElementWalker(pugi::xml_node root);

  // Moves to the next event; false when the walk is over.
  bool next();
  bool entering() const { return entering_; }
  pugi::xml_node node() const { return node_; }
  // The current element's name; valid on entering and on leaving.
  const QName& name() const { return names_.back(); }
  // The name of the current element's parent (a QName with Ns::none at the root).
  QName parent_name() const { return names_.size() >= 2 ? names_[names_.size() - 2] : QName{}; }
  // Depth of the current element below root (root is 0).
  std::size_t depth() const { return names_.size() - 1; }
  // On entering: do not walk the current element's children (it is still left).
  void skip_children() { skip_ = true; }

  // Names resolved in the scope of the current element.
  QName resolve(const char* qualified_name, bool is_attribute) const;
  QName attribute_name(const pugi::xml_attribute& attr) const { return resolve(attr.name(), true); }
  // The current element's attribute {ns, local}, or a null attribute.
  pugi::xml_attribute attribute(Ns ns, std::string_view local) const;
  // The name of an element child of the current element (resolved in the current scope,
  // plus the child's own declarations are ignored: children of property elements never
  // redeclare prefixes in practice, and a miss only means a formatting detail is lost).
  QName child_name(const pugi::xml_node& child) const { return resolve(child.name(), false); }

 private:
  void enter(pugi::xml_node node);
  void leave();
  void add_bindings(const pugi::xml_node& node);

  struct Binding {
    std::string_view prefix;
    Ns ns;
  };
  pugi::xml_node root_;
  pugi::xml_node node_;
  bool started_ = false;
  bool entering_ = false;
  bool skip_ = false;
  std::vector<Binding> bindings_;
  std::vector<std::uint32_t> marks_;  // bindings_.size() before each open element
  std::vector<QName> names_;          // names of the open elements, root first
};

// An element child of `parent` with the given name, resolved in `walk`'s current scope
// (parent must be walk.node() or one of its descendants that declares no namespaces).
pugi::xml_node child(const ElementWalker& walk, pugi::xml_node parent, Ns ns, std::string_view local);
// An attribute of `element` with the given name, resolved in `walk`'s current scope.
pugi::xml_attribute attribute(const ElementWalker& walk, pugi::xml_node element, Ns ns, std::string_view local);

// WordprocessingML on/off value (w:b, w:vanish): absent val, "1", "true", "on" are on.
bool is_on(const pugi::xml_attribute& val);

}  // namespace dhr::read::docx
