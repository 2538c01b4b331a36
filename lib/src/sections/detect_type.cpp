// Overview report or executive summary?
//
// The cover says so in nearly every published report ("OVERVIEW REPORT", "Domestic
// Homicide Review Executive Summary"), and Word's title property often does. When
// neither does, length decides: the guidance puts overview reports at 30-100 pages and
// summaries at 5-20, so a text under 4,000 words (about ten pages) is taken for a
// summary. Without any sign the overview profile is the default, being the fuller check.
#include <string>

#include <fmt/format.h>

#include "dhr/sections.h"
#include "sections/headings.h"
#include "sections/words.h"
#include "text/fold.h"

namespace dhr {
namespace {

constexpr int kSummaryMaxWords = 4000;
constexpr std::size_t kTitleBlocks = 15;

// Which document a title names, from the first mention: "overview", "summary" or "".
std::string named_type(const std::string& text) {
  const std::string f = unicode::fold(text);
  const std::size_t s = f.find("executive summary");
  const std::size_t o = f.find("overview report");
  if (s == std::string::npos && o == std::string::npos) return {};
  return s < o ? "summary" : "overview";
}

}  // namespace

DocumentType detect_document_type(const Document& doc, std::string* why) {
  auto decide = [&](DocumentType t, std::string reason) {
    if (why != nullptr) *why = std::move(reason);
    return t;
  };
  const std::string title = doc.metadata_value("title");
  if (const std::string t = named_type(title); !t.empty())
    return decide(t == "summary" ? DocumentType::summary : DocumentType::overview, "the document title says so");

  // The title block: the visible lines before the first long paragraph, at most 15.
  std::size_t seen = 0;
  for (const Block& b : doc.blocks) {
    if (!is_visible(b.kind) || b.kind == BlockKind::header || b.kind == BlockKind::footer) continue;
    if (b.kind == BlockKind::paragraph && sections::word_count(b.text) > 60) break;
    if (const std::string t = named_type(b.text); !t.empty())
      return decide(t == "summary" ? DocumentType::summary : DocumentType::overview,
                    fmt::format("the title block says \"{}\"", t == "summary" ? "Executive Summary" : "Overview Report"));
    if (++seen >= kTitleBlocks) break;
  }

  int words = 0;
  for (const Block& b : doc.blocks)
    if (sections::is_body_block(b) || b.kind == BlockKind::heading) words += sections::word_count(b.text);
  if (words < kSummaryMaxWords)
    return decide(DocumentType::summary, fmt::format("no title names it and it is short ({} words)", words));
  return decide(DocumentType::overview, fmt::format("no title names it and it is long ({} words)", words));
}

}  // namespace dhr
