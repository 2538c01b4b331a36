// Poppler's strings (internal): poppler::ustring holds UTF-16 code units; its own
// to_utf8() opens an iconv converter on every call, which costs more than the text
// extraction around it when called once per word. This converts directly.
#pragma once

#include <string>

#include <poppler-global.h>

namespace dhr::read::pdf {

// UTF-8 of a Poppler string; unpaired surrogates become U+FFFD, a trailing NUL is dropped.
std::string to_utf8(const poppler::ustring& s);

}  // namespace dhr::read::pdf
