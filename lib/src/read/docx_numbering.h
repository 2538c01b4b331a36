// Automatic paragraph numbering of a DOCX (numbering.xml), computed the way Word shows it
// (internal), so that "1.2" or "b)" appears as Block::number although no such text is in
// the file.
//
// How Word numbers (ECMA-376 Part 1, 17.9, and Word's observed behaviour):
//   - a paragraph names a numbering instance (w:num, by numId) and a level (ilvl 0..8),
//     directly in w:pPr/w:numPr or through its style's chain; numId 0 means "none";
//   - w:num points at a w:abstractNum (the level definitions) and may override levels:
//     w:lvlOverride/w:lvl replaces a level, w:lvlOverride/w:startOverride its start;
//   - instances of one abstractNum without start overrides share their counters (Word
//     continues such lists across numIds); an instance with a start override is a list of
//     its own ("restart numbering" in Word writes exactly that);
//   - each paragraph advances its level's counter (starting at w:start) and restarts the
//     deeper levels: by default every deeper level, or per w:lvlRestart (1-based: restart
//     when a level at or above it is used; 0: never restart);
//   - the label is w:lvlText with %1..%9 replaced by the counters of those levels, each in
//     its level's w:numFmt (all decimal when the level has w:isLgl); a level not yet used
//     shows its start value; bullets show w:lvlText itself; numFmt "none" shows nothing.
#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

#include <pugixml.hpp>

namespace dhr::read::docx {

class Styles;

struct NumberingLevel {
  bool defined = false;
  int start = 1;
  std::string format = "decimal";  // w:numFmt
  std::string text;                // w:lvlText, e.g. "%1.%2"
  int restart = -1;                // w:lvlRestart; -1 when absent
  bool legal = false;              // w:isLgl
  std::string paragraph_style;     // w:pStyle: the style this level belongs to
};

struct ListLabel {
  std::string text;     // "1.2", "a)", or "" for bullets and numFmt none
  bool bullet = false;
};

class Numbering {
 public:
  Numbering() = default;
  // Reads a parsed numbering.xml (null root: no numbering). `styles` resolves
  // w:numStyleLink (lists defined through a numbering style).
  Numbering(pugi::xml_node root, const Styles& styles);

  bool empty() const { return nums_.empty(); }
  // The level of `num_id` linked to paragraph style `style_id` by w:pStyle, or 0.
  int level_for_style(int num_id, std::string_view style_id) const;

  // The effective level definition (with overrides), or nullptr when the instance or
  // level does not exist.
  const NumberingLevel* level(int num_id, int ilvl) const;
  // The key of the counters an instance uses (see the file comment).
  std::pair<int, int> counter_key(int num_id) const;

 private:
  struct Abstract {
    std::array<NumberingLevel, 9> levels;
  };
  struct Num {
    int abstract_id = -1;
    std::array<std::optional<NumberingLevel>, 9> level_override;
    std::array<std::optional<int>, 9> start_override;
    bool restarts = false;  // has any start override: counts on its own
    std::array<NumberingLevel, 9> effective;  // abstract levels with the overrides applied
  };
  const Abstract* abstract_for(const Num& num) const;

  std::unordered_map<int, Abstract> abstracts_;
  std::unordered_map<int, Num> nums_;
  std::unordered_map<int, int> abstract_links_;  // abstractNum with numStyleLink -> abstractNum it uses
};

// The counters of the lists of one story, advancing as paragraphs are read in order.
class ListCounters {
 public:
  // Advances the counters for a paragraph of list `num_id` at level `ilvl` and returns
  // its label; nullopt when the paragraph is not numbered (numId 0 or unknown).
  std::optional<ListLabel> next(const Numbering& numbering, int num_id, int ilvl);

 private:
  struct State {
    std::array<int, 9> count{};
    std::array<bool, 9> started{};
  };
  std::map<std::pair<int, int>, State> states_;
};

// A number in a WordprocessingML number format ("decimal", "lowerRoman", ...).
std::string format_number(int n, std::string_view format);

}  // namespace dhr::read::docx
