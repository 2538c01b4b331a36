#include "read/docx_metadata.h"

#include <set>
#include <string_view>
#include <utility>

#include "read/block_builder.h"
#include "read/docx_carriers.h"
#include "read/docx_package.h"
#include "read/docx_xml.h"
#include "text/utf8.h"

namespace dhr::read::docx {
namespace {

bool has_visible_char(std::string_view s) {
  return s.find_first_not_of(" \t\r\n") != std::string_view::npos;
}

// Appends a carrier's text with its anchor (repairing bytes that are not UTF-8).
void append_carrier(BlockBuilder& b, const Part& part, std::size_t carrier, std::string& scratch) {
  const std::string_view t = carrier_text(part.carriers[carrier], scratch);
  const auto length = static_cast<std::uint32_t>(t.size());
  const auto node = static_cast<std::uint32_t>(carrier);
  if (unicode::is_valid_utf8(t)) b.append(t, SourceKind::docx_text, part.index, node, 0, length);
  else b.append(unicode::repair_utf8(t), SourceKind::docx_text, part.index, node, 0, length);
}

std::string_view local_name(const char* qualified) {
  std::string_view q(qualified);
  const std::size_t colon = q.find(':');
  return colon == std::string_view::npos ? q : q.substr(colon + 1);
}

std::string core_key(std::string_view local) {
  if (local == "creator") return "author";
  if (local == "lastModifiedBy") return "last_modified_by";
  if (local == "contentStatus") return "status";
  std::string key(local);
  for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return key;
}

std::string app_key(std::string_view local) {
  if (local == "HyperlinkBase") return "hyperlink_base";
  if (local == "lpstr" || local == "lpwstr") return "title_of_part";
  std::string key(local);
  for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return key;
}

}  // namespace

void MetadataCollector::add(const std::string& key, const Part& part, std::size_t carrier, bool document_property) {
  std::string scratch;
  if (!has_visible_char(carrier_text(part.carriers[carrier], scratch))) return;
  BlockBuilder b(BlockKind::metadata);
  append_carrier(b, part, carrier, scratch);
  b.trim_end();
  b.block().name = key;
  Block block = b.finish();
  if (document_property) doc_.metadata.emplace_back(key, block.text);
  blocks_.push_back(std::move(block));
}

void MetadataCollector::core_properties(const Part& part) {
  for (std::size_t i = 0; i < part.carriers.size(); ++i)
    if (part.carriers[i].role == CarrierRole::property_value) add(core_key(local_name(part.carriers[i].element.name())), part, i);
}

void MetadataCollector::app_properties(const Part& part) {
  for (std::size_t i = 0; i < part.carriers.size(); ++i)
    if (part.carriers[i].role == CarrierRole::property_value) add(app_key(local_name(part.carriers[i].element.name())), part, i);
}

void MetadataCollector::custom_properties(const Part& part) {
  for (std::size_t i = 0; i < part.carriers.size(); ++i) {
    const Carrier& c = part.carriers[i];
    if (c.role != CarrierRole::property_value) continue;
    // The value sits in a vt: element inside <property name="...">, maybe in a vector.
    pugi::xml_node property = c.element.parent();
    while (property && !property.attribute("name") && property.parent()) property = property.parent();
    add("custom:" + std::string(property.attribute("name").value()), part, i);
  }
}

void MetadataCollector::settings(const Part& part, const Relationships& rels) {
  for (std::size_t i = 0; i < part.carriers.size(); ++i) {
    const Carrier& c = part.carriers[i];
    if (c.role != CarrierRole::doc_var) continue;
    std::string name;
    for (pugi::xml_attribute a = c.element.first_attribute(); a; a = a.next_attribute())
      if (local_name(a.name()) == "name") name = a.value();
    add("docvar:" + name, part, i);
  }
  ElementWalker walk(part.root());
  while (walk.next()) {
    if (!walk.entering() || walk.depth() == 0) continue;
    walk.skip_children();
    if (!walk.name().is(Ns::w, "attachedTemplate") || rels.part == nullptr) continue;
    const Relationship* r = rels.by_id(walk.attribute(Ns::r, "id").value());
    if (r != nullptr && r->external && r->carrier >= 0) add("template", *rels.part, static_cast<std::size_t>(r->carrier));
  }
}

void MetadataCollector::people(const Part& part) {
  for (std::size_t i = 0; i < part.carriers.size(); ++i) {
    const CarrierRole role = part.carriers[i].role;
    if (role == CarrierRole::author) add("person", part, i);
    else if (role == CarrierRole::user_id) add("person_id", part, i);
  }
}

void MetadataCollector::comment_authors(const Part& part) {
  std::set<std::pair<std::string, std::string>> seen;
  std::string scratch;
  for (std::size_t i = 0; i < part.carriers.size(); ++i) {
    const Carrier& c = part.carriers[i];
    if (c.role != CarrierRole::author || local_name(c.element.name()) != "comment") continue;
    // The initials are an attribute carrier of the same w:comment element.
    std::size_t initials = part.carriers.size();
    for (std::size_t j = i + 1; j < part.carriers.size() && part.carriers[j].element == c.element; ++j)
      if (part.carriers[j].role == CarrierRole::initials) initials = j;
    for (std::size_t j = i; j-- > 0 && part.carriers[j].element == c.element;)
      if (part.carriers[j].role == CarrierRole::initials) initials = j;
    const std::string author(carrier_text(c, scratch));
    const std::string inits = initials < part.carriers.size() ? std::string(carrier_text(part.carriers[initials], scratch)) : "";
    if (!has_visible_char(author) && !has_visible_char(inits)) continue;
    if (!seen.emplace(author, inits).second) continue;
    BlockBuilder b(BlockKind::metadata);
    append_carrier(b, part, i, scratch);
    if (has_visible_char(inits)) {
      b.append_synthetic(" (");
      append_carrier(b, part, initials, scratch);
      b.append_synthetic(")");
    }
    b.block().name = "comment_author";
    Block block = b.finish();
    doc_.metadata.emplace_back("comment_author", block.text);
    blocks_.push_back(std::move(block));
  }
}

void MetadataCollector::revision_authors(const std::vector<const Part*>& parts) {
  std::string scratch;
  for (const Part* part : parts) {
    for (std::size_t i = 0; i < part->carriers.size(); ++i) {
      const Carrier& c = part->carriers[i];
      if (c.role != CarrierRole::author || local_name(c.element.name()) == "comment") continue;
      const std::string author(carrier_text(c, scratch));
      if (!has_visible_char(author) || !revision_authors_seen_.insert(author).second) continue;
      add("revision_author", *part, i);
    }
  }
}

void MetadataCollector::unplaced_carriers(const std::vector<const Part*>& parts, const std::vector<Block>& all_blocks) {
  // Which carriers some block anchors, and the texts they hold.
  std::vector<std::vector<bool>> anchored(doc_.parts.size());
  for (const Part* part : parts) anchored[part->index].assign(part->carriers.size(), false);
  auto mark = [&](const std::vector<Block>& blocks) {
    for (const Block& b : blocks)
      for (const Anchor& a : b.anchors)
        if (a.source == SourceKind::docx_text && a.part < anchored.size() && a.node < anchored[a.part].size())
          anchored[a.part][a.node] = true;
  };
  mark(all_blocks);
  mark(blocks_);
  std::unordered_set<std::string> covered;
  std::string scratch;
  for (const Part* part : parts)
    for (std::size_t i = 0; i < part->carriers.size(); ++i)
      if (anchored[part->index][i]) covered.emplace(carrier_text(part->carriers[i], scratch));

  for (const Part* part : parts) {
    for (std::size_t i = 0; i < part->carriers.size(); ++i) {
      if (anchored[part->index][i]) continue;
      const Carrier& c = part->carriers[i];
      const std::string text(carrier_text(c, scratch));
      if (!has_visible_char(text) || !covered.insert(text).second) continue;
      std::string key = c.in_fallback ? "fallback:" : "";
      key += to_string(c.role);
      add(key, *part, i, false);
    }
  }
}

}  // namespace dhr::read::docx
