// write_anonymised_docx: the order of the work (see dhr/docx_writer.h for what each step
// means to a user, and the docx_*.h files beside this one for how each is done).
//
// The order matters: edits first, through carriers enumerated on the untouched XML (the
// anchors' indexes are only valid there); then the text rules on carriers nobody
// anchored, which need every edit's before/after text; then the text box copies; then
// the structural scrubbing, which frees DOM nodes; then the package's links, once every
// removal is known; and only then a single write.
#include "dhr/docx_writer.h"

#include <filesystem>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "dhr/error.h"
#include "dhr/output.h"
#include "read/docx_styles.h"
#include "read/docx_xml.h"
#include "write/docx_apply_edits.h"
#include "write/docx_edit_map.h"
#include "write/docx_fallback.h"
#include "write/docx_hidden_parts.h"
#include "write/docx_image_metadata.h"
#include "write/docx_out_links.h"
#include "write/docx_out_package.h"
#include "write/docx_out_rels.h"
#include "write/docx_properties.h"
#include "write/docx_story_sanitiser.h"
#include "write/docx_text_rules.h"
#include "write/docx_unanchored.h"

namespace dhr {
namespace {

using namespace write::docx;
using read::docx::Ns;

std::string count_of(std::size_t n, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

bool same_file(const std::string& a, const std::string& b) {
  std::error_code ec;
  return std::filesystem::exists(a, ec) && std::filesystem::exists(b, ec) && std::filesystem::equivalent(a, b, ec);
}

class DocxWriter {
 public:
  DocxWriter(const std::string& source, const Document& doc, const std::vector<Edit>& edits, SanitiseReport& report)
      : doc_(doc), edits_(edits), report_(report), pkg_(source, ReadOptions{}), links_(pkg_) {}

  std::string run() {
    main_ = main_part_name(pkg_);
    if (main_.empty()) throw Error(ErrorKind::corrupt, pkg_.path(), "DOCX has no main document part");
    remove_hidden_parts(pkg_, main_, hidden_actions_);
    apply_edits();
    rewrite_copies();
    sanitise_parts();
    strip_images();
    const std::size_t orphans = links_.settle();
    if (orphans > 0) say("removed {} that nothing referred to any more", count_of(orphans, "part", "parts"));
    return pkg_.zip_bytes();
  }

 private:
  template <typename... Args>
  void say(fmt::format_string<Args...> f, Args&&... args) {
    report_.actions.push_back(fmt::format(f, std::forward<Args>(args)...));
  }

  // The zip name of each Document::parts entry ("" when the zip lacks it).
  const std::string& zip_name(std::uint32_t part) {
    if (zip_names_.empty())
      for (const std::string& p : doc_.parts) zip_names_.push_back(pkg_.find(p));
    if (part >= zip_names_.size())
      throw Error(ErrorKind::corrupt, pkg_.path(), "the DOCX no longer matches the document read from it");
    return zip_names_[part];
  }

  void apply_edits() {
    const MappedEdits mapped = map_edits(doc_, edits_);
    std::map<std::string, std::vector<const CarrierEdit*>> by_part;
    std::map<std::string, std::vector<const EditSpan*>> spans;
    for (const CarrierEdit& c : mapped.carriers) {
      const std::string& name = zip_name(c.part);
      if (name.empty()) throw Error(ErrorKind::corrupt, pkg_.path(), "the DOCX no longer matches the document read from it");
      if (!pkg_.live(name)) continue;  // a part removed whole (comments): nothing to edit
      by_part[name].push_back(&c);
      edited_[name].insert(c.node);
    }
    for (const EditSpan& s : mapped.spans)
      if (const std::string& name = zip_name(s.part); pkg_.live(name)) spans[name].push_back(&s);
    std::size_t breaks = 0;
    for (const auto& [name, list] : by_part) {
      XmlPart* part = pkg_.xml(name);
      apply_carrier_edits(*part, list, pkg_.path(), copies_, touched_[name]);
      if (auto it = spans.find(name); it != spans.end()) breaks += remove_breaks_inside(*part, it->second, touched_[name]);
    }
    report_.edits_applied = mapped.applied;
    report_.edits_without_source = mapped.without_source;
    say("applied {} through their anchors", count_of(mapped.applied, "edit", "edits"));
    if (breaks > 0)
      say("removed {} inside edited text",
          count_of(breaks, "line break, tab or optional hyphen", "line breaks, tabs and optional hyphens"));
    if (mapped.without_source > 0)
      say("could not apply {} on text Word generates (list numbers)", count_of(mapped.without_source, "edit", "edits"));
  }

  void rewrite_copies() {
    // Carriers of body text and carriers already edited are left to the edits.
    std::unordered_map<std::string, std::unordered_set<std::uint32_t>> skip = edited_;
    for (const Block& b : doc_.blocks)
      if (b.kind != BlockKind::metadata)
        for (const Anchor& a : b.anchors)
          if (a.source == SourceKind::docx_text) skip[zip_name(a.part)].insert(a.node);
    const TextRules rules(edits_, copies_);
    std::size_t rewritten = 0;
    for (const std::string& name : pkg_.names()) {
      if (!pkg_.live(name) || !is_xml_name(name) || source_of_rels(name)) continue;
      rewritten += rewrite_unanchored(*pkg_.xml(name), skip[name], rules);
    }
    if (rewritten > 0) say("rewrote {} that repeated edited text", count_of(rewritten, "hidden string", "hidden strings"));
    const std::size_t links = scrub_link_targets(pkg_, links_, rules, [&](const std::string& rels, std::uint32_t carrier) {
      auto it = edited_.find(rels);
      return it != edited_.end() && it->second.count(carrier) != 0;
    });
    if (links > 0) say("removed {} whose target named someone", count_of(links, "external link", "external links"));
    std::size_t boxes = 0;
    for (auto& [name, touched] : touched_)
      if (XmlPart* part = pkg_.xml(name)) boxes += sync_fallbacks(*part, touched);
    if (boxes > 0) say("made {} the same as the edited text box", count_of(boxes, "fallback copy", "fallback copies"));
  }

  void sanitise_parts() {
    for (std::string& a : hidden_actions_) report_.actions.push_back(std::move(a));
    const read::docx::Styles styles = load_styles();
    StoryCounts counts;
    std::size_t core = 0, app = 0;
    std::vector<std::string> settings;
    for (const std::string& name : pkg_.names()) {
      if (!pkg_.live(name) || !is_xml_name(name)) continue;
      XmlPart* part = pkg_.xml(name);
      read::docx::ElementWalker walk(part->root());
      walk.next();
      const read::docx::QName root = walk.name();
      if (root.is(Ns::cp, "coreProperties")) core += clear_core_people(*part);
      else if (root.is(Ns::ep, "Properties")) app += clear_app_fields(*part);
      if (root.ns != Ns::w) continue;
      if (root.local == "settings")
        for (std::string& s : strip_settings(*part)) settings.push_back(std::move(s));
      sanitise_story(*part, styles, counts);
    }
    if (counts.comment_marks > 0) say("removed {}", count_of(counts.comment_marks, "comment mark", "comment marks"));
    const std::size_t changes = counts.insertions + counts.deletions + counts.format_changes;
    if (changes > 0) {
      std::vector<std::string> kinds;
      if (counts.insertions > 0) kinds.push_back("kept " + count_of(counts.insertions, "insertion", "insertions"));
      if (counts.deletions > 0) kinds.push_back("removed " + count_of(counts.deletions, "deletion", "deletions"));
      if (counts.format_changes > 0)
        kinds.push_back("dropped " + count_of(counts.format_changes, "formatting change", "formatting changes"));
      say("accepted {} ({}; their authors removed)", count_of(changes, "tracked change", "tracked changes"),
          fmt::join(kinds, ", "));
    }
    if (counts.hidden_runs > 0) say("removed {}", count_of(counts.hidden_runs, "run of hidden text", "runs of hidden text"));
    if (counts.objects > 0) say("removed {} from the text", count_of(counts.objects, "embedded object", "embedded objects"));
    if (counts.chunks > 0) say("removed {}", count_of(counts.chunks, "embedded document chunk", "embedded document chunks"));
    if (counts.bindings > 0) say("unbound {}", count_of(counts.bindings, "content control", "content controls"));
    if (counts.permissions > 0) say("removed {}", count_of(counts.permissions, "editing permission mark", "editing permission marks"));
    if (counts.rsids > 0) say("removed {}", count_of(counts.rsids, "editing session id", "editing session ids"));
    if (core > 0) say("cleared the document's author and last editor");
    if (app > 0) say("cleared {} (company, manager, template, hyperlink base)", count_of(app, "application property", "application properties"));
    for (const std::string& s : settings) say("removed {} from the settings", s);
  }

  read::docx::Styles load_styles() {
    for (const OutRelationship& r : relationships_of(pkg_, main_))
      if (!r.external && has_type(r, "styles"))
        if (XmlPart* p = pkg_.xml(r.target)) return read::docx::Styles(p->root());
    return read::docx::Styles();
  }

  void strip_images() {
    std::size_t stripped = 0, malformed = 0;
    for (const std::string& name : pkg_.names()) {
      if (!pkg_.live(name) || is_xml_name(name)) continue;
      std::string bytes = pkg_.bytes(name);
      switch (strip_image_metadata(bytes)) {
        case ImageScrub::stripped:
          pkg_.set_bytes(name, std::move(bytes));
          ++stripped;
          break;
        case ImageScrub::malformed: ++malformed; break;
        case ImageScrub::clean:
        case ImageScrub::not_image: break;
      }
    }
    if (stripped > 0) say("stripped metadata (EXIF, XMP, IPTC, comments, text chunks) from {}", count_of(stripped, "image", "images"));
    if (malformed > 0) say("could not read {} to strip its metadata: left unchanged", count_of(malformed, "image", "images"));
  }

  const Document& doc_;
  const std::vector<Edit>& edits_;
  SanitiseReport& report_;
  OutPackage pkg_;
  PackageLinks links_;
  std::string main_;
  std::vector<std::string> zip_names_;
  CarrierCopies copies_;
  std::map<std::string, std::vector<pugi::xml_node>> touched_;
  std::unordered_map<std::string, std::unordered_set<std::uint32_t>> edited_;
  std::vector<std::string> hidden_actions_;  // parts removed: reported with the sanitising steps
};

}  // namespace

void write_anonymised_docx(const std::string& source_path, const Document& doc, const std::vector<Edit>& edits,
                           const std::string& out_path, SanitiseReport& report) {
  if (same_file(out_path, source_path))
    throw Error(ErrorKind::usage, out_path, "refusing to overwrite the input file");
  if (doc.format != Format::docx)
    throw Error(ErrorKind::usage, source_path, "write_anonymised_docx needs a document read from a DOCX");
  report = SanitiseReport{};
  const std::string zip = DocxWriter(source_path, doc, edits, report).run();
  write_file_atomically(out_path, zip, source_path);
}

}  // namespace dhr
