// UTF-8 and normalisation helpers shared by the readers and detectors (internal).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace dhr::unicode {

// Byte offset of the first invalid UTF-8 sequence in s, or npos when s is valid.
// Overlong forms, surrogates and code points above U+10FFFF are invalid.
std::size_t find_invalid_utf8(std::string_view s);

inline bool is_valid_utf8(std::string_view s) { return find_invalid_utf8(s) == std::string_view::npos; }

// Replaces each invalid sequence with U+FFFD (for sources that do not promise UTF-8).
std::string repair_utf8(std::string_view s);

// True when s is already in Normalization Form C (the common case: a fast check).
bool is_nfc(std::string_view s);

// s in Normalization Form C. s must be valid UTF-8.
std::string to_nfc(std::string_view s);

// Appends the UTF-8 encoding of code point cp to out.
void append_utf8(std::string& out, char32_t cp);

// Number of code points in valid UTF-8 s.
std::size_t code_point_count(std::string_view s);

}  // namespace dhr::unicode
