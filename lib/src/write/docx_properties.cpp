#include "write/docx_properties.h"

#include <string_view>

#include "read/docx_xml.h"
#include "write/docx_out_package.h"

namespace dhr::write::docx {
namespace {

using read::docx::ElementWalker;
using read::docx::Ns;

// Removes an element's text; returns whether it had any that was not white space.
bool clear_text(pugi::xml_node element) {
  bool had = false;
  for (pugi::xml_node c = element.first_child(); c;) {
    const pugi::xml_node next = c.next_sibling();
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
      had = had || std::string_view(c.value()).find_first_not_of(" \t\r\n") != std::string_view::npos;
      element.remove_child(c);
    }
    c = next;
  }
  return had;
}

// Empties the top-level property elements for which `wanted` is true.
template <typename Wanted>
std::size_t clear_top_level(XmlPart& part, Wanted wanted) {
  std::size_t cleared = 0;
  ElementWalker walk(part.root());
  while (walk.next()) {
    if (!walk.entering() || walk.depth() == 0) continue;
    walk.skip_children();
    if (!wanted(walk.name())) continue;
    if (!clear_text(walk.node())) continue;
    ++cleared;
    part.dirty = true;
  }
  return cleared;
}

}  // namespace

std::size_t clear_core_people(XmlPart& core) {
  return clear_top_level(core, [](const read::docx::QName& n) {
    return n.is(Ns::dc, "creator") || n.is(Ns::cp, "lastModifiedBy");
  });
}

std::size_t clear_app_fields(XmlPart& app) {
  return clear_top_level(app, [](const read::docx::QName& n) {
    return n.ns == Ns::ep &&
           (n.local == "Company" || n.local == "Manager" || n.local == "Template" || n.local == "HyperlinkBase");
  });
}

std::vector<std::string> strip_settings(XmlPart& settings) {
  std::vector<std::string> removed;
  std::vector<pugi::xml_node> gone;
  ElementWalker walk(settings.root());
  while (walk.next()) {
    if (!walk.entering() || walk.depth() == 0) continue;
    walk.skip_children();
    const read::docx::QName& n = walk.name();
    if (n.ns != Ns::w) continue;
    std::string what;
    if (n.local == "rsids") what = "editing session ids (rsids)";
    else if (n.local == "docVars") what = "document variables";
    else if (n.local == "attachedTemplate") what = "the attached template's path";
    else if (n.local == "mailMerge") what = "mail-merge data source";
    else continue;
    gone.push_back(walk.node());
    removed.push_back(what);
  }
  for (pugi::xml_node n : gone) settings.root().remove_child(n);
  if (!gone.empty()) settings.dirty = true;
  return removed;
}

}  // namespace dhr::write::docx
