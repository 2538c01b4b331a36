// The zip container of a DOCX, opened defensively (internal).
//
// A DOCX is a zip archive, and a zip is an easy way to attack a reader: entry names that
// climb out of a folder ("../../x"), entries that expand a thousandfold (zip bombs),
// sizes in the headers that lie. ZipArchive opens the archive from memory with libzip,
// refuses hostile names before anything is read, and reads entries under a budget that
// it enforces on the bytes actually inflated, never trusting the declared sizes.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dhr/reader.h"

struct zip;

namespace dhr::read::docx {

class ZipArchive {
 public:
  // Opens the archive held in `bytes` (the content of the file `path`). Throws
  // dhr::Error: corrupt (a damaged zip), hostile (an absolute entry name or one with a
  // ".." segment). The limits are options.max_uncompressed_bytes (all entries read,
  // together) and options.max_entry_ratio (expansion of one entry).
  ZipArchive(std::string path, std::string bytes, const ReadOptions& options);
  ~ZipArchive();
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  // Whether the archive has an entry of this name (OPC part names ignore case).
  bool contains(std::string_view name) const;

  // The entry's content, or nullopt when there is no such entry. Throws dhr::Error:
  // limit (the entry, or all entries read so far, would pass the limits: "zip bomb?"),
  // corrupt (the entry does not inflate or fails its CRC).
  std::optional<std::string> read(std::string_view name);

  // Every entry name in the order of the zip's central directory (names are checked
  // safe on opening). The DOCX writer copies every entry, so it needs them all.
  std::vector<std::string> entry_names() const;

  // Bytes inflated so far, against options.max_uncompressed_bytes.
  std::uint64_t bytes_read() const { return used_; }

 private:
  std::int64_t locate(std::string_view name) const;
  void check_entry_names();

  std::string path_;
  std::string bytes_;  // libzip reads from this buffer; it must not move while open
  ::zip* zip_ = nullptr;
  std::uint64_t budget_;
  std::uint64_t max_ratio_;
  std::uint64_t used_ = 0;
};

// Whether an entry name is safe to use as a path inside a folder: not absolute (no
// leading / or \, no drive letter) and no ".." segment.
bool is_safe_entry_name(std::string_view name);

}  // namespace dhr::read::docx
