// The second sweep over every XML part (internal): carriers that hold no text of the
// document's body get the text rules (docx_text_rules.h), and external link targets that
// name someone go.
//
// "No text of the body" means: no block anchors the carrier (a copy the reader skipped),
// or only metadata blocks do (strings the reader gathered at the end: properties,
// authors, content control titles, bookmark and shape names ...). Such strings are hidden
// and short, so a name rewritten there by rule costs nothing a reader sees; carriers of
// the visible text are changed by the edits alone, as the detector and policy decided.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <unordered_set>

namespace dhr::write::docx {

struct XmlPart;
class OutPackage;
class PackageLinks;
class TextRules;

// Rewrites the carriers of `part` not in `skip` (the carriers of body text and those the
// edits changed already; link targets are left to scrub_link_targets). Bookmark names are
// kept to the characters Word allows in them. Returns the number rewritten.
std::size_t rewrite_unanchored(XmlPart& part, const std::unordered_set<std::uint32_t>& skip, const TextRules& rules);

// For every external relationship of every live part whose target mentions an edited
// identifier (or was edited through an anchor, `edited(rels part, carrier)`): a hyperlink
// is removed with its relationship, its text kept; any other external target (a linked
// picture or file) is pointed at "about:blank". Returns the number of targets handled.
std::size_t scrub_link_targets(OutPackage& pkg, PackageLinks& links, const TextRules& rules,
                               const std::function<bool(const std::string& rels_part, std::uint32_t carrier)>& edited);

}  // namespace dhr::write::docx
