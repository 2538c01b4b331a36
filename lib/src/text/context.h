// The words around a mention, for messages and reports a person acts on (internal).
//
//   auto [b, e] = unicode::sentence_around(text, begin, end);   // the sentence holding it
//   std::string shown = unicode::masked(text.substr(b, e - b), names);  // names as "[name]"
//
// Messages and reports made without names must not quote a subject's name: every
// whole-word occurrence of each form (folded comparison: case, accents and curly quotes
// ignored) is replaced by the mask.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dhr::unicode {

// The byte range of the sentence around [begin, end) of text: from after the last
// sentence end (". ", "! ", "? ", a line break) before it to the next one after it,
// at most about `reach` bytes either side (cut at a space, with "..." left to the caller).
std::pair<std::size_t, std::size_t> sentence_around(std::string_view text, std::size_t begin, std::size_t end,
                                                    std::size_t reach = 160);

// text with every whole-word occurrence of each of `forms` replaced by `mask`.
std::string masked(std::string_view text, const std::vector<std::string>& forms, std::string_view mask = "[name]");

// One line: the sentence around [begin, end) of text with the span itself shown as
// `mask` and every other occurrence of `forms` masked too; "..." where it was cut.
std::string masked_context(std::string_view text, std::size_t begin, std::size_t end,
                           const std::vector<std::string>& forms, std::string_view mask = "[name]");

}  // namespace dhr::unicode
