#include "read/docx_package.h"

#include "read/docx_xml.h"

namespace dhr::read::docx {

const Relationship* Relationships::by_id(std::string_view id) const {
  for (const Relationship& r : items)
    if (r.id == id) return &r;
  return nullptr;
}

bool Relationships::is_type(const Relationship& r, std::string_view kind) const {
  const std::string_view type = r.type;
  return type.size() > kind.size() && type.ends_with(kind) && type[type.size() - kind.size() - 1] == '/';
}

const Relationship* Relationships::first_of_type(std::string_view kind) const {
  for (const Relationship& r : items)
    if (!r.external && is_type(r, kind)) return &r;
  return nullptr;
}

std::string rels_name_for(std::string_view part_name) {
  const std::size_t slash = part_name.rfind('/');
  if (slash == std::string_view::npos) return "_rels/" + std::string(part_name) + ".rels";
  return std::string(part_name.substr(0, slash)) + "/_rels/" + std::string(part_name.substr(slash + 1)) + ".rels";
}

std::string resolve_target(std::string_view source_part, std::string_view target) {
  std::string base;
  if (!target.starts_with('/')) {
    const std::size_t slash = source_part.rfind('/');
    if (slash != std::string_view::npos) base = std::string(source_part.substr(0, slash + 1));
  }
  const std::string joined = base + std::string(target);
  std::vector<std::string_view> segments;
  std::string_view rest = joined;
  while (!rest.empty()) {
    const std::size_t slash = rest.find('/');
    const std::string_view seg = rest.substr(0, slash);
    if (seg == "..") {
      if (!segments.empty()) segments.pop_back();
    } else if (!seg.empty() && seg != ".") {
      segments.push_back(seg);
    }
    if (slash == std::string_view::npos) break;
    rest.remove_prefix(slash + 1);
  }
  std::string out;
  for (std::string_view s : segments) {
    if (!out.empty()) out += '/';
    out += s;
  }
  return out;
}

Relationships read_relationships(const Part& rels_part, std::string_view source_part) {
  Relationships out;
  out.part = &rels_part;
  ElementWalker walk(rels_part.root());
  while (walk.next()) {
    if (!walk.entering()) continue;
    if (walk.depth() == 0) continue;
    walk.skip_children();
    if (!walk.name().is(Ns::rels, "Relationship")) continue;
    const pugi::xml_node n = walk.node();
    Relationship r;
    r.id = n.attribute("Id").value();
    r.type = n.attribute("Type").value();
    r.external = std::string_view(n.attribute("TargetMode").value()) == "External";
    const pugi::xml_attribute target = n.attribute("Target");
    if (r.external) {
      r.target = target.value();
      r.carrier = rels_part.carrier_index->of(target);
    } else {
      r.target = resolve_target(source_part, target.value());
    }
    out.items.push_back(std::move(r));
  }
  return out;
}

}  // namespace dhr::read::docx
