#include "sections/headings.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <string_view>

#include "sections/words.h"

namespace dhr::sections {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool is_upper_ascii(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower_ascii(char c) { return c >= 'a' && c <= 'z'; }

// Words that stay lower case inside a title ("Terms of Reference of the Review").
bool is_minor_word(std::string_view w) {
  static constexpr std::array<std::string_view, 22> kMinor = {
      "of", "the", "and", "to", "for", "in", "on", "at", "by", "with", "from",
      "a",  "an",  "or",  "as", "into", "vs", "per", "&",  "-",   "–",   "—"};
  return std::find(kMinor.begin(), kMinor.end(), w) != kMinor.end();
}

// A title ends on a word; a sentence cut short ends on one that needs a continuation
// ("1.3 The purpose of a DHR is to").
bool ends_dangling(std::string_view s) {
  static const RE2 re(R"((?i)\b(to|of|and|or|the|a|an|by|with|for|in|on|at|that|is|was|are|were|be|as|from|her|his|their)$)");
  return RE2::PartialMatch(re2::StringPiece(s.data(), s.size()), re);
}

// "Terms of Reference 4", "Introduction 4 - 10", "Scope ........ 12", "Recommendation No 1":
// a contents entry or an item label, never a section heading.
bool ends_with_page_or_item_number(std::string_view s) {
  static const RE2 re(R"((?:^|[\s.…])\d{1,3}(?:\s*[-–]\s*\d{1,3})?$)");
  return RE2::PartialMatch(re2::StringPiece(s.data(), s.size()), re);
}

bool has_dot_leaders(std::string_view s) { return s.find("....") != std::string_view::npos || s.find("…") != std::string_view::npos; }

bool all_upper(std::string_view s) {
  int upper = 0;
  for (char c : s) {
    if (is_lower_ascii(c)) return false;
    if (is_upper_ascii(c)) ++upper;
  }
  return upper >= 3;
}

// Every word but the minor ones starts with a capital (or a digit).
bool title_case(std::string_view s) {
  bool first = true;
  std::size_t pos = 0;
  while (pos < s.size()) {
    std::size_t end = s.find(' ', pos);
    if (end == std::string_view::npos) end = s.size();
    std::string_view w = s.substr(pos, end - pos);
    pos = end + 1;
    while (!w.empty() && std::string_view("(\"'[").find(w.front()) != std::string_view::npos) w.remove_prefix(1);
    while (!w.empty() && std::string_view(")\"']:,?").find(w.back()) != std::string_view::npos) w.remove_suffix(1);
    if (w.empty()) continue;
    if (!first && is_minor_word(w)) continue;
    const char c = w.front();
    if (!is_upper_ascii(c) && !(c >= '0' && c <= '9') && c != '&' && static_cast<unsigned char>(c) < 0x80) return false;
    first = false;
  }
  return !first;
}

// "Author: Kathy McAteer", "Independent Chair and Author – Kam Sandhu", "Lisa Bates; Lead
// Nurse": a label and a value on one line, which only a real heading style may be.
bool has_inner_separator(std::string_view s) {
  if (s.find(" – ") != std::string_view::npos || s.find(" - ") != std::string_view::npos ||
      s.find(" — ") != std::string_view::npos || s.find(';') != std::string_view::npos)
    return true;
  const std::size_t colon = s.find(':');
  return colon != std::string_view::npos && colon + 1 < s.size();
}

int outline_level(const Block& b) {
  if (b.kind == BlockKind::heading && b.level > 0) return b.level;
  if (b.number.empty() || !(b.number[0] >= '0' && b.number[0] <= '9')) return 0;
  int level = 1;
  for (std::size_t i = 0; i + 1 < b.number.size(); ++i)
    if (b.number[i] == '.' && b.number[i + 1] >= '0' && b.number[i + 1] <= '9') ++level;
  return level;
}

bool is_toc_title(const Block& b) {
  if (b.kind != BlockKind::heading && b.kind != BlockKind::paragraph) return false;
  if (word_count(b.text) > 4) return false;
  const std::vector<std::string> stems = content_stems(b.text);
  return stems == std::vector<std::string>{"content"} || stems == std::vector<std::string>{"tabl", "content"};
}

bool is_toc_entry(const Block& b) {
  if (b.kind == BlockKind::table_cell) return true;
  const std::string_view t = trim(b.text);
  if (t.empty()) return true;
  if (t == "Page" || t == "page" || t == "PAGE") return true;
  if (t.find_first_not_of("0123456789 -–") == std::string_view::npos) return true;  // a bare page number
  return word_count(t) <= 20 && (ends_with_page_or_item_number(t) || has_dot_leaders(t));
}

}  // namespace

bool looks_like_heading(const Block& block) {
  if (block.hidden) return false;
  if (block.kind != BlockKind::heading && block.kind != BlockKind::paragraph && block.kind != BlockKind::list_item)
    return false;
  std::string_view t = trim(block.text);
  if (t.empty() || t.size() > 120) return false;
  const bool styled = block.kind == BlockKind::heading;
  const bool upper = all_upper(t);
  const bool numbered = !block.number.empty();
  const bool titled = title_case(t);
  const int words = word_count(t);
  // A bulleted line is a heading only when its look says so.
  if (block.kind == BlockKind::list_item && !block.bold && !upper) return false;
  if (ends_with_page_or_item_number(t) || has_dot_leaders(t)) return false;
  if (!styled) {
    if (!is_upper_ascii(t.front())) return false;  // footnotes ("⁵ Home Office ..."), continuations
    if (ends_dangling(t)) return false;
  }
  if (styled) return words <= 14;
  const char last = t.back();
  if ((last == '.' || last == ',' || last == ';') && !block.bold) return false;
  // A colon ends a lead-in sentence unless the line looks like a title
  // ("TERMS OF REFERENCE OF THE REVIEW:" yes; "The Review Panel comprised the following:" no).
  if (last == ':' && !(block.bold || upper || titled)) return false;
  if (block.bold || upper) return words <= 14;
  if (titled && !has_inner_separator(t)) return words <= 12;
  // Numbered but not title case: "2.0 Summary of the review", "5. Lessons learned".
  return numbered && words <= 8 && !has_inner_separator(t);
}

Range find_table_of_contents(const Document& doc) {
  const auto& blocks = doc.blocks;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (!is_toc_title(blocks[i])) continue;
    // The entries: contents lines, allowing a title wrapped over two lines.
    std::size_t end = i + 1;
    std::size_t j = i + 1;
    int gap = 0;
    while (j < blocks.size()) {
      const Block& b = blocks[j];
      if (!is_visible(b.kind) || b.kind == BlockKind::header || b.kind == BlockKind::footer ||
          b.kind == BlockKind::footnote) {
        ++j;
        continue;
      }
      if (is_toc_entry(b)) {
        end = j + 1;
        gap = 0;
      } else if (++gap > 2 || word_count(b.text) > 20) {
        break;
      }
      ++j;
    }
    if (end > i + 1) return {i, end};
  }
  return {0, 0};
}

namespace {

// The entries of a contents list, as stems without their page numbers.
std::vector<std::vector<std::string>> toc_entries(const Document& doc, Range toc) {
  static const RE2 page_number(R"([\s.…]*\d{1,3}(?:\s*[-–]\s*\d{1,3})?$)");
  std::vector<std::vector<std::string>> out;
  for (std::size_t i = toc.begin + 1; i < toc.end; ++i) {
    std::string text = doc.blocks[i].text;
    RE2::Replace(&text, page_number, "");
    std::vector<std::string> stems = content_stems(text);
    if (!stems.empty()) out.push_back(std::move(stems));
  }
  return out;
}

// A plain line that the contents list names ("Discrimination affecting agencies'
// responses to N and Z" in seed 002 lost its heading style in conversion).
bool confirmed_by_toc(const Block& b, const std::vector<std::vector<std::string>>& entries) {
  if (entries.empty() || b.kind != BlockKind::paragraph || b.hidden) return false;
  const std::string_view t = trim(b.text);
  if (t.empty() || word_count(t) > 14 || !is_upper_ascii(t.front())) return false;
  const char last = t.back();
  if (last == '.' || last == ',' || last == ';' || last == ':') return false;
  const std::vector<std::string> stems = content_stems(t);
  return !stems.empty() && std::find(entries.begin(), entries.end(), stems) != entries.end();
}

// Without a contents list, the cover page is what comes before the first long paragraph
// and the headings standing right above it ("Independent Chair and Author" under the
// title of seed 004 is not a section).
std::size_t cover_end(const Document& doc, const std::vector<bool>& is_candidate) {
  std::size_t first_long = doc.blocks.size();
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    if (doc.blocks[i].kind == BlockKind::paragraph && !is_candidate[i] && word_count(doc.blocks[i].text) >= 25) {
      first_long = i;
      break;
    }
  }
  if (first_long == doc.blocks.size()) return 0;
  std::size_t start = first_long;
  for (std::size_t i = first_long; i-- > 0;) {
    const Block& b = doc.blocks[i];
    if (is_candidate[i]) start = i;
    else if (is_body_block(b)) break;  // text between: the run of headings ends here
  }
  return start;
}

}  // namespace

std::vector<Candidate> heading_candidates(const Document& doc) {
  const Range toc = find_table_of_contents(doc);
  const auto entries = toc_entries(doc, toc);
  std::vector<bool> is_candidate(doc.blocks.size(), false);
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    if (i >= toc.begin && i < toc.end) continue;
    is_candidate[i] = looks_like_heading(doc.blocks[i]) || confirmed_by_toc(doc.blocks[i], entries);
  }
  // A contents list near the start follows the cover page: nothing before its end is body.
  std::size_t skip_to = 0;
  if (toc.end > toc.begin && toc.begin * 5 < doc.blocks.size() * 2) skip_to = toc.end;
  else skip_to = cover_end(doc, is_candidate);
  std::vector<Candidate> out;
  for (std::size_t i = skip_to; i < doc.blocks.size(); ++i)
    if (is_candidate[i]) out.push_back({i, content_stems(doc.blocks[i].text), outline_level(doc.blocks[i])});
  return out;
}

bool ends_section(int level, int next_level) {
  if (level == 0) return true;         // an unstyled heading runs to the next heading of any kind
  if (next_level == 0) return false;   // an unstyled line under a styled heading is part of it
  return next_level <= level;
}

bool is_body_block(const Block& block) {
  return !block.hidden && (block.kind == BlockKind::paragraph || block.kind == BlockKind::list_item ||
                           block.kind == BlockKind::table_cell);
}

}  // namespace dhr::sections
