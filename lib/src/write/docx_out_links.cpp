#include "write/docx_out_links.h"

#include <string_view>
#include <vector>

#include "read/docx_package.h"
#include "read/docx_xml.h"
#include "write/docx_dom.h"
#include "write/docx_out_package.h"
#include "write/docx_out_rels.h"

namespace dhr::write::docx {
namespace {

using read::docx::ElementWalker;
using read::docx::Ns;

// Relationship kinds that an element names explicitly (r:id, r:embed ...): when no
// element names one any more, the relationship is a leftover. Implicit kinds (styles,
// footnotes, comments, customXml ...) are never pruned this way.
bool is_explicit_kind(const OutRelationship& r) {
  for (std::string_view kind : {"image", "hyperlink", "oleObject", "package", "control", "aFChunk", "attachedTemplate",
                                "mailMergeSource", "mailMergeHeaderSource", "recipientData"})
    if (has_type(r, kind)) return true;
  return false;
}

// Every attribute value of a part: relationship ids are named by r:id, r:embed, o:relid,
// dsp's relId ... so any attribute with the id as its value counts as a reference.
std::unordered_set<std::string> attribute_values(const XmlPart& part) {
  std::unordered_set<std::string> values;
  for (pugi::xml_node n = part.root(); n;) {
    for (pugi::xml_attribute a = n.first_attribute(); a; a = a.next_attribute()) values.emplace(a.value());
    if (pugi::xml_node c = read::docx::first_element(n)) {
      n = c;
      continue;
    }
    while (n && !read::docx::next_element(n)) n = n.parent();
    if (n) n = read::docx::next_element(n);
  }
  return values;
}

std::vector<std::string> rels_parts(const OutPackage& pkg) {
  std::vector<std::string> out;
  for (const std::string& name : pkg.names())
    if (pkg.live(name) && source_of_rels(name)) out.push_back(name);
  return out;
}

}  // namespace

std::size_t drop_references(XmlPart& part, const std::set<std::string>& ids) {
  if (ids.empty()) return 0;
  DomEdits edits;
  ElementWalker walk(part.root());
  while (walk.next()) {
    if (!walk.entering()) continue;
    for (pugi::xml_attribute a = walk.node().first_attribute(); a; a = a.next_attribute()) {
      if (ids.count(a.value()) == 0) continue;
      const read::docx::QName an = walk.attribute_name(a);
      if (an.ns != Ns::r && an.local != "relid" && an.local != "relId") continue;
      if (walk.name().is(Ns::w, "hyperlink")) edits.unwrap(walk.node());
      else {
        edits.remove(walk.node());
        walk.skip_children();
      }
      break;
    }
  }
  const std::size_t changed = edits.apply();
  if (changed > 0) part.dirty = true;
  return changed;
}

PackageLinks::PackageLinks(OutPackage& pkg) : pkg_(pkg), targeted_at_start_(targeted_parts()) {}

std::unordered_set<std::string> PackageLinks::targeted_parts() {
  std::unordered_set<std::string> out;
  for (const std::string& rels : rels_parts(pkg_))
    for (const OutRelationship& r : relationships_of(pkg_, *source_of_rels(rels)))
      if (!r.external) out.insert(ascii_lower(r.target));
  return out;
}

void PackageLinks::remove_relationship(const std::string& source_part, const std::string& id) {
  XmlPart* rels = pkg_.xml(read::docx::rels_name_for(source_part));
  if (rels == nullptr) return;
  for (const OutRelationship& r : relationships_of(pkg_, source_part))
    if (r.id == id) {
      rels->root().remove_child(r.node);
      rels->dirty = true;
    }
  if (XmlPart* source = pkg_.xml(source_part)) drop_references(*source, {id});
}

std::size_t PackageLinks::settle() {
  std::size_t parts_removed = 0;
  for (bool changed = true; changed;) {
    changed = false;
    for (const std::string& rels_name : rels_parts(pkg_)) {
      const std::string source = *source_of_rels(rels_name);
      if (!source.empty() && !pkg_.live(source)) {  // the part went: its relationships go with it
        pkg_.remove(rels_name);
        changed = true;
        continue;
      }
      XmlPart* rels = pkg_.xml(rels_name);
      XmlPart* source_xml = !source.empty() && is_xml_name(source) ? pkg_.xml(source) : nullptr;
      const bool prune = source_xml != nullptr && source_xml->dirty;
      std::unordered_set<std::string> named;
      if (prune) named = attribute_values(*source_xml);
      std::set<std::string> gone;
      for (const OutRelationship& r : relationships_of(pkg_, source)) {
        const bool target_removed = !r.external && !pkg_.find(r.target).empty() && !pkg_.live(r.target);
        const bool leftover = prune && is_explicit_kind(r) && named.count(r.id) == 0;
        if (!target_removed && !leftover) continue;
        rels->root().remove_child(r.node);
        rels->dirty = true;
        gone.insert(r.id);
      }
      if (gone.empty()) continue;
      changed = true;
      if (source_xml != nullptr) drop_references(*source_xml, gone);
    }
    const std::unordered_set<std::string> targeted = targeted_parts();
    for (const std::string& name : pkg_.names()) {
      const std::string lower = ascii_lower(name);
      if (!pkg_.live(name) || targeted_at_start_.count(lower) == 0 || targeted.count(lower) != 0) continue;
      pkg_.remove(name);
      ++parts_removed;
      changed = true;
    }
  }
  drop_stale_content_types(pkg_);
  return parts_removed;
}

}  // namespace dhr::write::docx
