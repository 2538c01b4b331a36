#include "write/docx_hidden_parts.h"

#include <cctype>
#include <string_view>

#include <fmt/format.h>

#include "read/docx_xml.h"
#include "write/docx_out_package.h"
#include "write/docx_out_rels.h"

namespace dhr::write::docx {
namespace {

using read::docx::Ns;

std::string plural(std::size_t n, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

// Number of w:comment elements in a comments part.
std::size_t count_comments(OutPackage& pkg, const std::string& name) {
  XmlPart* part = pkg.xml(name);
  if (part == nullptr) return 0;
  std::size_t n = 0;
  read::docx::ElementWalker walk(part->root());
  while (walk.next()) {
    if (!walk.entering() || walk.depth() == 0) continue;
    walk.skip_children();
    if (walk.name().is(Ns::w, "comment")) ++n;
  }
  return n;
}

// How an embedded part is named in the report: Word's own names ("oleObject1.bin",
// "Microsoft_Excel_Worksheet2.xlsx") say nothing about anyone and help a reviewer; any
// other name might ("Natasha statement.docx"), so it is withheld.
std::string embedded_label(const std::string& name) {
  const std::string_view file = std::string_view(name).substr(name.rfind('/') + 1);
  std::size_t stem = 0;
  while (stem < file.size() && (std::isalpha(static_cast<unsigned char>(file[stem])) || file[stem] == '_' || file[stem] == '-')) ++stem;
  const std::string_view word = file.substr(0, stem);
  std::size_t digits = stem;
  while (digits < file.size() && std::isdigit(static_cast<unsigned char>(file[digits]))) ++digits;
  const std::string_view rest = file.substr(digits);
  const bool plain_extension = rest.size() >= 2 && rest.size() <= 6 && rest[0] == '.' &&
                               rest.find_first_not_of("abcdefghijklmnopqrstuvwxyz", 1) == std::string_view::npos;
  for (std::string_view generic : {"oleObject", "Microsoft_Excel_Worksheet", "Microsoft_Excel_Macro-Enabled_Worksheet",
                                   "Microsoft_Word_Document", "Microsoft_PowerPoint_Presentation",
                                   "Microsoft_Visio_Drawing", "Package", "package", "Worksheet", "Document"})
    if (word == generic && plain_extension) return name;
  return "(an embedded file; its name is not shown)";
}

// Live entries whose lower-cased name starts with `folder`.
std::vector<std::string> entries_under(const OutPackage& pkg, std::string_view folder) {
  std::vector<std::string> out;
  for (const std::string& name : pkg.names())
    if (pkg.live(name) && ascii_lower(name).starts_with(folder)) out.push_back(name);
  return out;
}

}  // namespace

void remove_hidden_parts(OutPackage& pkg, const std::string& main, std::vector<std::string>& actions) {
  // Comments and their authors.
  std::size_t comments = 0;
  bool comment_parts = false, people = false;
  for (const OutRelationship& r : relationships_of(pkg, main)) {
    if (r.external || !pkg.live(r.target)) continue;
    if (has_type(r, "comments")) {
      comments += count_comments(pkg, pkg.find(r.target));
      comment_parts = pkg.remove(r.target) || comment_parts;
    } else if (has_type(r, "commentsExtended") || has_type(r, "commentsIds") || has_type(r, "commentsExtensible")) {
      comment_parts = pkg.remove(r.target) || comment_parts;
    } else if (has_type(r, "people")) {
      people = pkg.remove(r.target) || people;
    }
  }
  if (comment_parts && comments > 0)
    actions.push_back(fmt::format("removed {} and their authors", plural(comments, "comment", "comments")));
  else if (comment_parts)
    actions.push_back("removed the comments part (it held no comments)");
  if (people) actions.push_back("removed the list of reviewers (people.xml)");

  // Custom properties and thumbnails, from the package's relationships (and by name,
  // for packages that lost the relationship).
  bool custom = false;
  std::size_t thumbnails = 0;
  for (const OutRelationship& r : relationships_of(pkg, "")) {
    if (r.external || !pkg.live(r.target)) continue;
    if (has_type(r, "custom-properties")) custom = pkg.remove(r.target) || custom;
    else if (has_type(r, "metadata/thumbnail") && pkg.remove(r.target)) ++thumbnails;
  }
  custom = pkg.remove("docProps/custom.xml") || custom;
  for (const std::string& name : entries_under(pkg, "docprops/thumbnail"))
    if (pkg.remove(name)) ++thumbnails;
  if (custom) actions.push_back("removed custom document properties (docProps/custom.xml)");
  if (thumbnails > 0) actions.push_back(fmt::format("removed {}", plural(thumbnails, "thumbnail", "thumbnails")));

  std::size_t custom_xml = 0;
  for (const std::string& name : entries_under(pkg, "customxml/"))
    if (pkg.remove(name) && !source_of_rels(name)) ++custom_xml;
  if (custom_xml > 0) actions.push_back(fmt::format("removed {} (customXml)", plural(custom_xml, "custom XML part", "custom XML parts")));

  for (const std::string& name : entries_under(pkg, "word/embeddings/"))
    if (pkg.remove(name)) actions.push_back("removed embedded object " + embedded_label(name));
  std::size_t activex = 0;
  for (const std::string& name : entries_under(pkg, "word/activex/"))
    if (pkg.remove(name) && !source_of_rels(name) && ascii_lower(name).ends_with(".xml")) ++activex;
  if (activex > 0) actions.push_back(fmt::format("removed {}", plural(activex, "ActiveX control", "ActiveX controls")));
  bool printer = false;
  for (const std::string& name : entries_under(pkg, "word/printersettings/")) printer = pkg.remove(name) || printer;
  if (printer) actions.push_back("removed printer settings");
}

}  // namespace dhr::write::docx
