#include "write/docx_apply_edits.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

#include "dhr/error.h"
#include "text/utf8.h"
#include "write/docx_dom.h"
#include "write/docx_out_package.h"

namespace dhr::write::docx {
namespace {

using read::docx::Carrier;
using read::docx::CarrierRole;
using read::docx::Ns;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool needs_space_preserved(CarrierRole role) {
  return role == CarrierRole::run_text || role == CarrierRole::deleted_text || role == CarrierRole::field_code ||
         role == CarrierRole::deleted_field_code || role == CarrierRole::math_text;
}

bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

[[noreturn]] void changed_since_read(const std::string& path) {
  throw Error(ErrorKind::corrupt, path,
              "the DOCX no longer matches the document read from it (changed since it was read?)");
}

// Whether the carrier bytes `piece` are what the block text said they were.
bool matches(std::string_view piece, const std::string& expected) {
  if (piece == expected) return true;
  // NFC can rewrite text without changing its length, and repaired bytes are not the
  // file's: neither is a sign of a changed file.
  if (!unicode::is_valid_utf8(piece)) return true;
  return !unicode::is_nfc(piece) && unicode::to_nfc(piece) == expected;
}

// The next node in document order after the subtree of `n`, or null.
pugi::xml_node after_subtree(pugi::xml_node n) {
  while (n && !n.next_sibling()) n = n.parent();
  return n ? n.next_sibling() : pugi::xml_node();
}

// Content anchored inside a sentence but read as blocks of its own (a text box, a
// picture, an object): a name in the sentence runs past it, not through it.
bool is_separate_story(pugi::xml_node element) {
  const read::docx::QName n = qname_of(element);
  if (n.ns == Ns::mc) return n.local == "AlternateContent";
  return n.ns == Ns::w && (n.local == "drawing" || n.local == "pict" || n.local == "object" || n.local == "txbxContent");
}

pugi::xml_node next_in_order(pugi::xml_node n) {
  if (n.type() == pugi::node_element && is_separate_story(n)) return after_subtree(n);
  if (pugi::xml_node c = n.first_child()) return c;
  return after_subtree(n);
}

// Whether the code point starting at byte `at` is a combining mark (it belongs to the
// letter before it: an edit must not end between them).
bool combining_at(const std::string& s, std::size_t at) {
  if (at >= s.size()) return false;
  auto i = static_cast<std::int32_t>(at);
  UChar32 c = 0;
  U8_NEXT(reinterpret_cast<const std::uint8_t*>(s.data()), i, static_cast<std::int32_t>(s.size()), c);
  return c >= 0 && u_getCombiningClass(c) != 0;
}

bool is_break_inside_name(pugi::xml_node element) {
  const read::docx::QName n = qname_of(element);
  if (n.ns == Ns::a) return n.local == "br";
  if (n.ns != Ns::w) return false;
  if (n.local == "cr" || n.local == "ptab" || n.local == "noBreakHyphen" || n.local == "softHyphen") return true;
  if (n.local == "tab") return qname_of(element.parent()).is(Ns::w, "r");  // not a tab stop in w:tabs
  if (n.local == "br") {
    // w:type is w:-prefixed; look it up by local name, the file has no other "type" here.
    for (pugi::xml_attribute a = element.first_attribute(); a; a = a.next_attribute()) {
      const std::string_view name = a.name();
      if (name == "type" || name.ends_with(":type")) return std::string_view(a.value()) == "textWrapping";
    }
    return true;
  }
  return false;
}

}  // namespace

void set_carrier_text(const Carrier& carrier, std::string_view text) {
  if (carrier.attribute) {
    pugi::xml_attribute a = carrier.attribute;
    a.set_value(std::string(text).c_str());
    return;
  }
  pugi::xml_node element = carrier.element;
  pugi::xml_node first_text;
  std::vector<pugi::xml_node> others;
  for (pugi::xml_node c = element.first_child(); c; c = c.next_sibling()) {
    if (c.type() != pugi::node_pcdata && c.type() != pugi::node_cdata) continue;
    if (!first_text && c.type() == pugi::node_pcdata) first_text = c;
    else others.push_back(c);
  }
  for (pugi::xml_node c : others) element.remove_child(c);
  if (text.empty()) {
    if (first_text) element.remove_child(first_text);
  } else {
    if (!first_text) first_text = element.append_child(pugi::node_pcdata);
    first_text.set_value(std::string(text).c_str());
  }
  if (needs_space_preserved(carrier.role) && !text.empty() && (is_space(text.front()) || is_space(text.back()))) {
    pugi::xml_attribute space = element.attribute("xml:space");
    if (!space) space = element.append_attribute("xml:space");
    space.set_value("preserve");
  }
}

void apply_carrier_edits(XmlPart& part, const std::vector<const CarrierEdit*>& edits, const std::string& path,
                         CarrierCopies& copies, std::vector<pugi::xml_node>& touched) {
  std::vector<const CarrierEdit*> sorted = edits;
  std::stable_sort(sorted.begin(), sorted.end(), [](const CarrierEdit* a, const CarrierEdit* b) {
    return a->node != b->node ? a->node < b->node : a->begin < b->begin;
  });
  std::string scratch;
  for (std::size_t i = 0; i < sorted.size();) {
    const std::uint32_t node = sorted[i]->node;
    if (node >= part.carriers.size()) changed_since_read(path);
    const Carrier& carrier = part.carriers[node];
    const std::string old_text(read::docx::carrier_text(carrier, scratch));
    std::string new_text;
    std::size_t copied = 0;  // bytes of old_text already in new_text
    bool changed = false;
    for (; i < sorted.size() && sorted[i]->node == node; ++i) {
      const CarrierEdit& e = *sorted[i];
      if (e.end > old_text.size() || e.begin > e.end) changed_since_read(path);
      if (e.exact && !matches(std::string_view(old_text).substr(e.begin, e.end - e.begin), e.expected))
        changed_since_read(path);
      // Proportional positions can fall inside a UTF-8 sequence: widen to whole characters.
      std::size_t begin = e.begin, end = e.end;
      while (begin > 0 && begin < old_text.size() && is_continuation(static_cast<unsigned char>(old_text[begin]))) --begin;
      while (end < old_text.size() && is_continuation(static_cast<unsigned char>(old_text[end]))) ++end;
      // Only a proportional position can fall between a letter and its accent: the accent
      // stays with its letter, inside the edit or outside it.
      auto skip_marks = [&](std::size_t& at, std::size_t limit) {
        while (at < limit && combining_at(old_text, at)) {
          ++at;
          while (at < limit && is_continuation(static_cast<unsigned char>(old_text[at]))) ++at;
        }
      };
      if (!e.exact) {
        skip_marks(end, old_text.size());
        skip_marks(begin, end);
      }
      if (begin < copied) continue;  // overlaps an edit already made here
      new_text.append(old_text, copied, begin - copied);
      new_text += e.replacement;
      copied = end;
      changed = true;
    }
    if (!changed) continue;
    new_text.append(old_text, copied, std::string::npos);
    if (new_text == old_text) continue;
    set_carrier_text(carrier, new_text);
    copies.emplace(old_text, new_text);
    touched.push_back(carrier.element);
    part.dirty = true;
  }
}

std::size_t remove_breaks_inside(XmlPart& part, const std::vector<const EditSpan*>& spans,
                                 std::vector<pugi::xml_node>& touched) {
  DomEdits edits;
  std::size_t found = 0;
  for (const EditSpan* s : spans) {
    if (s->first >= part.carriers.size() || s->last >= part.carriers.size()) continue;
    const pugi::xml_node first = part.carriers[s->first].element;
    const pugi::xml_node last = part.carriers[s->last].element;
    if (first == last) continue;
    std::vector<pugi::xml_node> between;
    pugi::xml_node n = after_subtree(first);
    // Document order from the first carrier to the last; a walk that never meets the last
    // one means the span was not what it seemed: then nothing is removed.
    for (; n && n != last; n = next_in_order(n))
      if (n.type() == pugi::node_element && is_break_inside_name(n)) between.push_back(n);
    if (n != last) continue;
    for (pugi::xml_node b : between) {
      touched.push_back(b.parent());
      edits.remove(b);
      ++found;
    }
  }
  if (found > 0) {
    edits.apply();
    part.dirty = true;
  }
  return found;
}

}  // namespace dhr::write::docx
