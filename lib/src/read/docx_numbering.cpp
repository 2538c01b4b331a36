#include "read/docx_numbering.h"

#include <cstdlib>

#include "read/docx_styles.h"
#include "read/docx_xml.h"

namespace dhr::read::docx {
namespace {

int int_value(const pugi::xml_attribute& a, int fallback) {
  if (!a) return fallback;
  char* end = nullptr;
  const long v = std::strtol(a.value(), &end, 10);
  return end == a.value() ? fallback : static_cast<int>(v);
}

std::string roman(int n, bool upper) {
  static constexpr std::pair<int, const char*> kParts[] = {{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"},
                                                           {100, "c"},  {90, "xc"},  {50, "l"},  {40, "xl"},
                                                           {10, "x"},   {9, "ix"},   {5, "v"},   {4, "iv"},
                                                           {1, "i"}};
  std::string out;
  for (const auto& [value, text] : kParts)
    while (n >= value) {
      out += text;
      n -= value;
    }
  if (upper)
    for (char& c : out) c = static_cast<char>(c - 'a' + 'A');
  return out;
}

// Word's letters: a..z, then aa..zz, aaa..: the letter repeats, it does not carry.
std::string letters(int n, bool upper) {
  const char base = upper ? 'A' : 'a';
  const int repeat = (n - 1) / 26 + 1;
  return std::string(static_cast<std::size_t>(std::min(repeat, 64)), static_cast<char>(base + (n - 1) % 26));
}

std::string ordinal(int n) {
  const int tens = n % 100;
  const char* suffix = (tens >= 11 && tens <= 13) ? "th" : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
  return std::to_string(n) + suffix;
}

// Reads one w:lvl element.
NumberingLevel read_level(const ElementWalker& walk, pugi::xml_node lvl) {
  NumberingLevel l;
  l.defined = true;
  for (pugi::xml_node c = first_element(lvl); c; c = next_element(c)) {
    const QName n = walk.child_name(c);
    if (n.ns != Ns::w) continue;
    const pugi::xml_attribute val = attribute(walk, c, Ns::w, "val");
    if (n.local == "start") l.start = int_value(val, 1);
    else if (n.local == "numFmt") l.format = val.value();
    else if (n.local == "lvlText") l.text = val.value();
    else if (n.local == "lvlRestart") l.restart = int_value(val, -1);
    else if (n.local == "isLgl") l.legal = is_on(val);
    else if (n.local == "pStyle") l.paragraph_style = val.value();
  }
  return l;
}

int level_index(const ElementWalker& walk, pugi::xml_node lvl) {
  return int_value(attribute(walk, lvl, Ns::w, "ilvl"), -1);
}

}  // namespace

std::string format_number(int n, std::string_view format) {
  if (format == "none" || format == "bullet") return {};
  if (n >= 1 && n < 4000) {
    if (format == "lowerRoman") return roman(n, false);
    if (format == "upperRoman") return roman(n, true);
  }
  if (n >= 1) {
    if (format == "lowerLetter") return letters(n, false);
    if (format == "upperLetter") return letters(n, true);
    if (format == "ordinal") return ordinal(n);
  }
  if (format == "decimalZero" && n >= 0 && n < 10) return "0" + std::to_string(n);
  return std::to_string(n);
}

Numbering::Numbering(pugi::xml_node root, const Styles& styles) {
  if (!root) return;
  std::unordered_map<int, std::string> style_links;  // abstractNum -> numbering style it uses
  ElementWalker walk(root);
  while (walk.next()) {
    if (!walk.entering() || walk.depth() == 0) continue;
    walk.skip_children();
    const pugi::xml_node n = walk.node();
    if (walk.name().is(Ns::w, "abstractNum")) {
      const int id = int_value(walk.attribute(Ns::w, "abstractNumId"), -1);
      Abstract a;
      for (pugi::xml_node c = first_element(n); c; c = next_element(c)) {
        const QName cn = walk.child_name(c);
        if (cn.is(Ns::w, "lvl")) {
          const int i = level_index(walk, c);
          if (i >= 0 && i < 9) a.levels[static_cast<std::size_t>(i)] = read_level(walk, c);
        } else if (cn.is(Ns::w, "numStyleLink")) {
          style_links[id] = attribute(walk, c, Ns::w, "val").value();
        }
      }
      abstracts_[id] = std::move(a);
    } else if (walk.name().is(Ns::w, "num")) {
      const int id = int_value(walk.attribute(Ns::w, "numId"), -1);
      Num num;
      for (pugi::xml_node c = first_element(n); c; c = next_element(c)) {
        const QName cn = walk.child_name(c);
        if (cn.is(Ns::w, "abstractNumId")) {
          num.abstract_id = int_value(attribute(walk, c, Ns::w, "val"), -1);
        } else if (cn.is(Ns::w, "lvlOverride")) {
          const int i = level_index(walk, c);
          if (i < 0 || i >= 9) continue;
          const auto k = static_cast<std::size_t>(i);
          if (pugi::xml_node s = child(walk, c, Ns::w, "startOverride")) {
            num.start_override[k] = int_value(attribute(walk, s, Ns::w, "val"), 1);
            num.restarts = true;
          }
          if (pugi::xml_node lvl = child(walk, c, Ns::w, "lvl")) {
            num.level_override[k] = read_level(walk, lvl);
            if (child(walk, lvl, Ns::w, "start")) num.restarts = true;
          }
        }
      }
      nums_[id] = std::move(num);
    }
  }
  // w:numStyleLink: this abstractNum takes its levels from the list of a numbering style.
  for (const auto& [abstract_id, style_id] : style_links) {
    const int num_id = styles.numbering(style_id).num_id;
    auto it = nums_.find(num_id);
    if (it != nums_.end() && it->second.abstract_id != abstract_id) abstract_links_[abstract_id] = it->second.abstract_id;
  }
  for (auto& [id, num] : nums_) {
    const Abstract* a = abstract_for(num);
    for (std::size_t k = 0; k < 9; ++k) {
      if (num.level_override[k]) num.effective[k] = *num.level_override[k];
      else if (a != nullptr) num.effective[k] = a->levels[k];
      if (num.start_override[k]) num.effective[k].start = *num.start_override[k];
    }
  }
}

const Numbering::Abstract* Numbering::abstract_for(const Num& num) const {
  int id = num.abstract_id;
  if (auto link = abstract_links_.find(id); link != abstract_links_.end()) id = link->second;
  auto it = abstracts_.find(id);
  return it == abstracts_.end() ? nullptr : &it->second;
}

const NumberingLevel* Numbering::level(int num_id, int ilvl) const {
  if (ilvl < 0 || ilvl >= 9) return nullptr;
  auto it = nums_.find(num_id);
  if (it == nums_.end()) return nullptr;
  const NumberingLevel& l = it->second.effective[static_cast<std::size_t>(ilvl)];
  return l.defined ? &l : nullptr;
}

std::pair<int, int> Numbering::counter_key(int num_id) const {
  auto it = nums_.find(num_id);
  if (it == nums_.end()) return {0, num_id};
  if (it->second.restarts) return {1, num_id};
  int id = it->second.abstract_id;
  if (auto link = abstract_links_.find(id); link != abstract_links_.end()) id = link->second;
  return {2, id};
}

int Numbering::level_for_style(int num_id, std::string_view style_id) const {
  for (int i = 0; i < 9; ++i)
    if (const NumberingLevel* l = level(num_id, i); l != nullptr && l->paragraph_style == style_id) return i;
  return 0;
}

std::optional<ListLabel> ListCounters::next(const Numbering& numbering, int num_id, int ilvl) {
  if (num_id <= 0) return std::nullopt;
  if (ilvl < 0) ilvl = 0;
  if (ilvl > 8) ilvl = 8;
  const NumberingLevel* lvl = numbering.level(num_id, ilvl);
  if (lvl == nullptr) return std::nullopt;

  // Starts include the instance's start overrides.
  auto start_of = [&](int i) {
    const NumberingLevel* l = numbering.level(num_id, i);
    return l != nullptr ? l->start : 1;
  };
  State& state = states_[numbering.counter_key(num_id)];
  const auto k = static_cast<std::size_t>(ilvl);
  state.count[k] = state.started[k] ? state.count[k] + 1 : start_of(ilvl);
  state.started[k] = true;
  for (int d = ilvl + 1; d < 9; ++d) {
    const NumberingLevel* deeper = numbering.level(num_id, d);
    const int restart = deeper != nullptr ? deeper->restart : -1;
    const bool resets = restart < 0 || restart > d ? true : restart == 0 ? false : ilvl < restart;
    if (resets) state.started[static_cast<std::size_t>(d)] = false;
  }

  ListLabel label;
  if (lvl->format == "bullet") {
    label.bullet = true;
    return label;
  }
  const std::string& text = lvl->text;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 1 < text.size() && text[i + 1] >= '1' && text[i + 1] <= '9') {
      const int level_ref = text[i + 1] - '1';
      const NumberingLevel* ref = numbering.level(num_id, level_ref);
      const auto r = static_cast<std::size_t>(level_ref);
      const int value = state.started[r] ? state.count[r] : start_of(level_ref);
      const std::string_view format = lvl->legal ? "decimal" : ref != nullptr ? std::string_view(ref->format) : "decimal";
      label.text += format_number(value, format);
      ++i;
    } else {
      label.text += text[i];
    }
  }
  // Trim the spaces some templates put around the label.
  while (!label.text.empty() && label.text.back() == ' ') label.text.pop_back();
  while (!label.text.empty() && label.text.front() == ' ') label.text.erase(0, 1);
  return label;
}

}  // namespace dhr::read::docx
