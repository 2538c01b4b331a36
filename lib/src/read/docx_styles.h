// Paragraph and character styles of a DOCX (styles.xml), as far as the reader needs them
// (internal): heading levels, numbering inherited from a style, bold and hidden text.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include <pugixml.hpp>

namespace dhr::read::docx {

class ElementWalker;

// Run formatting that matters to the reader. Unset means "not said here".
struct RunFlags {
  std::optional<bool> bold;
  std::optional<bool> hidden;  // w:vanish
};

// Reads w:b and w:vanish from an rPr element (`walk` resolves the names in scope).
RunFlags read_run_flags(const ElementWalker& walk, pugi::xml_node rpr);

struct NumberingRef {
  int num_id = -1;  // -1: not said; 0: explicitly no numbering
  int ilvl = -1;    // -1: not said
};

// Reads w:numPr (numId, ilvl) from a pPr element.
NumberingRef read_numbering_ref(const ElementWalker& walk, pugi::xml_node ppr);

struct Style {
  std::string id;
  std::string name;
  std::string based_on;
  bool paragraph = true;             // w:type="paragraph" (or character, table, numbering)
  std::optional<int> outline_level;  // w:outlineLvl (0-based; 9 = body text)
  NumberingRef numbering;
  RunFlags run;
};

class Styles {
 public:
  Styles() = default;
  // Reads a parsed styles.xml (null root: no styles).
  explicit Styles(pugi::xml_node root);

  const Style* find(std::string_view id) const;
  // The default paragraph style's id ("Normal" in English Word), or empty.
  const std::string& default_paragraph_style() const { return default_paragraph_; }

  // Heading level (1..9) of paragraphs in this style, or 0: w:outlineLvl in the style or
  // its w:basedOn chain, else a name "heading N" / "Title" in the chain.
  int heading_level(std::string_view style_id) const;
  // Numbering given by the style or its chain (num_id -1 when none).
  NumberingRef numbering(std::string_view style_id) const;
  // Bold / hidden as set by the style chain (unset when no style in the chain says).
  RunFlags run_flags(std::string_view style_id) const;
  // Whether the style (or its chain) is a list style by name ("List Paragraph", "List Bullet" ...).
  bool is_list_style(std::string_view style_id) const;
  // Run defaults (w:docDefaults/w:rPrDefault).
  const RunFlags& defaults() const { return defaults_; }

 private:
  // Calls f on the style and each style it is based on, nearest first, until f returns true.
  template <typename F>
  void for_chain(std::string_view id, F f) const;

  std::unordered_map<std::string, Style> styles_;
  std::string default_paragraph_;
  RunFlags defaults_;
};

}  // namespace dhr::read::docx
