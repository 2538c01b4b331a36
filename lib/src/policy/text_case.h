// Writing a replacement the way the original was written (internal).
#pragma once

#include <string>
#include <string_view>

namespace dhr::policy {

// Whether position pos of text starts a sentence: the block's start, or after ". ", "? ",
// "! " or a line break (opening quotes and brackets in between are skipped).
bool is_sentence_start(std::string_view text, std::size_t pos);

// Whether s is written in capitals: at least two letters and none lower-case.
bool is_upper_case_word(std::string_view s);

std::string capitalise_first(std::string s);
std::string upper_case(std::string s);

}  // namespace dhr::policy
