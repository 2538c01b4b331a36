#include "write/docx_out_rels.h"

#include "read/docx_package.h"
#include "read/docx_xml.h"
#include "write/docx_out_package.h"

namespace dhr::write::docx {

using read::docx::ElementWalker;
using read::docx::Ns;

std::vector<OutRelationship> relationships_of(OutPackage& pkg, std::string_view source_part) {
  std::vector<OutRelationship> out;
  XmlPart* rels = pkg.xml(read::docx::rels_name_for(source_part));
  if (rels == nullptr) return out;
  ElementWalker walk(rels->root());
  while (walk.next()) {
    if (!walk.entering() || walk.depth() == 0) continue;
    walk.skip_children();
    if (!walk.name().is(Ns::rels, "Relationship")) continue;
    const pugi::xml_node n = walk.node();
    OutRelationship r;
    r.id = n.attribute("Id").value();
    r.type = n.attribute("Type").value();
    r.external = std::string_view(n.attribute("TargetMode").value()) == "External";
    r.target = r.external ? std::string(n.attribute("Target").value())
                          : read::docx::resolve_target(source_part, n.attribute("Target").value());
    r.node = n;
    out.push_back(std::move(r));
  }
  return out;
}

bool has_type(const OutRelationship& r, std::string_view kind) {
  const std::string_view type = r.type;
  return type.size() > kind.size() && type.ends_with(kind) && type[type.size() - kind.size() - 1] == '/';
}

std::optional<std::string> source_of_rels(std::string_view rels_name) {
  if (!ascii_lower(rels_name).ends_with(".rels")) return std::nullopt;
  const std::string_view base = rels_name.substr(0, rels_name.size() - 5);  // without ".rels"
  const std::size_t slash = base.rfind('/');
  const std::string_view folder = slash == std::string_view::npos ? std::string_view() : base.substr(0, slash);
  const std::string_view file = slash == std::string_view::npos ? base : base.substr(slash + 1);
  if (folder != "_rels" && !folder.ends_with("/_rels")) return std::nullopt;
  const std::string_view parent = folder.substr(0, folder.size() - 5);  // "word/" or ""
  return std::string(parent) + std::string(file);
}

std::string main_part_name(OutPackage& pkg) {
  for (const OutRelationship& r : relationships_of(pkg, ""))
    if (!r.external && has_type(r, "officeDocument") && pkg.live(r.target)) return pkg.find(r.target);
  return pkg.find("word/document.xml");
}

std::size_t drop_stale_content_types(OutPackage& pkg) {
  XmlPart* types = pkg.xml("[Content_Types].xml");
  if (types == nullptr) return 0;
  std::vector<pugi::xml_node> stale;
  for (pugi::xml_node n = read::docx::first_element(types->root()); n; n = read::docx::next_element(n)) {
    std::string_view name = n.name();
    if (name.substr(name.find(':') + 1) != "Override") continue;  // prefix-free match: the file has one namespace
    std::string_view part = n.attribute("PartName").value();
    if (part.starts_with('/')) part.remove_prefix(1);
    if (!pkg.find(part).empty() && !pkg.live(part)) stale.push_back(n);
  }
  for (pugi::xml_node n : stale) types->root().remove_child(n);
  if (!stale.empty()) types->dirty = true;
  return stale.size();
}

}  // namespace dhr::write::docx
