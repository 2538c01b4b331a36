#include "write/pdf_object_strings.h"

#include <string>
#include <vector>

#include "text/utf8.h"

namespace dhr::write::pdf {
namespace {

// Direct objects nest only as deep as the file's syntax does; qpdf already limits that,
// and this bound keeps a hostile file from running the stack down here.
constexpr int kMaxDepth = 100;

// Sets `out` to the string's new value; false when no edit changes it.
bool rewritten(QPDFObjectHandle s, const TextRules& rules, QPDFObjectHandle& out) {
  std::string text = s.getUTF8Value();
  if (!unicode::is_valid_utf8(text)) text = unicode::repair_utf8(text);
  const std::string edited = rules.apply(text);
  if (edited == text) return false;
  out = QPDFObjectHandle::newUnicodeString(edited);
  return true;
}

std::size_t walk(QPDFObjectHandle o, const TextRules& rules, int depth) {
  if (depth > kMaxDepth) return 0;
  std::size_t n = 0;
  if (o.isStream()) return walk(o.getDict(), rules, depth + 1);
  if (o.isDictionary()) {
    for (const std::string& key : o.getKeys()) {
      QPDFObjectHandle v = o.getKey(key);
      QPDFObjectHandle replacement;
      if (v.isString() && rewritten(v, rules, replacement)) {
        o.replaceKey(key, replacement);
        ++n;
      } else if (!v.isIndirect() && (v.isDictionary() || v.isArray())) {
        n += walk(v, rules, depth + 1);
      }
    }
  } else if (o.isArray()) {
    const int count = o.getArrayNItems();
    for (int i = 0; i < count; ++i) {
      QPDFObjectHandle v = o.getArrayItem(i);
      QPDFObjectHandle replacement;
      if (v.isString() && rewritten(v, rules, replacement)) {
        o.setArrayItem(i, replacement);
        ++n;
      } else if (!v.isIndirect() && (v.isDictionary() || v.isArray())) {
        n += walk(v, rules, depth + 1);
      }
    }
  }
  return n;
}

}  // namespace

std::size_t rewrite_strings(QPDFObjectHandle object, const TextRules& rules) {
  if (rules.empty()) return 0;
  return walk(object, rules, 0);
}

}  // namespace dhr::write::pdf
