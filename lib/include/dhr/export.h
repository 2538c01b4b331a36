// dhr/export.h — a Document as text, Markdown or JSON (what `dhr extract` prints).
#pragma once

#include <string>
#include <string_view>

#include "dhr/document.h"

namespace dhr {

// The visible text in reading order: one block per line, paragraph numbers kept, table
// rows as tab-separated lines, a blank line between blocks. Hidden parts are left out.
std::string to_text(const Document& doc);

// Markdown: headings as `#`, paragraph numbers kept, lists, pipe tables; then, after a
// `---` rule, every other part (headers, footers, footnotes, comments, tracked changes,
// fields, alt text, metadata, outline, annotations), each labelled with its kind.
std::string to_markdown(const Document& doc);

struct JsonOptions {
  bool anchors = false;  // include each block's anchors (for debugging and tools)
  int indent = 2;        // -1 for one line
};

// {"file", "format", "pages", "metadata": {key: value}, "blocks": [{"kind", "level",
//  "number", "page", "text", ["name"], ["cell": {"table", "row", "col"}], ["bold"],
//  ["hidden"], ["anchors"]}]} — documented in README; users' scripts rely on it.
std::string to_json(const Document& doc, const JsonOptions& options = {});

}  // namespace dhr

namespace dhr {

// A semantic, accessible HTML page of the document's visible text: language set, headings
// as <h1>..<h6>, paragraphs, nested lists, tables with header cells, footnotes in an
// <aside>. Hidden parts (comments, metadata, deletions) are left out; headers and footers
// (page furniture) too. Self-contained: no scripts, no external resources.
std::string to_html(const Document& doc, const std::string& title, const std::string& lang = "en-GB");

// Text escaped for HTML element content and attribute values.
std::string html_escape(std::string_view text);

}  // namespace dhr
