// dhr/output.h — writing outputs so that no half-written file ever appears.
#pragma once

#include <string>
#include <string_view>

namespace dhr {

// Writes `content` to a temporary file in the folder of `path`, flushes it and renames it
// into place. On failure nothing is left behind and a dhr::Error (io) names `path`.
// Refuses (usage error) when `path` is the same file as `must_not_be` (the input).
// `mode` is the new file's permission bits (0600 for confidential files such as the key).
void write_file_atomically(const std::string& path, std::string_view content,
                           const std::string& must_not_be = {}, unsigned mode = 0644);

}  // namespace dhr
