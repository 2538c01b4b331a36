// The package around the XML (internal): parsed parts, their carriers, and the
// relationships (.rels) that say which part is what.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

#include "read/docx_carriers.h"

namespace dhr::read::docx {

// One parsed XML part with its carriers. Parts live behind unique_ptr and never move:
// pugixml parses in place, so `bytes` must stay where it is.
struct Part {
  std::string name;            // zip entry name ("word/document.xml")
  std::uint32_t index = 0;     // index of name in Document::parts
  std::string bytes;
  pugi::xml_document xml;
  std::vector<Carrier> carriers;
  std::unique_ptr<CarrierIndex> carrier_index;

  pugi::xml_node root() const { return xml.document_element(); }
};

struct Relationship {
  std::string id;
  std::string type;    // the full type URI
  std::string target;  // resolved to a zip entry name for internal targets; as written when external
  bool external = false;
  std::int64_t carrier = -1;  // for external targets: the Target carrier in the .rels part
};

// The relationships of one part, from its .rels part (empty when it has none).
struct Relationships {
  const Part* part = nullptr;  // the .rels part (anchors into external targets point here)
  std::vector<Relationship> items;

  const Relationship* by_id(std::string_view id) const;
  // The first relationship whose type ends with "/" + kind ("styles", "header" ...), so
  // that Transitional and Strict type URIs both match.
  const Relationship* first_of_type(std::string_view kind) const;
  bool is_type(const Relationship& r, std::string_view kind) const;
};

// The name of the .rels part of `part_name`: "word/document.xml" -> "word/_rels/document.xml.rels";
// "" (the package) -> "_rels/.rels".
std::string rels_name_for(std::string_view part_name);

// A relationship target resolved against the folder of the source part, as a zip entry
// name: "header1.xml" from "word/document.xml" -> "word/header1.xml"; "/word/x.xml" ->
// "word/x.xml"; ".." segments are resolved and never climb above the package root.
std::string resolve_target(std::string_view source_part, std::string_view target);

// Reads the relationships held in a parsed .rels part (for source part `source_part`).
Relationships read_relationships(const Part& rels_part, std::string_view source_part);

}  // namespace dhr::read::docx
