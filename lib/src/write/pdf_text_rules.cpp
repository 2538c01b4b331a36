#include "write/pdf_text_rules.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <map>
#include <set>

namespace dhr::write::pdf {
namespace {

// Letters and digits of any script join words; everything else (spaces, punctuation,
// curly apostrophes) separates them.
bool word_char_before(std::string_view s, std::size_t pos) {
  if (pos == 0) return false;
  int32_t i = static_cast<int32_t>(pos);
  UChar32 c = 0;
  U8_PREV(reinterpret_cast<const uint8_t*>(s.data()), 0, i, c);
  return c >= 0 && u_isalnum(c);
}

bool word_char_at(std::string_view s, std::size_t pos) {
  if (pos >= s.size()) return false;
  int32_t i = static_cast<int32_t>(pos);
  UChar32 c = 0;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, static_cast<int32_t>(s.size()), c);
  return c >= 0 && u_isalnum(c);
}

// Position of `needle` in `hay` at or after `from` standing as a word, or npos.
std::size_t find_word(std::string_view hay, std::string_view needle, std::size_t from) {
  while ((from = hay.find(needle, from)) != std::string_view::npos) {
    if (!word_char_before(hay, from) && !word_char_at(hay, from + needle.size())) return from;
    ++from;
  }
  return std::string_view::npos;
}

// The words of a subject's edited name that can stand for the person alone in a hidden
// string the reader never saw ("Adeyemi" in an /ActualText when "Grace Adeyemi" was
// edited): capitalised, three letters or more, not a title, possessive dropped.
std::vector<std::string> name_words(const std::string& original) {
  static const std::set<std::string> titles = {"Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Sir", "Dame", "Lord", "Lady"};
  std::vector<std::string> out;
  std::size_t at = 0;
  while (at < original.size()) {
    std::size_t end = original.find(' ', at);
    if (end == std::string::npos) end = original.size();
    std::string w = original.substr(at, end - at);
    at = end + 1;
    for (const char* s : {"'s", "\xE2\x80\x99s", "'", "\xE2\x80\x99"})
      if (w.size() > std::string_view(s).size() && w.ends_with(s)) {
        w.erase(w.size() - std::string_view(s).size());
        break;
      }
    if (w.size() >= 3 && w[0] >= 'A' && w[0] <= 'Z' && titles.count(w) == 0) out.push_back(w);
  }
  return out.size() > 1 ? out : std::vector<std::string>{};
}

}  // namespace

TextRules::TextRules(const Document& doc, const std::vector<Edit>& edits) {
  std::map<std::size_t, std::vector<const Edit*>> by_block;
  std::map<std::string, std::string> pairs;
  std::map<std::string, std::string> words;  // name words of edited subjects -> the pseudonym
  for (const Edit& e : edits) {
    if (e.block >= doc.blocks.size() || e.end > doc.blocks[e.block].text.size() || e.begin > e.end) continue;
    by_block[e.block].push_back(&e);
    const std::string original = doc.blocks[e.block].text.substr(e.begin, e.end - e.begin);
    if (original.size() >= 2) pairs.emplace(original, e.replacement);
    if (e.category == Category::person && !e.subject.empty())
      for (const std::string& w : name_words(original)) words.emplace(w, e.subject);
  }
  // A whole edited original wins over a name word that happens to equal it.
  for (auto& [w, pseudonym] : words) pairs.emplace(w, pseudonym);
  for (auto& [block, list] : by_block) {
    std::string text = doc.blocks[block].text;
    std::sort(list.begin(), list.end(), [](const Edit* a, const Edit* b) { return a->begin > b->begin; });
    std::size_t limit = text.size();
    for (const Edit* e : list) {
      if (e->end > limit) continue;  // overlapping edits: keep the later one
      text.replace(e->begin, e->end - e->begin, e->replacement);
      limit = e->begin;
    }
    if (doc.blocks[block].text.size() >= 2) whole_.emplace(doc.blocks[block].text, std::move(text));
  }
  words_.assign(pairs.begin(), pairs.end());
  std::stable_sort(words_.begin(), words_.end(),
                   [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
}

std::string TextRules::apply(std::string_view text) const {
  if (const auto it = whole_.find(std::string(text)); it != whole_.end()) return it->second;
  std::string out(text);
  for (const auto& [original, replacement] : words_) {
    std::size_t pos = 0;
    while ((pos = find_word(out, original, pos)) != std::string::npos) {
      out.replace(pos, original.size(), replacement);
      pos += replacement.size();
    }
  }
  return out;
}

bool TextRules::touches(std::string_view text) const {
  for (const auto& [original, replacement] : words_)
    if (find_word(text, original, 0) != std::string_view::npos) return true;
  return false;
}

}  // namespace dhr::write::pdf
