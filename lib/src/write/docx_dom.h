// Small DOM tools for the DOCX writer (internal): names of nodes met outside a walk, and
// batched removals that are safe with pugixml.
//
// pugixml frees a removed node and everything under it, so a handle to a node inside a
// removed subtree dangles. The writer's passes therefore collect what to change while
// they walk and apply it afterwards through DomEdits, which drops any change to a node
// that an earlier removal takes with it.
#pragma once

#include <cstddef>
#include <unordered_set>
#include <vector>

#include <pugixml.hpp>

#include "read/docx_xml.h"

namespace dhr::write::docx {

// The {namespace, local name} of an element, resolved through the xmlns declarations of
// the element and its ancestors (for the few nodes met outside an ElementWalker).
read::docx::QName qname_of(pugi::xml_node element);

// Replaces `element` by its children (w:ins accepted, a w:hyperlink made plain text).
void unwrap(pugi::xml_node element);

class DomEdits {
 public:
  void remove(pugi::xml_node n) { removals_.push_back(n); }
  void unwrap(pugi::xml_node n) { unwraps_.push_back(n); }
  bool empty() const { return removals_.empty() && unwraps_.empty(); }
  // Whether `n` will be gone after apply(): removed itself or inside a removed node.
  // (Call once all removals are known; it looks at the tree as it is.)
  bool will_remove(pugi::xml_node n) const;

  // Unwraps, then removes; skips nodes inside a node being removed. Returns the number of
  // changes made.
  std::size_t apply();

 private:
  std::vector<pugi::xml_node> removals_;
  std::vector<pugi::xml_node> unwraps_;
};

// Whether any proper ancestor of `n` is in `set` (of internal_object() pointers).
bool has_ancestor_in(pugi::xml_node n, const std::unordered_set<const void*>& set);

}  // namespace dhr::write::docx
