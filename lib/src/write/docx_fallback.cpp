#include "write/docx_fallback.h"

#include <algorithm>
#include <unordered_set>
#include <utility>

#include "read/docx_xml.h"
#include "write/docx_dom.h"
#include "write/docx_out_package.h"

namespace dhr::write::docx {
namespace {

using read::docx::Ns;

pugi::xml_node child_named(pugi::xml_node parent, Ns ns, std::string_view local) {
  for (pugi::xml_node c = read::docx::first_element(parent); c; c = read::docx::next_element(c))
    if (qname_of(c).is(ns, local)) return c;
  return {};
}

// The outermost w:txbxContent elements under `root`, in document order.
std::vector<pugi::xml_node> text_boxes(pugi::xml_node root) {
  std::vector<pugi::xml_node> out;
  std::vector<pugi::xml_node> stack;
  for (pugi::xml_node c = read::docx::first_element(root); c; c = read::docx::next_element(c)) stack.push_back(c);
  std::reverse(stack.begin(), stack.end());
  while (!stack.empty()) {
    const pugi::xml_node n = stack.back();
    stack.pop_back();
    if (qname_of(n).is(Ns::w, "txbxContent")) {
      out.push_back(n);
      continue;
    }
    std::vector<pugi::xml_node> children;
    for (pugi::xml_node c = read::docx::first_element(n); c; c = read::docx::next_element(c)) children.push_back(c);
    stack.insert(stack.end(), children.rbegin(), children.rend());
  }
  return out;
}

int depth_of(pugi::xml_node n) {
  int d = 0;
  for (; n; n = n.parent()) ++d;
  return d;
}

}  // namespace

std::size_t sync_fallbacks(XmlPart& part, const std::vector<pugi::xml_node>& touched) {
  // Every mc:AlternateContent with a touched node in its first mc:Choice, innermost first
  // (a text box inside a text box: the inner copy is made before the outer one is copied).
  std::vector<pugi::xml_node> alternates;
  std::unordered_set<const void*> seen;
  for (pugi::xml_node t : touched)
    for (pugi::xml_node n = t; n && n.parent(); n = n.parent()) {
      const pugi::xml_node ac = n.parent();
      if (!qname_of(n).is(Ns::mc, "Choice") || !qname_of(ac).is(Ns::mc, "AlternateContent")) continue;
      if (child_named(ac, Ns::mc, "Choice") != n) continue;  // the reader reads the first Choice only
      if (seen.insert(ac.internal_object()).second) alternates.push_back(ac);
    }
  std::stable_sort(alternates.begin(), alternates.end(),
                   [](pugi::xml_node a, pugi::xml_node b) { return depth_of(a) > depth_of(b); });
  std::size_t copied = 0;
  for (pugi::xml_node ac : alternates) {
    const pugi::xml_node fallback = child_named(ac, Ns::mc, "Fallback");
    if (!fallback) continue;
    const std::vector<pugi::xml_node> from = text_boxes(child_named(ac, Ns::mc, "Choice"));
    const std::vector<pugi::xml_node> to = text_boxes(fallback);
    if (from.empty() || from.size() != to.size()) continue;
    for (std::size_t i = 0; i < from.size(); ++i) {
      pugi::xml_node target = to[i];
      while (pugi::xml_node c = target.first_child()) target.remove_child(c);
      for (pugi::xml_node c = from[i].first_child(); c; c = c.next_sibling()) target.append_copy(c);
      ++copied;
    }
  }
  if (copied > 0) part.dirty = true;
  return copied;
}

}  // namespace dhr::write::docx
