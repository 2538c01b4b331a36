// The DOCX reader: dhr::read_docx.
//
// Opens the zip defensively (docx_zip.h), follows the relationships from _rels/.rels to
// the main document and from there to styles, numbering, headers, footers, notes and
// comments, reads each story (docx_story.h) and the properties (docx_metadata.h), and
// anchors every byte of text to a carrier (docx_carriers.h) so a writer can edit it.
//
// Blocks come in this order: headers, body, footnotes, endnotes, footers, comments, then
// metadata. DOCX has no fixed pages, so Document::pages and every Block::page are 0.
#include <algorithm>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "dhr/error.h"
#include "dhr/reader.h"
#include "read/docx_carriers.h"
#include "read/docx_metadata.h"
#include "read/docx_numbering.h"
#include "read/docx_package.h"
#include "read/docx_story.h"
#include "read/docx_styles.h"
#include "read/docx_xml.h"
#include "read/docx_zip.h"
#include "read/file_access.h"

namespace dhr {
namespace {

using namespace read::docx;

constexpr std::string_view kZipMagic = "PK";
constexpr std::string_view kOleMagic = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
constexpr std::string_view kEncryptedPackageUtf16{
    "E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0", 32};

class DocxReader {
 public:
  DocxReader(const std::string& path, const ReadOptions& options) : path_(path), options_(options) {}

  Document read() {
    std::string bytes = read::read_file_bytes(path_, options_.max_file_bytes);
    if (bytes.empty()) throw Error(ErrorKind::corrupt, path_, "empty file");
    if (std::string_view(bytes).starts_with(kOleMagic)) {
      // Word saves a password-protected .docx as an OLE compound file holding the zip,
      // encrypted, in a stream named EncryptedPackage (the name is UTF-16LE).
      if (bytes.find(kEncryptedPackageUtf16) != std::string::npos)
        throw Error(ErrorKind::encrypted, path_,
                    "DOCX is password protected (encrypted package); remove the password in Word and save again");
      throw Error(ErrorKind::unsupported, path_, "legacy Word file (OLE compound document); save it as .docx");
    }
    if (!std::string_view(bytes).starts_with(kZipMagic))
      throw Error(ErrorKind::unsupported, path_, "not a DOCX (not a zip archive)");
    zip_ = std::make_unique<ZipArchive>(path_, std::move(bytes), options_);
    doc_.path = path_;
    doc_.format = Format::docx;
    doc_.pages = 0;

    const Relationships package = relationships_of("");
    const Part& main = load_main(package);
    const Relationships rels = relationships_of(main.name);
    const Part* styles_part = load_related(rels, "styles", "word/styles.xml");
    const Styles styles(styles_part != nullptr ? styles_part->root() : pugi::xml_node());
    const Part* numbering_part = load_related(rels, "numbering", "word/numbering.xml");
    const Numbering numbering(numbering_part != nullptr ? numbering_part->root() : pugi::xml_node(), styles);

    const pugi::xml_node body = body_of(main);
    std::vector<Block> headers = read_header_footers(main, body, rels, "header", BlockKind::header, styles, numbering);
    std::vector<Block> footers = read_header_footers(main, body, rels, "footer", BlockKind::footer, styles, numbering);

    ListCounters body_counters;
    std::vector<Block> blocks = std::move(headers);
    StoryReader(StoryContext{main, rels, styles, numbering, body_counters}, blocks, table_index_).read_body(body);
    read_notes(rels, "footnotes", "footnote", styles, numbering, blocks);
    read_notes(rels, "endnotes", "endnote", styles, numbering, blocks);
    for (Block& b : footers) blocks.push_back(std::move(b));
    const Part* comments = read_notes(rels, "comments", "comment", styles, numbering, blocks);

    std::vector<Block> metadata;
    MetadataCollector collect(doc_, metadata);
    if (const Part* p = load_related(package, "metadata/core-properties", "docProps/core.xml")) collect.core_properties(*p);
    if (const Part* p = load_related(package, "extended-properties", "docProps/app.xml")) collect.app_properties(*p);
    if (const Part* p = load_related(package, "custom-properties", "docProps/custom.xml")) collect.custom_properties(*p);
    if (const Part* p = load_related(rels, "settings", "word/settings.xml")) collect.settings(*p, relationships_of(p->name));
    if (const Part* p = load_related(rels, "people", "")) collect.people(*p);
    if (comments != nullptr) collect.comment_authors(*comments);
    collect.revision_authors(story_parts_);

    std::vector<const Part*> all;
    for (const auto& p : parts_) all.push_back(p.get());
    collect.unplaced_carriers(all, blocks);

    for (Block& b : metadata) blocks.push_back(std::move(b));
    doc_.blocks = std::move(blocks);
    return std::move(doc_);
  }

 private:
  // Reads, parses and indexes a part once; nullptr when the zip has no such entry.
  const Part* load(const std::string& name) {
    if (name.empty()) return nullptr;
    if (auto it = by_name_.find(name); it != by_name_.end()) return it->second;
    std::optional<std::string> bytes = zip_->read(name);
    if (!bytes) {
      by_name_.emplace(name, nullptr);
      return nullptr;
    }
    auto part = std::make_unique<Part>();
    part->name = name;
    part->bytes = std::move(*bytes);
    parse_part(part->xml, part->bytes, name, path_, options_.max_xml_depth);
    part->carriers = enumerate_carriers(part->xml);
    part->carrier_index = std::make_unique<CarrierIndex>(part->carriers);
    part->index = static_cast<std::uint32_t>(doc_.parts.size());
    doc_.parts.push_back(name);
    const Part* p = part.get();
    parts_.push_back(std::move(part));
    by_name_.emplace(name, p);
    return p;
  }

  Relationships relationships_of(const std::string& part_name) {
    const Part* rels = load(rels_name_for(part_name));
    if (rels == nullptr) return {};
    return read_relationships(*rels, part_name);
  }

  // The part a relationship of this type points at, or the usual name when the package
  // has no relationships part at all (some generators leave it out).
  const Part* load_related(const Relationships& rels, std::string_view type, const std::string& usual) {
    if (const Relationship* r = rels.first_of_type(type)) return load(r->target);
    return rels.part == nullptr ? load(usual) : nullptr;
  }

  const Part& load_main(const Relationships& package) {
    std::vector<std::string> candidates;
    if (const Relationship* r = package.first_of_type("officeDocument")) candidates.push_back(r->target);
    candidates.emplace_back("word/document.xml");
    for (const std::string& name : candidates) {
      if (!zip_->contains(name)) continue;
      const Part* p = load(name);
      if (p != nullptr) {
        story_parts_.push_back(p);
        return *p;
      }
    }
    // A package that says it is an office document but lacks its main part is a damaged
    // DOCX; a zip with no sign of being one is simply not a DOCX.
    if (package.first_of_type("officeDocument") != nullptr || zip_->contains("[Content_Types].xml"))
      throw Error(ErrorKind::corrupt, path_, "DOCX has no main document part (word/document.xml)");
    throw Error(ErrorKind::unsupported, path_, "not a DOCX: no word/document.xml");
  }

  pugi::xml_node body_of(const Part& main) {
    ElementWalker walk(main.root());
    walk.next();
    if (!walk.name().is(Ns::w, "document"))
      throw Error(ErrorKind::unsupported, path_, fmt::format("not a DOCX: {} is not a WordprocessingML document", main.name));
    const pugi::xml_node body = child(walk, main.root(), Ns::w, "body");
    if (!body) throw Error(ErrorKind::corrupt, path_, fmt::format("{} has no w:body", main.name));
    return body;
  }

  // Headers (or footers) in the order the sections refer to them, then any others the
  // document's relationships list: a header no section uses is still in the file.
  std::vector<Block> read_header_footers(const Part& main, pugi::xml_node body, const Relationships& rels,
                                         std::string_view type, BlockKind kind, const Styles& styles,
                                         const Numbering& numbering) {
    std::vector<std::string> ids;
    const std::string reference = std::string(type) + "Reference";
    ElementWalker walk(body);
    auto take_section = [&](pugi::xml_node sect) {
      for (pugi::xml_node c = first_element(sect); c; c = next_element(c))
        if (walk.child_name(c).is(Ns::w, reference)) ids.emplace_back(attribute(walk, c, Ns::r, "id").value());
    };
    walk.next();
    for (pugi::xml_node c = first_element(body); c; c = next_element(c)) {
      const QName n = walk.child_name(c);
      if (n.is(Ns::w, "sectPr")) take_section(c);
      else if (n.is(Ns::w, "p"))
        if (pugi::xml_node ppr = child(walk, c, Ns::w, "pPr"))
          if (pugi::xml_node sect = child(walk, ppr, Ns::w, "sectPr")) take_section(sect);
    }
    std::vector<const Relationship*> order;
    for (const std::string& id : ids)
      if (const Relationship* r = rels.by_id(id); r != nullptr && std::find(order.begin(), order.end(), r) == order.end())
        order.push_back(r);
    for (const Relationship& r : rels.items)
      if (!r.external && rels.is_type(r, type) && std::find(order.begin(), order.end(), &r) == order.end())
        order.push_back(&r);

    std::vector<Block> out;
    std::vector<std::string> done;
    for (const Relationship* r : order) {
      if (std::find(done.begin(), done.end(), r->target) != done.end()) continue;
      done.push_back(r->target);
      const Part* part = load(r->target);
      if (part == nullptr || part == &main) continue;
      story_parts_.push_back(part);
      const Relationships part_rels = relationships_of(part->name);
      ListCounters counters;
      StoryReader(StoryContext{*part, part_rels, styles, numbering, counters}, out, table_index_)
          .read_paragraphs(part->root(), kind, part->name);
    }
    return out;
  }

  // Footnotes, endnotes or comments: one joined block per note (separators skipped).
  // Returns the part read, or nullptr.
  const Part* read_notes(const Relationships& rels, std::string_view type, std::string_view element,
                         const Styles& styles, const Numbering& numbering, std::vector<Block>& out) {
    const Relationship* r = rels.first_of_type(type);
    const Part* part = r != nullptr ? load(r->target) : nullptr;
    if (part == nullptr) return nullptr;
    story_parts_.push_back(part);
    const Relationships part_rels = relationships_of(part->name);
    const bool comments = element == "comment";
    ListCounters counters;
    StoryReader reader(StoryContext{*part, part_rels, styles, numbering, counters}, out, table_index_);
    ElementWalker walk(part->root());
    while (walk.next()) {
      if (!walk.entering() || walk.depth() == 0) continue;
      walk.skip_children();
      if (!walk.name().is(Ns::w, element)) continue;
      const std::string_view note_type = walk.attribute(Ns::w, "type").value();
      if (note_type == "separator" || note_type == "continuationSeparator" || note_type == "continuationNotice")
        continue;
      const std::string name = comments ? walk.attribute(Ns::w, "author").value() : walk.attribute(Ns::w, "id").value();
      reader.read_joined(walk.node(), comments ? BlockKind::comment : BlockKind::footnote, name);
    }
    return part;
  }

  std::string path_;
  ReadOptions options_;
  std::unique_ptr<ZipArchive> zip_;
  std::vector<std::unique_ptr<Part>> parts_;
  std::unordered_map<std::string, const Part*> by_name_;
  std::vector<const Part*> story_parts_;  // parts whose w:author values are revision authors
  Document doc_;
  int table_index_ = 0;
};

}  // namespace

Document read_docx(const std::string& path, const ReadOptions& options) {
  return DocxReader(path, options).read();
}

}  // namespace dhr
