#include "write/docx_unanchored.h"

#include <cctype>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "read/docx_carriers.h"
#include "write/docx_apply_edits.h"
#include "write/docx_out_links.h"
#include "write/docx_out_package.h"
#include "write/docx_out_rels.h"
#include "write/docx_text_rules.h"

namespace dhr::write::docx {
namespace {

using read::docx::CarrierRole;

// Word allows letters, digits and underscores in bookmark names.
std::string bookmark_safe(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || static_cast<unsigned char>(c) >= 0x80)) c = '_';
  return out;
}

}  // namespace

std::size_t rewrite_unanchored(XmlPart& part, const std::unordered_set<std::uint32_t>& skip, const TextRules& rules) {
  std::size_t rewritten = 0;
  std::string scratch;
  for (std::uint32_t i = 0; i < part.carriers.size(); ++i) {
    const read::docx::Carrier& c = part.carriers[i];
    if (c.role == CarrierRole::relationship_target || skip.count(i) != 0) continue;
    const std::string_view text = read::docx::carrier_text(c, scratch);
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) continue;
    std::optional<std::string> out = rules.rewrite(text);
    if (!out || *out == text) continue;
    set_carrier_text(c, c.role == CarrierRole::bookmark_name ? bookmark_safe(*out) : *out);
    ++rewritten;
    part.dirty = true;
  }
  return rewritten;
}

std::size_t scrub_link_targets(OutPackage& pkg, PackageLinks& links, const TextRules& rules,
                               const std::function<bool(const std::string& rels_part, std::uint32_t carrier)>& edited) {
  std::size_t handled = 0;
  for (const std::string& name : pkg.names()) {
    const std::optional<std::string> source = source_of_rels(name);
    if (!source || !pkg.live(name)) continue;
    XmlPart* rels = pkg.xml(name);
    if (rels == nullptr) continue;
    // Which carrier each Target attribute is: edits through anchors name carriers.
    std::unordered_map<const void*, std::uint32_t> carrier_of;
    for (std::uint32_t i = 0; i < rels->carriers.size(); ++i)
      if (rels->carriers[i].attribute) carrier_of.emplace(rels->carriers[i].attribute.internal_object(), i);
    for (const OutRelationship& r : relationships_of(pkg, *source)) {
      if (!r.external) continue;
      const pugi::xml_attribute target = r.node.attribute("Target");
      auto it = carrier_of.find(target.internal_object());
      const bool was_edited = it != carrier_of.end() && edited(name, it->second);
      if (!was_edited && !rules.mentions_identifier(r.target)) continue;
      ++handled;
      if (has_type(r, "hyperlink")) {
        links.remove_relationship(*source, r.id);
      } else {
        r.node.attribute("Target").set_value("about:blank");
        rels->dirty = true;
      }
    }
  }
  return handled;
}

}  // namespace dhr::write::docx
