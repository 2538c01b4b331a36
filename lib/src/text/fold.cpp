#include "text/fold.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <unordered_map>

#include "text/utf8.h"

namespace dhr::unicode {
namespace {

// Characters whose fold is decided here rather than by ICU: punctuation that typists and
// word processors vary (’ for ', – for -) and invisible characters.
bool special_fold(char32_t cp, std::string& out) {
  switch (cp) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC: case 0x0060: case 0x00B4:
      out = "'";
      return true;
    case 0x201C: case 0x201D: case 0x201E: case 0x2033:
      out = "\"";
      return true;
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212: case 0xFE63: case 0xFF0D:
      out = "-";
      return true;
    case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
      out.clear();
      return true;
    case 0x2028: case 0x2029: case 0x0085:
      out = " ";
      return true;
    default:
      break;
  }
  if (u_charType(static_cast<UChar32>(cp)) == U_SPACE_SEPARATOR) {
    out = " ";
    return true;
  }
  return false;
}

std::string fold_code_point(char32_t cp, bool keep_case) {
  std::string out;
  if (special_fold(cp, out)) return out;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(status);
  if (U_FAILURE(status)) {
    append_utf8(out, cp);
    return out;
  }
  icu::UnicodeString decomposed = nfkd->normalize(icu::UnicodeString(static_cast<UChar32>(cp)), status);
  if (U_FAILURE(status)) decomposed = icu::UnicodeString(static_cast<UChar32>(cp));
  icu::UnicodeString kept;
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;  // diacritics
    std::string piece;
    if (special_fold(static_cast<char32_t>(c), piece)) {
      kept.append(icu::UnicodeString::fromUTF8(piece));
      continue;
    }
    kept.append(c);
  }
  if (!keep_case) kept.foldCase();
  kept.toUTF8String(out);
  return out;
}

// Folds of non-ASCII code points, computed once per thread (one cache per case mode).
const std::string& cached_fold(char32_t cp, bool keep_case) {
  thread_local std::unordered_map<char32_t, std::string> caches[2];
  auto& cache = caches[keep_case ? 1 : 0];
  auto it = cache.find(cp);
  if (it == cache.end()) it = cache.emplace(cp, fold_code_point(cp, keep_case)).first;
  return it->second;
}

// The folds of the ASCII characters, [keep_case][c]: a table, because folding reads
// every byte of a report twice and a look-up has no branch to mispredict.
struct AsciiFolds {
  char table[2][128];
  constexpr AsciiFolds() : table{} {
    for (int keep = 0; keep < 2; ++keep)
      for (int c = 0; c < 128; ++c) {
        char f = static_cast<char>(c);
        if (c >= 'A' && c <= 'Z' && keep == 0) f = static_cast<char>(c - 'A' + 'a');
        else if (c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\v') f = ' ';
        else if (c == '`') f = '\'';
        table[keep][c] = f;
      }
  }
};
constexpr AsciiFolds kAsciiFolds;

// The fold of an ASCII character.
inline char fold_ascii(char c, bool keep_case) { return kAsciiFolds.table[keep_case ? 1 : 0][static_cast<unsigned char>(c) & 0x7F]; }

// Calls emit(folded piece, original begin, original end) for each code point of s.
template <typename Emit>
void for_each_fold(std::string_view s, bool keep_case, Emit emit) {
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(s.data());
  const auto n = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < n;) {
    const std::uint8_t b = bytes[i];
    if (b < 0x80) {
      const char c = fold_ascii(static_cast<char>(b), keep_case);
      emit(std::string_view(&c, 1), static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + 1));
      ++i;
      continue;
    }
    const int32_t start = i;
    UChar32 cp;
    U8_NEXT(bytes, i, n, cp);
    if (cp < 0) {  // invalid byte: keep it as U+FFFD so offsets stay aligned
      emit(std::string_view("\xEF\xBF\xBD"), static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(i));
      continue;
    }
    emit(std::string_view(cached_fold(static_cast<char32_t>(cp), keep_case)), static_cast<std::uint32_t>(start),
         static_cast<std::uint32_t>(i));
  }
}

}  // namespace

bool folds_to_itself(std::string_view original, FoldOptions options) {
  const char* table = kAsciiFolds.table[options.keep_case ? 1 : 0];
  return std::all_of(original.begin(), original.end(), [table](char c) {
    return static_cast<unsigned char>(c) < 0x80 && table[static_cast<unsigned char>(c)] == c;
  });
}

std::string fold(std::string_view original, FoldOptions options) {
  std::string out;
  out.reserve(original.size());
  for_each_fold(original, options.keep_case, [&](std::string_view piece, std::uint32_t, std::uint32_t) { out.append(piece); });
  return out;
}

FoldedText::FoldedText(std::string_view original, FoldOptions options)
    : original_size_(static_cast<std::uint32_t>(original.size())) {
  // Reports are mostly ASCII: runs of it are folded byte for byte into place, and only
  // the characters between runs go through for_each_fold (this was a tenth of a scan).
  const auto n = static_cast<std::uint32_t>(original.size());
  text_.resize(n);
  if (std::all_of(original.begin(), original.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    const char* table = kAsciiFolds.table[options.keep_case ? 1 : 0];
    for (std::uint32_t i = 0; i < n; ++i) text_[i] = table[static_cast<unsigned char>(original[i])];
    return;  // no offset maps: folded byte i is original byte i
  }
  from_.resize(n);
  to_.resize(n);
  std::uint32_t out = 0;
  for (std::uint32_t i = 0; i < n;) {
    std::uint32_t run = i;
    while (run < n && static_cast<unsigned char>(original[run]) < 0x80) ++run;
    for (; i < run; ++i, ++out) {
      text_[out] = fold_ascii(original[i], options.keep_case);
      from_[out] = i;
      to_[out] = i + 1;
    }
    if (i == n) break;
    // A run of non-ASCII characters (or invalid bytes): a fold may be longer than its
    // character, so the buffers may have to grow.
    std::uint32_t next = i;
    while (next < n && static_cast<unsigned char>(original[next]) >= 0x80) ++next;
    for_each_fold(original.substr(i, next - i), options.keep_case, [&](std::string_view piece, std::uint32_t b, std::uint32_t e) {
      // Keep room for this piece and one byte per original byte still to come: what the
      // ASCII runs ahead write without checking (a longer fold checks again).
      const std::size_t need = out + piece.size() + (n - (i + e));
      if (need > text_.size()) {
        const std::size_t grown = std::max<std::size_t>(need, text_.size() + text_.size() / 2);
        text_.resize(grown);
        from_.resize(grown);
        to_.resize(grown);
      }
      for (const char c : piece) {
        text_[out] = c;
        from_[out] = i + b;
        to_[out] = i + e;
        ++out;
      }
    });
    i = next;
  }
  text_.resize(out);
  from_.resize(out);
  to_.resize(out);
}

}  // namespace dhr::unicode
