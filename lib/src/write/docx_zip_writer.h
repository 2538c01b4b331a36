// Writing a zip archive in memory with libzip (internal): the DOCX writer builds the
// whole archive before a single byte reaches the disk, so that a failure half way leaves
// nothing behind and write_file_atomically() can put the result in place.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dhr::write::docx {

struct ZipEntry {
  std::string_view name;
  std::string_view data;  // must outlive zip_in_memory()
  bool compress = true;   // false for data already compressed (JPEG, PNG): stored as is
};

// The archive's bytes. Entries keep the given order and get a fixed modification time
// (2 January 1980, just after the zip epoch in any time zone), so the output says nothing
// about when it was made and equal inputs give equal bytes. Throws dhr::Error (internal)
// naming `path` when libzip fails.
std::string zip_in_memory(const std::vector<ZipEntry>& entries, const std::string& path);

}  // namespace dhr::write::docx
