#include "read/pdf_metadata.h"

#include <algorithm>
#include <cctype>
#include <memory>
#include <string_view>

#include <poppler-document.h>
#include <poppler-toc.h>
#include <pugixml.hpp>

#include "read/block_builder.h"
#include "read/pdf_ustring.h"
#include "text/utf8.h"

namespace dhr::read::pdf {
namespace {

constexpr std::size_t kMaxOutlineItems = 100000;
constexpr int kMaxOutlineDepth = 64;

bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

std::string info_name(const std::string& key) {
  static const std::pair<const char*, const char*> known[] = {
      {"Title", "title"},     {"Author", "author"},     {"Subject", "subject"},    {"Keywords", "keywords"},
      {"Creator", "creator"}, {"Producer", "producer"}, {"CreationDate", "created"}, {"ModDate", "modified"},
  };
  for (const auto& [pdf, ours] : known)
    if (key == pdf) return ours;
  return "custom:" + key;
}

std::string local_name(const char* qualified) {
  const std::string q = qualified;
  const std::size_t colon = q.find(':');
  return colon == std::string::npos ? q : q.substr(colon + 1);
}

// All text under a property element: rdf:li items joined by "; ".
void collect_text(const pugi::xml_node& node, std::string& out) {
  for (const pugi::xml_node& child : node.children()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
      std::string t = child.value();
      if (blank(t)) continue;
      if (!out.empty()) out += "; ";
      out += t;
    } else if (child.type() == pugi::node_element) {
      collect_text(child, out);
    }
  }
}

// Machinery rather than content: namespace declarations and the rdf:about anchor.
bool skip_attribute(const std::string& name) {
  return name == "rdf:about" || name.starts_with("xmlns") || name.starts_with("xml:");
}

void add_outline_items(const poppler::toc_item& item, int depth, std::vector<Block>& out) {
  if (depth > kMaxOutlineDepth) return;
  for (const poppler::toc_item* child : item.children()) {
    if (out.size() >= kMaxOutlineItems) return;
    const std::string title = to_utf8(child->title());
    if (!blank(title)) {
      read::BlockBuilder b(BlockKind::outline);
      b.append_synthetic(title);
      b.block().level = depth;
      out.push_back(b.finish());
    }
    add_outline_items(*child, depth + 1, out);
  }
}

// "D:20240315093000Z'" or "D:20240315093000+01'00'" as ISO 8601; other text unchanged.
std::string readable_date(const std::string& raw) {
  std::string_view s = raw;
  if (s.starts_with("D:")) s.remove_prefix(2);
  std::size_t digits = 0;
  while (digits < s.size() && digits < 14 && std::isdigit(static_cast<unsigned char>(s[digits]))) ++digits;
  if (digits < 8 || digits % 2 != 0) return raw;
  std::string out = std::string(s.substr(0, 4)) + "-" + std::string(s.substr(4, 2)) + "-" + std::string(s.substr(6, 2));
  if (digits >= 12) {
    out += "T" + std::string(s.substr(8, 2)) + ":" + std::string(s.substr(10, 2));
    out += ":" + (digits >= 14 ? std::string(s.substr(12, 2)) : std::string("00"));
    std::string_view zone = s.substr(digits);
    if (zone.starts_with('Z')) {
      out += "Z";
    } else if (zone.size() >= 3 && (zone[0] == '+' || zone[0] == '-')) {
      out += std::string(zone.substr(0, 3));
      const std::size_t quote = zone.find('\'', 3);
      const std::string_view minutes = quote == 3 ? zone.substr(4, 2) : zone.substr(3, 2);
      out += ":" + (minutes.size() == 2 ? std::string(minutes) : std::string("00"));
    }
  }
  return out;
}

}  // namespace

void read_info(const poppler::document& doc, Metadata& out) {
  for (const std::string& key : doc.info_keys()) {
    std::string value = to_utf8(doc.info_key(key));
    if (key == "CreationDate" || key == "ModDate") value = readable_date(value);
    out.emplace_back(info_name(key), value);
  }
}

void read_xmp(const std::string& packet, Metadata& out) {
  if (blank(packet)) return;
  pugi::xml_document xml;
  // No DTD handling: pugixml never expands entities beyond the predefined ones.
  if (!xml.load_buffer(packet.data(), packet.size(), pugi::parse_default & ~pugi::parse_doctype)) {
    out.emplace_back("xmp", unicode::is_valid_utf8(packet) ? packet : unicode::repair_utf8(packet));
    return;
  }
  for (const pugi::xpath_node& hit : xml.select_nodes("//*[local-name()='Description']")) {
    const pugi::xml_node d = hit.node();
    for (const pugi::xml_attribute& a : d.attributes()) {
      const std::string name = a.name();
      if (skip_attribute(name) || blank(a.value())) continue;
      out.emplace_back("xmp:" + local_name(a.name()), a.value());
    }
    for (const pugi::xml_node& property : d.children()) {
      if (property.type() != pugi::node_element) continue;
      std::string text;
      collect_text(property, text);
      for (const pugi::xml_attribute& a : property.attributes())  // rdf:resource="..." values
        if (!skip_attribute(a.name()) && std::string(a.name()) != "rdf:parseType" && !blank(a.value())) {
          if (!text.empty()) text += "; ";
          text += a.value();
        }
      if (!blank(text)) out.emplace_back("xmp:" + local_name(property.name()), text);
    }
  }
}

std::vector<Block> read_outline(const poppler::document& doc) {
  std::vector<Block> out;
  std::unique_ptr<poppler::toc> toc(doc.create_toc());
  if (toc && toc->root()) add_outline_items(*toc->root(), 1, out);
  return out;
}

std::vector<Block> metadata_blocks(const Metadata& metadata) {
  std::vector<Block> out;
  for (std::size_t i = 0; i < metadata.size(); ++i) {
    const auto& [key, value] = metadata[i];
    read::BlockBuilder b(BlockKind::metadata);
    b.append(value, SourceKind::property, 0, static_cast<std::uint32_t>(i), 0, static_cast<std::uint32_t>(value.size()));
    b.block().name = key;
    out.push_back(b.finish());
  }
  return out;
}

}  // namespace dhr::read::pdf
