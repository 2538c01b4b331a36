#include "write/docx_dom.h"

#include <string>
#include <string_view>

namespace dhr::write::docx {

using read::docx::Ns;
using read::docx::QName;

QName qname_of(pugi::xml_node element) {
  const std::string_view qualified = element.name();
  const std::size_t colon = qualified.find(':');
  const std::string_view prefix = colon == std::string_view::npos ? std::string_view() : qualified.substr(0, colon);
  QName out;
  out.local = colon == std::string_view::npos ? qualified : qualified.substr(colon + 1);
  if (prefix == "xml") {
    out.ns = Ns::xml;
    return out;
  }
  const std::string attr = prefix.empty() ? std::string("xmlns") : "xmlns:" + std::string(prefix);
  for (pugi::xml_node n = element; n && n.type() == pugi::node_element; n = n.parent())
    if (pugi::xml_attribute a = n.attribute(attr.c_str())) {
      out.ns = read::docx::namespace_of(a.value());
      return out;
    }
  out.ns = prefix.empty() ? Ns::none : Ns::unknown;
  return out;
}

void unwrap(pugi::xml_node element) {
  pugi::xml_node parent = element.parent();
  if (!parent) return;
  while (pugi::xml_node c = element.first_child()) parent.insert_move_before(c, element);
  parent.remove_child(element);
}

bool has_ancestor_in(pugi::xml_node n, const std::unordered_set<const void*>& set) {
  for (pugi::xml_node a = n.parent(); a; a = a.parent())
    if (set.count(a.internal_object()) != 0) return true;
  return false;
}

bool DomEdits::will_remove(pugi::xml_node n) const {
  for (pugi::xml_node a = n; a; a = a.parent())
    for (pugi::xml_node r : removals_)
      if (r == a) return true;
  return false;
}

std::size_t DomEdits::apply() {
  std::unordered_set<const void*> removed;
  for (pugi::xml_node n : removals_) removed.insert(n.internal_object());
  // Decide everything on the tree as it is now: unwrapping moves nodes, removing frees them.
  std::vector<pugi::xml_node> unwraps, removals;
  std::unordered_set<const void*> seen;
  for (pugi::xml_node n : unwraps_)
    if (!removed.count(n.internal_object()) && !has_ancestor_in(n, removed) && seen.insert(n.internal_object()).second)
      unwraps.push_back(n);
  for (pugi::xml_node n : removals_)
    if (!has_ancestor_in(n, removed) && seen.insert(n.internal_object()).second) removals.push_back(n);
  for (pugi::xml_node n : unwraps) docx::unwrap(n);
  for (pugi::xml_node n : removals)
    if (pugi::xml_node parent = n.parent()) parent.remove_child(n);
  removals_.clear();
  unwraps_.clear();
  return unwraps.size() + removals.size();
}

}  // namespace dhr::write::docx
