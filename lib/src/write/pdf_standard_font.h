// The font replacements are drawn in (internal): Helvetica, one of the PDF standard
// fonts every viewer has, with WinAnsiEncoding. Standard fonts need no embedding, so a
// replacement adds a few hundred bytes, and their widths are fixed by Adobe's metrics,
// so the writer knows exactly how wide a replacement will be before drawing it.
#pragma once

#include <string>
#include <string_view>

#include "write/pdf_qpdf.h"

namespace dhr::write::pdf {

// Width of a WinAnsi code in Helvetica, in 1/1000 em (Adobe's Helvetica AFM); codes
// WinAnsi leaves undefined have the width of a space.
double helvetica_width(unsigned char code);

// Width of a WinAnsi string in em.
double helvetica_width(std::string_view win_ansi);

// UTF-8 as WinAnsi bytes, for drawing in Helvetica. Characters WinAnsi lacks are
// transliterated to ASCII ("Łukasz" -> "Lukasz", "Ж" -> "Z"); what still has no form
// becomes "?". Sets *lossy when anything was transliterated or replaced.
std::string to_win_ansi(std::string_view utf8, bool* lossy = nullptr);

// The Unicode text of WinAnsi bytes (what a reader extracts from them).
std::string win_ansi_to_utf8(std::string_view win_ansi);

// A new font dictionary (indirect) for Helvetica with WinAnsiEncoding and explicit
// widths, so that every viewer places the glyphs where the writer measured them.
QPDFObjectHandle make_helvetica_font(QPDF& pdf);

}  // namespace dhr::write::pdf
