// Reading input files safely (internal): size limits and one-line errors.
#pragma once

#include <cstdint>
#include <string>

namespace dhr::read {

// The whole file, or a dhr::Error: not_found (missing, unreadable, a directory),
// limit (larger than max_bytes). Never modifies the file.
std::string read_file_bytes(const std::string& path, std::uint64_t max_bytes);

// Up to n bytes from the start of the file (for recognising its format).
std::string read_file_prefix(const std::string& path, std::size_t n);

// Lower-case extension without the dot ("pdf"), or empty.
std::string extension_of(const std::string& path);

}  // namespace dhr::read
