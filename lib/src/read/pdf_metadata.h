// Document-level hidden text read with Poppler (internal): the Info dictionary, the XMP
// metadata stream and the outline (bookmarks).
//
// Info keys become Document::metadata entries "title", "author", "subject", "keywords",
// "creator", "producer", "created", "modified" (dates as ISO 8601, "2024-03-15T09:30:00Z"),
// and "custom:<Key>" for any other key.
// XMP values become "xmp:<name>" ("xmp:title", "xmp:creator", "xmp:CreatorTool"): every
// text value of an rdf:Description property, whether written as an element (with rdf:Alt,
// rdf:Seq or rdf:Bag lists, joined by "; ") or as an attribute.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "dhr/document.h"

namespace poppler {
class document;
}

namespace dhr::read::pdf {

using Metadata = std::vector<std::pair<std::string, std::string>>;

void read_info(const poppler::document& doc, Metadata& out);

// Parses an XMP packet; malformed XML yields nothing (the packet is also kept whole
// under "xmp" so that nothing in it escapes detection).
void read_xmp(const std::string& packet, Metadata& out);

// One outline block per bookmark, in document order, Block::level its depth.
std::vector<Block> read_outline(const poppler::document& doc);

// One metadata block per entry of `metadata`, anchored to it (source property).
std::vector<Block> metadata_blocks(const Metadata& metadata);

}  // namespace dhr::read::pdf
