#include "read/docx_styles.h"

#include <cctype>
#include <cstdlib>

#include "read/docx_xml.h"

namespace dhr::read::docx {
namespace {

// A chain longer than this is a loop (w:basedOn cycles exist in damaged files).
constexpr int kMaxChain = 32;

int int_value(const pugi::xml_attribute& a, int fallback) {
  if (!a) return fallback;
  char* end = nullptr;
  const long v = std::strtol(a.value(), &end, 10);
  return end == a.value() ? fallback : static_cast<int>(v);
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

RunFlags read_run_flags(const ElementWalker& walk, pugi::xml_node rpr) {
  RunFlags f;
  if (!rpr) return f;
  for (pugi::xml_node c = first_element(rpr); c; c = next_element(c)) {
    const QName n = walk.child_name(c);
    if (n.ns != Ns::w) continue;
    if (n.local == "b") f.bold = is_on(attribute(walk, c, Ns::w, "val"));
    else if (n.local == "vanish") f.hidden = is_on(attribute(walk, c, Ns::w, "val"));
  }
  return f;
}

NumberingRef read_numbering_ref(const ElementWalker& walk, pugi::xml_node ppr) {
  NumberingRef ref;
  const pugi::xml_node numpr = child(walk, ppr, Ns::w, "numPr");
  if (!numpr) return ref;
  if (pugi::xml_node id = child(walk, numpr, Ns::w, "numId")) ref.num_id = int_value(attribute(walk, id, Ns::w, "val"), -1);
  if (pugi::xml_node lvl = child(walk, numpr, Ns::w, "ilvl")) ref.ilvl = int_value(attribute(walk, lvl, Ns::w, "val"), -1);
  return ref;
}

Styles::Styles(pugi::xml_node root) {
  if (!root) return;
  ElementWalker walk(root);
  while (walk.next()) {
    if (!walk.entering() || walk.depth() == 0) continue;
    walk.skip_children();
    const pugi::xml_node n = walk.node();
    if (walk.name().is(Ns::w, "docDefaults")) {
      if (pugi::xml_node d = child(walk, n, Ns::w, "rPrDefault")) defaults_ = read_run_flags(walk, child(walk, d, Ns::w, "rPr"));
      continue;
    }
    if (!walk.name().is(Ns::w, "style")) continue;
    Style s;
    s.id = walk.attribute(Ns::w, "styleId").value();
    const std::string_view type = walk.attribute(Ns::w, "type").value();
    s.paragraph = type.empty() || type == "paragraph";
    if (pugi::xml_node c = child(walk, n, Ns::w, "name")) s.name = attribute(walk, c, Ns::w, "val").value();
    if (pugi::xml_node c = child(walk, n, Ns::w, "basedOn")) s.based_on = attribute(walk, c, Ns::w, "val").value();
    if (pugi::xml_node ppr = child(walk, n, Ns::w, "pPr")) {
      if (pugi::xml_node o = child(walk, ppr, Ns::w, "outlineLvl"))
        s.outline_level = int_value(attribute(walk, o, Ns::w, "val"), 9);
      s.numbering = read_numbering_ref(walk, ppr);
    }
    s.run = read_run_flags(walk, child(walk, n, Ns::w, "rPr"));
    const pugi::xml_attribute is_default = walk.attribute(Ns::w, "default");
    if (type == "paragraph" && is_default && is_on(is_default)) default_paragraph_ = s.id;
    styles_.emplace(s.id, std::move(s));
  }
}

const Style* Styles::find(std::string_view id) const {
  if (id.empty()) return nullptr;
  auto it = styles_.find(std::string(id));
  return it == styles_.end() ? nullptr : &it->second;
}

template <typename F>
void Styles::for_chain(std::string_view id, F f) const {
  const Style* s = find(id);
  for (int hops = 0; s != nullptr && hops < kMaxChain; ++hops) {
    if (f(*s)) return;
    if (s->based_on == s->id) return;
    s = find(s->based_on);
  }
}

int Styles::heading_level(std::string_view style_id) const {
  int level = 0;
  for_chain(style_id, [&](const Style& s) {
    if (s.outline_level) {
      level = *s.outline_level >= 0 && *s.outline_level < 9 ? *s.outline_level + 1 : 0;
      return true;
    }
    return false;
  });
  if (level > 0) return level;
  for_chain(style_id, [&](const Style& s) {
    const std::string name = lower(s.name);
    if (name == "title") {
      level = 1;
      return true;
    }
    if (name.size() == 9 && name.starts_with("heading ") && name[8] >= '1' && name[8] <= '9') {
      level = name[8] - '0';
      return true;
    }
    return false;
  });
  return level;
}

NumberingRef Styles::numbering(std::string_view style_id) const {
  NumberingRef ref;
  for_chain(style_id, [&](const Style& s) {
    if (ref.ilvl < 0 && s.numbering.ilvl >= 0) ref.ilvl = s.numbering.ilvl;
    if (s.numbering.num_id >= 0) {
      ref.num_id = s.numbering.num_id;
      return true;
    }
    return false;
  });
  return ref;
}

RunFlags Styles::run_flags(std::string_view style_id) const {
  RunFlags out;
  for_chain(style_id, [&](const Style& s) {
    if (!out.bold && s.run.bold) out.bold = s.run.bold;
    if (!out.hidden && s.run.hidden) out.hidden = s.run.hidden;
    return out.bold && out.hidden;
  });
  return out;
}

bool Styles::is_list_style(std::string_view style_id) const {
  bool list = false;
  for_chain(style_id, [&](const Style& s) {
    list = lower(s.name).starts_with("list");
    return list;
  });
  return list;
}

}  // namespace dhr::read::docx
