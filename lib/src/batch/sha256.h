// SHA-256 of a file's content (internal): the identity of a document in the archive.
// A batch skips a file whose hash is already done, whatever its name or folder, and
// shards split the input by hash so the split does not depend on where files are mounted.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace dhr::batch {

class Sha256 {
 public:
  Sha256();
  void update(std::string_view bytes);
  // The digest as 64 lower-case hex digits; the object is spent afterwards.
  std::string hex();

 private:
  void block(const unsigned char* p);
  std::uint32_t h_[8];
  unsigned char buf_[64];
  std::size_t used_ = 0;
  std::uint64_t length_ = 0;
};

std::string sha256_hex(std::string_view bytes);

// Hashes the file in chunks (never holds it whole). Throws dhr::Error(not_found) when unreadable.
std::string sha256_file(const std::string& path, std::uint64_t* size = nullptr);

}  // namespace dhr::batch
