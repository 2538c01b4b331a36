#include "read/docx_xml.h"

#include <array>
#include <cstring>
#include <utility>

#include <fmt/format.h>

#include "dhr/error.h"

namespace dhr::read::docx {
namespace {

constexpr std::array<std::pair<std::string_view, Ns>, 29> kNamespaces{{
    {"http://schemas.openxmlformats.org/wordprocessingml/2006/main", Ns::w},
    {"http://purl.oclc.org/ooxml/wordprocessingml/main", Ns::w},
    {"http://schemas.microsoft.com/office/word/2010/wordml", Ns::w14},
    {"http://schemas.microsoft.com/office/word/2012/wordml", Ns::w15},
    {"http://schemas.openxmlformats.org/officeDocument/2006/relationships", Ns::r},
    {"http://purl.oclc.org/ooxml/officeDocument/relationships", Ns::r},
    {"http://schemas.openxmlformats.org/package/2006/relationships", Ns::rels},
    {"http://schemas.openxmlformats.org/markup-compatibility/2006", Ns::mc},
    {"http://schemas.openxmlformats.org/drawingml/2006/main", Ns::a},
    {"http://purl.oclc.org/ooxml/drawingml/main", Ns::a},
    {"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing", Ns::wp},
    {"http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing", Ns::wp},
    {"http://schemas.openxmlformats.org/drawingml/2006/picture", Ns::pic},
    {"http://purl.oclc.org/ooxml/drawingml/picture", Ns::pic},
    {"http://schemas.microsoft.com/office/word/2010/wordprocessingShape", Ns::wps},
    {"http://schemas.microsoft.com/office/word/2010/wordprocessingGroup", Ns::wpg},
    {"urn:schemas-microsoft-com:vml", Ns::v},
    {"urn:schemas-microsoft-com:office:office", Ns::o},
    {"http://schemas.openxmlformats.org/officeDocument/2006/math", Ns::m},
    {"http://purl.oclc.org/ooxml/officeDocument/math", Ns::m},
    {"http://schemas.openxmlformats.org/package/2006/metadata/core-properties", Ns::cp},
    {"http://purl.org/dc/elements/1.1/", Ns::dc},
    {"http://purl.org/dc/terms/", Ns::dcterms},
    {"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties", Ns::ep},
    {"http://purl.oclc.org/ooxml/officeDocument/extendedProperties", Ns::ep},
    {"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties", Ns::custom},
    {"http://purl.oclc.org/ooxml/officeDocument/customProperties", Ns::custom},
    {"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes", Ns::vt},
    {"http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes", Ns::vt},
}};

constexpr std::string_view kXmlNamespace = "http://www.w3.org/XML/1998/namespace";

// Largest element depth under `root`, stopping as soon as it passes `limit`. Walks with
// parent pointers, so it needs no stack at all.
std::size_t max_depth_up_to(pugi::xml_node root, std::size_t limit) {
  std::size_t depth = 0;
  std::size_t deepest = 0;
  pugi::xml_node node = root;
  while (node) {
    if (depth > deepest) {
      deepest = depth;
      if (deepest > limit) return deepest;
    }
    if (pugi::xml_node c = first_element(node)) {
      node = c;
      ++depth;
      continue;
    }
    while (node && node != root && !next_element(node)) {
      node = node.parent();
      --depth;
    }
    if (!node || node == root) break;
    node = next_element(node);
  }
  return deepest;
}

}  // namespace

Ns namespace_of(std::string_view uri) {
  for (const auto& [u, ns] : kNamespaces)
    if (u == uri) return ns;
  if (uri == kXmlNamespace) return Ns::xml;
  return Ns::unknown;
}

pugi::xml_node first_element(pugi::xml_node node) {
  pugi::xml_node c = node.first_child();
  while (c && c.type() != pugi::node_element) c = c.next_sibling();
  return c;
}

pugi::xml_node next_element(pugi::xml_node node) {
  pugi::xml_node c = node.next_sibling();
  while (c && c.type() != pugi::node_element) c = c.next_sibling();
  return c;
}

void parse_part(pugi::xml_document& doc, std::string& bytes, std::string_view part_name, const std::string& path,
                int max_depth) {
  const pugi::xml_parse_result result = doc.load_buffer_inplace(bytes.data(), bytes.size(), kParseOptions);
  if (!result)
    throw Error(ErrorKind::corrupt, path,
                fmt::format("malformed XML in {} at byte {}: {}", part_name, result.offset, result.description()));
  for (pugi::xml_node n = doc.first_child(); n; n = n.next_sibling())
    if (n.type() == pugi::node_doctype)
      throw Error(ErrorKind::hostile, path,
                  fmt::format("{} declares a DOCTYPE (entity expansion is not allowed)", part_name));
  pugi::xml_node root = doc.document_element();
  if (!root) throw Error(ErrorKind::corrupt, path, fmt::format("malformed XML in {}: no root element", part_name));
  const std::size_t limit = max_depth > 0 ? static_cast<std::size_t>(max_depth) : 0;
  if (max_depth_up_to(root, limit) >= limit)
    throw Error(ErrorKind::limit, path,
                fmt::format("XML elements in {} nest deeper than the limit of {}", part_name, max_depth));
}

ElementWalker::ElementWalker(pugi::xml_node root) : root_(root) {
  names_.reserve(32);
  marks_.reserve(32);
  bindings_.reserve(64);
  // Prefixes declared above root (w:document declares w: for w:body) are in scope too.
  std::vector<pugi::xml_node> ancestors;
  for (pugi::xml_node a = root.parent(); a && a.type() == pugi::node_element; a = a.parent()) ancestors.push_back(a);
  for (auto it = ancestors.rbegin(); it != ancestors.rend(); ++it) add_bindings(*it);
}

void ElementWalker::add_bindings(const pugi::xml_node& node) {
  for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute()) {
    const char* n = a.name();
    if (std::strncmp(n, "xmlns", 5) != 0) continue;
    if (n[5] == '\0') bindings_.push_back({std::string_view(), namespace_of(a.value())});
    else if (n[5] == ':') bindings_.push_back({std::string_view(n + 6), namespace_of(a.value())});
  }
}

bool ElementWalker::next() {
  if (!started_) {
    started_ = true;
    if (!root_) return false;
    enter(root_);
    return true;
  }
  if (entering_) {
    pugi::xml_node c = skip_ ? pugi::xml_node() : first_element(node_);
    skip_ = false;
    if (c) {
      enter(c);
      return true;
    }
    entering_ = false;  // now leaving node_
    return true;
  }
  leave();
  if (node_ == root_ || names_.empty()) return false;
  if (pugi::xml_node s = next_element(node_)) {
    enter(s);
    return true;
  }
  node_ = node_.parent();
  entering_ = false;
  return true;
}

void ElementWalker::enter(pugi::xml_node node) {
  node_ = node;
  entering_ = true;
  skip_ = false;
  marks_.push_back(static_cast<std::uint32_t>(bindings_.size()));
  add_bindings(node);
  names_.push_back(resolve(node.name(), false));
}

void ElementWalker::leave() {
  names_.pop_back();
  bindings_.resize(marks_.back());
  marks_.pop_back();
}

QName ElementWalker::resolve(const char* qualified_name, bool is_attribute) const {
  std::string_view q(qualified_name);
  const std::size_t colon = q.find(':');
  std::string_view prefix;
  QName out;
  if (colon == std::string_view::npos) {
    out.local = q;
    if (is_attribute) return out;  // unprefixed attributes are in no namespace
  } else {
    prefix = q.substr(0, colon);
    out.local = q.substr(colon + 1);
    if (prefix == "xml") {
      out.ns = Ns::xml;
      return out;
    }
  }
  for (auto it = bindings_.rbegin(); it != bindings_.rend(); ++it) {
    if (it->prefix == prefix) {
      out.ns = it->ns;
      return out;
    }
  }
  out.ns = prefix.empty() ? Ns::none : Ns::unknown;
  return out;
}

pugi::xml_attribute ElementWalker::attribute(Ns ns, std::string_view local) const {
  return docx::attribute(*this, node_, ns, local);
}

pugi::xml_node child(const ElementWalker& walk, pugi::xml_node parent, Ns ns, std::string_view local) {
  for (pugi::xml_node c = first_element(parent); c; c = next_element(c))
    if (walk.child_name(c).is(ns, local)) return c;
  return {};
}

pugi::xml_attribute attribute(const ElementWalker& walk, pugi::xml_node element, Ns ns, std::string_view local) {
  for (pugi::xml_attribute a = element.first_attribute(); a; a = a.next_attribute())
    if (walk.attribute_name(a).is(ns, local)) return a;
  return {};
}

bool is_on(const pugi::xml_attribute& val) {
  if (!val) return true;
  const std::string_view v = val.value();
  return !(v == "0" || v == "false" || v == "off" || v == "none");
}

}  // namespace dhr::read::docx
