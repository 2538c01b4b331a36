#include "detect/names_tokens.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <string>

namespace dhr::detect {
namespace {

// What each byte is to the tokenizer (a table: the tokenizer reads every byte of a report).
enum ByteClass : std::uint8_t {
  kNone = 0,      // ASCII, not a letter or digit
  kLower = 1,     // a-z
  kUpper = 2,     // A-Z
  kDigit = 3,     // 0-9
  kNonAscii = 4,  // part of a multi-byte character: decode to know
};
struct ByteClasses {
  ByteClass table[256];
  constexpr ByteClasses() : table{} {
    for (int b = 0; b < 256; ++b)
      table[b] = b >= 0x80 ? kNonAscii : b >= 'a' && b <= 'z' ? kLower : b >= 'A' && b <= 'Z' ? kUpper
                                       : b >= '0' && b <= '9' ? kDigit : kNone;
  }
};
constexpr ByteClasses kByteClasses;
inline ByteClass class_of(char c) { return kByteClasses.table[static_cast<unsigned char>(c)]; }

// word_char_at for a non-ASCII byte: decoded, and asked of ICU.
bool word_char_at_slow(std::string_view s, std::size_t i, std::size_t* len) {
  std::int32_t j = static_cast<std::int32_t>(i);
  UChar32 cp;
  U8_NEXT(reinterpret_cast<const std::uint8_t*>(s.data()), j, static_cast<std::int32_t>(s.size()), cp);
  *len = static_cast<std::size_t>(j) - i;
  return cp >= 0 && (u_isalpha(cp) || u_isdigit(cp));
}

// Whether the folded byte at i starts a letter or digit. Folded text is lower-case ASCII
// for Latin script; other scripts keep their letters, so non-ASCII is decoded.
inline bool word_char_at(std::string_view s, std::size_t i, std::size_t* len) {
  const ByteClass c = class_of(s[i]);
  if (c == kNonAscii) return word_char_at_slow(s, i, len);
  *len = 1;
  return c != kNone;
}

// Lower case, Capitalised or UPPER, from the counts of a word's letters, its capitals and its
// small letters (a letter of a script without case is neither), and whether the first
// letter is a capital.
Shape shape_from(int letters, int upper, int lower, bool first_upper) {
  if (letters == 0) return Shape::other;
  if (lower == letters) return Shape::lower;
  if (upper == letters) return letters >= 2 ? Shape::upper : Shape::other;
  if (!first_upper) return Shape::other;  // "iPhone", "eBay"
  // "McAteer", "O'Connell", "DiMaggio" are capitalised names; "DCs" is not.
  return lower >= upper ? Shape::cap : Shape::other;
}

// shape_of for a word with a non-ASCII byte in it: decoded, and asked of ICU.
Shape shape_of_slow(std::string_view original) {
  const auto* p = reinterpret_cast<const std::uint8_t*>(original.data());
  const auto n = static_cast<std::int32_t>(original.size());
  int upper = 0, lower = 0, letters = 0;
  bool first_upper = false;
  for (std::int32_t i = 0; i < n;) {
    bool up = false;
    if (p[i] < 0x80) {
      const std::uint8_t c = p[i++];
      const bool is_upper = c >= 'A' && c <= 'Z';
      if (!is_upper && !(c >= 'a' && c <= 'z')) continue;
      up = is_upper;
      if (letters == 0) first_upper = up;
      ++letters;
      if (up) ++upper;
      else ++lower;
      continue;
    }
    UChar32 cp;
    U8_NEXT(p, i, n, cp);
    if (cp < 0 || !u_isalpha(cp)) continue;
    up = u_isupper(cp) || u_istitle(cp);
    if (letters == 0) first_upper = up;
    ++letters;
    if (up) ++upper;
    else if (u_islower(cp)) ++lower;
  }
  return shape_from(letters, upper, lower, first_upper);
}

// The shape of a word in the original. Most words are ASCII: counted from the byte table,
// no decoding.
Shape shape_of(std::string_view original) {
  int upper = 0, lower = 0;
  ByteClass first = kNone;
  for (const char ch : original) {
    const ByteClass c = class_of(ch);
    if (c == kNonAscii) return shape_of_slow(original);
    if (first == kNone && (c == kLower || c == kUpper)) first = c;
    upper += c == kUpper;
    lower += c == kLower;
  }
  return shape_from(upper + lower, upper, lower, first == kUpper);
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Characters before a word that make it the start of a sentence or item. Non-ASCII
// punctuation (bullets, curly quotes, dashes) is folded to ASCII or stays non-ASCII; any
// non-ASCII byte that is not part of a letter counts as a bullet or quote.
bool starts_after(char c) {
  switch (c) {
    case '.': case '!': case '?': case ':': case ';': case '"': case '\'': case '-': case '*': case '|':
    case '>': case ')': case ']': case '#':
      return true;
    default:
      return (static_cast<unsigned char>(c) >= 0x80) || (c >= '0' && c <= '9');
  }
}

}  // namespace

std::vector<NameToken> tokenize_words(std::string_view original, const unicode::FoldedText& folded) {
  std::vector<NameToken> out;
  const std::string& f = folded.text();
  const std::size_t n = f.size();
  out.reserve(n / 6 + 1);  // English prose: about one word per six bytes
  // An ASCII text's letters are where their folded forms are: the word loop reads the
  // original's bytes, whose classes are the folded ones' but for case, and counts the
  // capitals as it goes (no second pass over each word for its shape).
  const bool same_offsets = folded.same_offsets();
  const std::string_view classed = same_offsets ? original : std::string_view(f);
  std::size_t i = 0;
  bool numbers_only = true;  // every word so far is a number ("1.2.3"): a paragraph number
  while (i < n) {
    std::size_t len = 0;
    if (!word_char_at(f, i, &len)) {
      ++i;
      continue;
    }
    const std::size_t start = i;
    bool digits = false;
    int uppers = 0, letters = 0;  // in the original (used when offsets are the same)
    // A word: letters and digits, with inner apostrophes and hyphens between letters
    // ("o'connell", "ashworth-hale", "stoke-on-trent").
    while (i < n) {
      const ByteClass c = class_of(classed[i]);
      if (c == kLower) {  // the usual byte: no call
        ++letters;
        ++i;
        continue;
      }
      if (c == kUpper) {
        ++letters;
        ++uppers;
        ++i;
        continue;
      }
      if (c == kDigit) {
        digits = true;
        ++i;
        continue;
      }
      if (c == kNonAscii && word_char_at_slow(f, i, &len)) {
        i += len;
        continue;
      }
      if ((f[i] == '\'' || f[i] == '-') && i + 1 < n && word_char_at(f, i + 1, &len) && !(f[i + 1] >= '0' && f[i + 1] <= '9')) {
        // "tariq's": the possessive is not part of the word.
        if (f[i] == '\'' && f[i + 1] == 's' && (i + 2 >= n || !word_char_at(f, i + 2, &len))) break;
        ++i;
        continue;
      }
      break;
    }
    NameToken t;
    t.fb = static_cast<std::uint32_t>(start);
    t.fe = static_cast<std::uint32_t>(i);
    t.key = std::string_view(f).substr(start, i - start);
    t.letter_only = !digits;
    const auto [ob, oe] = folded.original_range(t.fb, t.fe);
    t.ob = ob;
    t.oe = oe;
    if (digits) t.shape = Shape::other;
    else if (same_offsets) t.shape = shape_from(letters, uppers, letters - uppers, class_of(original[start]) == kUpper);
    else t.shape = shape_of(original.substr(ob, oe - ob));
    // Possessive: 's after the word, or a bare apostrophe after a final s ("James'").
    std::size_t after = i;
    if (after + 1 < n && f[after] == '\'' && f[after + 1] == 's' && (after + 2 >= n || !word_char_at(f, after + 2, &len))) {
      t.possessive = true;
      after += 2;
    } else if (after < n && f[after] == '\'' && t.key.size() > 1 && t.key.back() == 's' &&
               (after + 1 >= n || !word_char_at(f, after + 1, &len))) {
      t.possessive = true;
      after += 1;
    }
    i = after;  // the 's is read: it is no word of its own
    while (after < n && f[after] == ' ') ++after;
    if (after < n && !word_char_at(f, after, &len)) t.punct_after = f[after];
    // What lies between this word and the previous one, in the original (line breaks are
    // folded to spaces, so the original is read).
    std::size_t b = ob;
    bool line_break = false, only_space = true;
    while (b > 0 && is_space(original[b - 1])) {
      if (original[b - 1] == '\n') line_break = true;
      --b;
    }
    const std::uint32_t prev_end = out.empty() ? 0 : out.back().oe;
    if (b == 0) {
      t.sentence_start = true;
    } else {
      const char c = original[b - 1];
      if (!out.empty() && b > prev_end) {
        // Anything but spaces between the words (a possessive 's counts as part of the word before).
        std::string_view gap = original.substr(prev_end, b - prev_end);
        if (out.back().possessive && (gap == "'s" || gap == "\xE2\x80\x99s" || gap == "'" || gap == "\xE2\x80\x99")) gap = {};
        only_space = gap.empty();
      }
      if (!only_space || out.empty()) t.punct_before = c;
      if (starts_after(c) && !only_space) t.sentence_start = true;
      if (out.empty() || numbers_only) t.sentence_start = true;  // only punctuation or numbers before
      // "Mr. Young", "St. Mary's": a full stop after an abbreviation ends no sentence.
      if (c == '.' && !out.empty() && b == prev_end + 1) {
        const std::string_view k = out.back().key;
        if (k == "mr" || k == "mrs" || k == "ms" || k == "dr" || k == "st" || k == "mx" || k == "prof" || k == "sgt" ||
            k.size() == 1)
          t.sentence_start = false;
      }
    }
    t.line_break_before = line_break;
    t.spaced_before = only_space;
    if (t.letter_only) numbers_only = false;
    out.push_back(t);
  }
  return out;
}

BlockStyle block_style(const std::vector<NameToken>& tokens, bool is_heading) {
  BlockStyle s;
  int words = 0, caps = 0, uppers = 0;
  for (const NameToken& t : tokens) {
    if (!t.letter_only || t.key.size() < 4) continue;
    ++words;
    if (t.shape == Shape::cap) ++caps;
    if (t.shape == Shape::upper) ++uppers;
  }
  s.upper_case = words > 0 && uppers * 10 >= words * 6;
  s.title_case = is_heading || (words > 0 && words <= 14 && (caps + uppers) * 10 >= words * 7);
  return s;
}

ScannedBlock scan_block(const ScanContext& ctx, std::size_t block) {
  ScannedBlock s;
  const Block& b = ctx.doc.blocks[block];
  const bool cached = ctx.cache != nullptr && block < ctx.cache->words.size();
  // The cache's words move here: they are read through `scanned` from now on.
  s.tokens = cached ? std::move(ctx.cache->words[block]) : tokenize_words(b.text, ctx.folded[block]);
  s.style = block_style(s.tokens, b.kind == BlockKind::heading);
  s.allowed.resize(s.tokens.size(), false);
  s.kept.resize(s.tokens.size(), false);
  const auto& spans = ctx.allow.spans(block);
  if (!spans.empty())
    for (std::size_t i = 0; i < s.tokens.size(); ++i) {
      s.allowed[i] = ctx.allow.covers(block, s.tokens[i].ob, s.tokens[i].oe);
      s.kept[i] = s.allowed[i] && ctx.allow.covers(block, s.tokens[i].ob, s.tokens[i].oe, Category::place);
    }
  return s;
}

const ScannedBlock& scanned_block(const ScanContext& ctx, std::size_t block, ScannedBlock& scratch) {
  if (ctx.cache == nullptr || block >= ctx.cache->scanned.size()) {
    scratch = scan_block(ctx, block);
    return scratch;
  }
  std::optional<ScannedBlock>& slot = ctx.cache->scanned[block];
  if (!slot) slot = scan_block(ctx, block);
  return *slot;
}

}  // namespace dhr::detect
