// Relationships and content types of the DOCX being written (internal): which part is
// what (the main document, its comments, the thumbnail ...), and the bookkeeping that
// keeps the package valid when parts go: Word refuses a file whose relationships or
// content types name parts that are not there.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

namespace dhr::write::docx {

class OutPackage;

struct OutRelationship {
  std::string id;
  std::string type;    // the full type URI
  std::string target;  // an entry name for internal targets; as written for external ones
  bool external = false;
  pugi::xml_node node;  // the Relationship element in the .rels part's DOM
};

// The relationships of `source_part` ("" for the package itself), from its .rels part;
// empty when it has none.
std::vector<OutRelationship> relationships_of(OutPackage& pkg, std::string_view source_part);

// Whether the type URI ends with "/" + kind ("comments", "metadata/thumbnail"), so that
// Transitional and Strict URIs both match.
bool has_type(const OutRelationship& r, std::string_view kind);

// The source part a .rels part belongs to ("word/_rels/document.xml.rels" ->
// "word/document.xml", "_rels/.rels" -> ""), or nullopt when `name` is no .rels part.
std::optional<std::string> source_of_rels(std::string_view rels_name);

// The main document part: the package's officeDocument relationship, else word/document.xml.
std::string main_part_name(OutPackage& pkg);

// Removes the [Content_Types].xml overrides that name parts the source had and the output
// has not. Returns how many were removed.
std::size_t drop_stale_content_types(OutPackage& pkg);

}  // namespace dhr::write::docx
