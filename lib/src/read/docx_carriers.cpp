#include "read/docx_carriers.h"

#include <optional>

#include "read/docx_xml.h"

namespace dhr::read::docx {
namespace {

// What kind of part the root element says this is: property parts carry their text in
// elements that are not w:t, so the enumeration has to know.
enum class PartKind { other, core_properties, app_properties, custom_properties };

PartKind part_kind(const QName& root) {
  if (root.is(Ns::cp, "coreProperties")) return PartKind::core_properties;
  if (root.is(Ns::ep, "Properties")) return PartKind::app_properties;
  if (root.is(Ns::custom, "Properties")) return PartKind::custom_properties;
  return PartKind::other;
}

std::optional<CarrierRole> element_text_role(const QName& n) {
  if (n.ns == Ns::w) {
    if (n.local == "t") return CarrierRole::run_text;
    if (n.local == "delText") return CarrierRole::deleted_text;
    if (n.local == "instrText") return CarrierRole::field_code;
    if (n.local == "delInstrText") return CarrierRole::deleted_field_code;
  } else if (n.is(Ns::a, "t")) {
    return CarrierRole::drawing_text;
  } else if (n.is(Ns::m, "t")) {
    return CarrierRole::math_text;
  }
  return std::nullopt;
}

bool is_leaf(const pugi::xml_node& element) { return !first_element(element); }

// The role of a property element's text, by part kind (dates, counts and the revision
// number are not readable text about anyone, so they are not carriers).
std::optional<CarrierRole> property_role(PartKind kind, const ElementWalker& walk, bool in_titles) {
  const QName& n = walk.name();
  switch (kind) {
    case PartKind::core_properties:
      if (walk.depth() != 1 || !is_leaf(walk.node())) return std::nullopt;
      if (n.ns == Ns::dcterms && (n.local == "created" || n.local == "modified")) return std::nullopt;
      if (n.ns == Ns::cp && (n.local == "revision" || n.local == "lastPrinted")) return std::nullopt;
      return CarrierRole::property_value;
    case PartKind::app_properties:
      if (walk.depth() == 1 && n.ns == Ns::ep &&
          (n.local == "Template" || n.local == "Manager" || n.local == "Company" || n.local == "HyperlinkBase"))
        return CarrierRole::property_value;
      // The titles of the document's parts (Word puts the title here); HeadingPairs
      // beside it holds only Word's own labels ("Title").
      if (in_titles && n.ns == Ns::vt && (n.local == "lpstr" || n.local == "lpwstr")) return CarrierRole::property_value;
      return std::nullopt;
    case PartKind::custom_properties:
      if (n.ns == Ns::vt && walk.depth() >= 2 && is_leaf(walk.node())) return CarrierRole::property_value;
      return std::nullopt;
    case PartKind::other:
      break;
  }
  return std::nullopt;
}

// The local part of a qualified name, cheaply (before any namespace lookup).
std::string_view local_part(const char* qualified) {
  std::string_view q(qualified);
  const std::size_t colon = q.find(':');
  return colon == std::string_view::npos ? q : q.substr(colon + 1);
}

bool is_drawing_properties(const QName& n) {
  return n.is(Ns::wp, "docPr") || (n.local == "cNvPr" && n.ns != Ns::none);
}

// The role of attribute `a` of the current element, if it carries readable text.
std::optional<CarrierRole> attribute_role(const ElementWalker& walk, const pugi::xml_attribute& a) {
  const std::string_view local = local_part(a.name());
  const QName& el = walk.name();
  // Attributes that carry text wherever they appear.
  if (local == "author" || local == "initials" || local == "userId") {
    const QName an = walk.attribute_name(a);
    if (an.is(Ns::w, "author") || an.is(Ns::w15, "author")) return CarrierRole::author;
    if (an.is(Ns::w, "initials")) return CarrierRole::initials;
    if (an.is(Ns::w15, "userId")) return CarrierRole::user_id;
    return std::nullopt;
  }
  if (is_drawing_properties(el)) {
    if (walk.attribute_name(a).ns != Ns::none) return std::nullopt;
    if (local == "descr") return CarrierRole::image_description;
    if (local == "title") return CarrierRole::image_title;
    if (local == "name") return CarrierRole::shape_name;
    return std::nullopt;
  }
  if (el.ns == Ns::v) {
    const QName an = walk.attribute_name(a);
    if (an.is(Ns::none, "alt")) return CarrierRole::image_description;
    if (el.local == "imagedata" && an.is(Ns::o, "title")) return CarrierRole::image_title;
    return std::nullopt;
  }
  if (el.is(Ns::rels, "Relationship")) {
    if (local != "Target" || walk.attribute_name(a).ns != Ns::none) return std::nullopt;
    const std::string_view mode = walk.node().attribute("TargetMode").value();
    return mode == "External" ? std::optional(CarrierRole::relationship_target) : std::nullopt;
  }
  if (el.ns != Ns::w) return std::nullopt;
  const QName an = walk.attribute_name(a);
  if (an.ns != Ns::w) return std::nullopt;
  if (el.local == "fldSimple") return an.local == "instr" ? std::optional(CarrierRole::field_instruction) : std::nullopt;
  if (el.local == "hyperlink")
    return an.local == "tooltip" ? std::optional(CarrierRole::hyperlink_tooltip) : std::nullopt;
  if (el.local == "bookmarkStart")
    return an.local == "name" && !std::string_view(a.value()).starts_with('_')
               ? std::optional(CarrierRole::bookmark_name)
               : std::nullopt;
  if (el.local == "listItem")
    return an.local == "displayText" || an.local == "value" ? std::optional(CarrierRole::content_control)
                                                             : std::nullopt;
  if (an.local != "val") return std::nullopt;
  if (el.local == "alias" || el.local == "tag") return CarrierRole::content_control;
  if (el.local == "statusText" || el.local == "helpText" || el.local == "listEntry") return CarrierRole::form_field;
  if (el.local == "default" && walk.parent_name().is(Ns::w, "textInput")) return CarrierRole::form_field;
  if (el.local == "docVar") return CarrierRole::doc_var;
  if (el.local == "connectString" || el.local == "query") return CarrierRole::mail_merge;
  return std::nullopt;
}

}  // namespace

const char* to_string(CarrierRole role) {
  switch (role) {
    case CarrierRole::run_text: return "run_text";
    case CarrierRole::deleted_text: return "deleted_text";
    case CarrierRole::field_code: return "field_code";
    case CarrierRole::deleted_field_code: return "deleted_field_code";
    case CarrierRole::drawing_text: return "drawing_text";
    case CarrierRole::math_text: return "math_text";
    case CarrierRole::author: return "author";
    case CarrierRole::initials: return "initials";
    case CarrierRole::user_id: return "user_id";
    case CarrierRole::image_description: return "image_description";
    case CarrierRole::image_title: return "image_title";
    case CarrierRole::shape_name: return "shape_name";
    case CarrierRole::field_instruction: return "field_instruction";
    case CarrierRole::hyperlink_tooltip: return "hyperlink_tooltip";
    case CarrierRole::bookmark_name: return "bookmark_name";
    case CarrierRole::content_control: return "content_control";
    case CarrierRole::form_field: return "form_field";
    case CarrierRole::doc_var: return "doc_var";
    case CarrierRole::mail_merge: return "mail_merge";
    case CarrierRole::relationship_target: return "relationship_target";
    case CarrierRole::property_value: return "property_value";
  }
  return "unknown";
}

std::vector<Carrier> enumerate_carriers(const pugi::xml_document& part) {
  std::vector<Carrier> out;
  ElementWalker walk(part.document_element());
  PartKind kind = PartKind::other;
  int fallback_depth = 0;
  int titles_depth = 0;  // inside ep:TitlesOfParts
  while (walk.next()) {
    const QName& n = walk.name();
    const bool fallback = n.is(Ns::mc, "Fallback");
    const bool titles = n.is(Ns::ep, "TitlesOfParts");
    if (!walk.entering()) {
      if (fallback) --fallback_depth;
      if (titles) --titles_depth;
      continue;
    }
    if (walk.depth() == 0) kind = part_kind(n);
    if (fallback) ++fallback_depth;
    if (titles) ++titles_depth;
    const pugi::xml_node element = walk.node();
    for (pugi::xml_attribute a = element.first_attribute(); a; a = a.next_attribute())
      if (auto role = attribute_role(walk, a)) out.push_back({*role, element, a, fallback_depth > 0});
    std::optional<CarrierRole> role = element_text_role(n);
    if (!role && kind != PartKind::other) role = property_role(kind, walk, titles_depth > 0);
    if (role) out.push_back({*role, element, {}, fallback_depth > 0});
  }
  return out;
}

std::string_view carrier_text(const Carrier& carrier, std::string& scratch) {
  if (carrier.attribute) return carrier.attribute.value();
  std::string_view first;
  int pieces = 0;
  for (pugi::xml_node c = carrier.element.first_child(); c; c = c.next_sibling()) {
    if (c.type() != pugi::node_pcdata && c.type() != pugi::node_cdata) continue;
    if (pieces == 0) {
      first = c.value();
    } else {
      if (pieces == 1) scratch.assign(first);
      scratch += c.value();
    }
    ++pieces;
  }
  return pieces <= 1 ? first : std::string_view(scratch);
}

CarrierIndex::CarrierIndex(const std::vector<Carrier>& carriers) {
  index_.reserve(carriers.size());
  for (std::size_t i = 0; i < carriers.size(); ++i) {
    const Carrier& c = carriers[i];
    const void* key = c.attribute ? static_cast<const void*>(c.attribute.internal_object())
                                  : static_cast<const void*>(c.element.internal_object());
    index_.emplace(key, static_cast<std::uint32_t>(i));
  }
}

std::int64_t CarrierIndex::of(const pugi::xml_node& element) const {
  auto it = index_.find(element.internal_object());
  return it == index_.end() ? -1 : static_cast<std::int64_t>(it->second);
}

std::int64_t CarrierIndex::of(const pugi::xml_attribute& attribute) const {
  auto it = index_.find(attribute.internal_object());
  return it == index_.end() ? -1 : static_cast<std::int64_t>(it->second);
}

}  // namespace dhr::read::docx
