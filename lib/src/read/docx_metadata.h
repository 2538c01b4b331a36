// Document properties and the other strings of a DOCX that are about people rather than
// in the text (internal): core/app/custom properties, document variables, the attached
// template, people.xml, comment and revision authors, and every remaining carrier that no
// block holds yet. Each becomes a `metadata` block (name = key) anchored into its part.
#pragma once

#include <string>
#include <unordered_set>
#include <vector>

#include "dhr/document.h"

namespace dhr::read::docx {

struct Part;
struct Relationships;

class MetadataCollector {
 public:
  MetadataCollector(Document& doc, std::vector<Block>& blocks) : doc_(doc), blocks_(blocks) {}

  // docProps/core.xml: title, subject, creator (as "author"), keywords, description,
  // lastModifiedBy (as "last_modified_by"), category, and any other text property.
  void core_properties(const Part& part);
  // docProps/app.xml: Company, Manager, Template, HyperlinkBase, the titles of parts.
  void app_properties(const Part& part);
  // docProps/custom.xml: each property as "custom:<name>".
  void custom_properties(const Part& part);
  // word/settings.xml: w:docVars as "docvar:<name>"; w:attachedTemplate (a target in the
  // settings' relationships) as "template".
  void settings(const Part& part, const Relationships& rels);
  // word/people.xml: each person as "person" (and their user id as "person_id").
  void people(const Part& part);
  // word/comments.xml: each distinct author and initials as "comment_author".
  void comment_authors(const Part& part);
  // Distinct w:author values of tracked changes in these parts, as "revision_author"
  // (anchored at the first occurrence; later ones carry the same string).
  void revision_authors(const std::vector<const Part*>& parts);

  // Carriers of `parts` that no block anchors and whose text no anchored carrier already
  // has (mc:Fallback copies that differ, bookmark and shape names, content control titles,
  // form field texts, mail merge sources, linked file paths ...): one metadata block per
  // distinct text, named after the carrier's role. Call last.
  void unplaced_carriers(const std::vector<const Part*>& parts, const std::vector<Block>& all_blocks);

 private:
  // Adds a property: Document::metadata and a metadata block anchored at the carrier.
  void add(const std::string& key, const Part& part, std::size_t carrier, bool document_property = true);

  Document& doc_;
  std::vector<Block>& blocks_;
  std::unordered_set<std::string> revision_authors_seen_;
};

}  // namespace dhr::read::docx
