#include "write/pdf_standard_font.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <array>
#include <memory>

#include "text/utf8.h"

namespace dhr::write::pdf {
namespace {

// Helvetica widths (1/1000 em) for WinAnsi codes 32..255, from Adobe's Core 14 AFM
// metrics (Helvetica.afm), looked up through WinAnsi's glyph for each code. Codes that
// WinAnsi leaves undefined (127, 129, 141, 143, 144, 157) carry the space's width and
// are never written.
constexpr std::array<short, 224> kWidths = {
    // 32..63: space ! " # $ % & ' ( ) * + , - . / 0-9 : ; < = > ?
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
    // 64..95: @ A-Z [ \ ] ^ _
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
    // 96..127: ` a-z { | } ~ (127 undefined)
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, 278,
    // 128..159: € (129) ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ (141) Ž (143) (144) ‘ ’ “ ” • – — ˜ ™ š › œ (157) ž Ÿ
    556, 278, 222, 556, 333, 1000, 556, 556, 333, 1000, 667, 333, 1000, 278, 611, 278,
    278, 222, 222, 333, 333, 350, 556, 1000, 333, 1000, 500, 333, 944, 278, 500, 667,
    // 160..191: nbsp ¡ ¢ £ ¤ ¥ ¦ § ¨ © ª « ¬ shy ® ¯ ° ± ² ³ ´ µ ¶ · ¸ ¹ º » ¼ ½ ¾ ¿
    278, 333, 556, 556, 556, 556, 260, 556, 333, 737, 370, 556, 584, 333, 737, 333,
    400, 584, 333, 333, 333, 556, 537, 278, 333, 333, 365, 556, 834, 834, 834, 611,
    // 192..223: À-Å Æ Ç È-Ë Ì-Ï Ð Ñ Ò-Ö × Ø Ù-Ü Ý Þ ß
    667, 667, 667, 667, 667, 667, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278,
    722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611,
    // 224..255: à-å æ ç è-ë ì-ï ð ñ ò-ö ÷ ø ù-ü ý þ ÿ
    556, 556, 556, 556, 556, 556, 889, 500, 556, 556, 556, 556, 278, 278, 278, 278,
    556, 556, 556, 556, 556, 556, 556, 584, 611, 556, 556, 556, 556, 500, 556, 500,
};

// The Unicode characters of WinAnsi codes 128..159 (0 where undefined); codes 32..126
// and 160..255 are the Latin-1 characters of the same number.
constexpr std::array<char32_t, 32> kHigh = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

// The WinAnsi code of a character, or 0 when WinAnsi has none.
unsigned char win_ansi_code(char32_t cp) {
  if ((cp >= 0x20 && cp <= 0x7E) || (cp >= 0xA0 && cp <= 0xFF)) return static_cast<unsigned char>(cp);
  if (cp == '\t' || cp == '\n' || cp == '\r') return ' ';
  for (std::size_t i = 0; i < kHigh.size(); ++i)
    if (kHigh[i] != 0 && kHigh[i] == cp) return static_cast<unsigned char>(0x80 + i);
  return 0;
}

// ICU's ASCII transliteration of one character ("Ł" -> "L"); empty when it has none.
std::string transliterate(char32_t cp) {
  UErrorCode status = U_ZERO_ERROR;
  // Made per call: transliterators are not safe to share between threads, and this path
  // is taken only for the rare character outside WinAnsi.
  std::unique_ptr<icu::Transliterator> t(
      icu::Transliterator::createInstance("Any-Latin; Latin-ASCII", UTRANS_FORWARD, status));
  if (U_FAILURE(status) || !t) return {};
  icu::UnicodeString s(static_cast<UChar32>(cp));
  t->transliterate(s);
  std::string out;
  s.toUTF8String(out);
  for (char c : out)
    if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) > 0x7E) return {};
  return out;
}

}  // namespace

double helvetica_width(unsigned char code) { return code < 32 ? 278 : kWidths[code - 32]; }

double helvetica_width(std::string_view win_ansi) {
  double w = 0;
  for (char c : win_ansi) w += helvetica_width(static_cast<unsigned char>(c));
  return w / 1000.0;
}

std::string to_win_ansi(std::string_view utf8, bool* lossy) {
  std::string repaired;
  if (!unicode::is_valid_utf8(utf8)) {
    repaired = unicode::repair_utf8(utf8);
    utf8 = repaired;
  }
  std::string out;
  const icu::UnicodeString text = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  for (int32_t i = 0; i < text.length();) {
    const char32_t cp = static_cast<char32_t>(text.char32At(i));
    i += U16_LENGTH(cp);
    if (cp == 0x00AD || cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0xFEFF) continue;  // invisible
    if (const unsigned char code = win_ansi_code(cp)) {
      out += static_cast<char>(code);
      continue;
    }
    if (lossy) *lossy = true;
    const std::string ascii = transliterate(cp);
    out += ascii.empty() ? "?" : ascii;
  }
  return out;
}

std::string win_ansi_to_utf8(std::string_view win_ansi) {
  std::string out;
  for (char c : win_ansi) {
    const auto code = static_cast<unsigned char>(c);
    char32_t cp = code;
    if (code >= 0x80 && code < 0xA0) cp = kHigh[code - 0x80] != 0 ? kHigh[code - 0x80] : U' ';
    unicode::append_utf8(out, cp);
  }
  return out;
}

QPDFObjectHandle make_helvetica_font(QPDF& pdf) {
  QPDFObjectHandle widths = QPDFObjectHandle::newArray();
  for (unsigned code = 32; code <= 255; ++code)
    widths.appendItem(QPDFObjectHandle::newInteger(static_cast<long long>(helvetica_width(static_cast<unsigned char>(code)))));
  QPDFObjectHandle font = QPDFObjectHandle::newDictionary();
  font.replaceKey("/Type", QPDFObjectHandle::newName("/Font"));
  font.replaceKey("/Subtype", QPDFObjectHandle::newName("/Type1"));
  font.replaceKey("/BaseFont", QPDFObjectHandle::newName("/Helvetica"));
  font.replaceKey("/Encoding", QPDFObjectHandle::newName("/WinAnsiEncoding"));
  font.replaceKey("/FirstChar", QPDFObjectHandle::newInteger(32));
  font.replaceKey("/LastChar", QPDFObjectHandle::newInteger(255));
  font.replaceKey("/Widths", widths);
  return pdf.makeIndirectObject(font);
}

}  // namespace dhr::write::pdf
