// SHA-256 of a file's content (internal): the identity of a document in the archive.
// A batch skips a file whose hash is already done, whatever its name or folder, and
// shards split the input by hash so the split does not depend on where files are mounted.
// The hashing itself is qpdf's crypto provider (qpdf is already linked for PDF writing):
// no hand-written digest.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

class QPDFCryptoImpl;

namespace dhr::batch {

class Sha256 {
 public:
  Sha256();
  ~Sha256();
  Sha256(const Sha256&) = delete;
  Sha256& operator=(const Sha256&) = delete;
  void update(std::string_view bytes);
  // The digest as 64 lower-case hex digits; the object is spent afterwards.
  std::string hex();

 private:
  std::shared_ptr<QPDFCryptoImpl> impl_;
};

std::string sha256_hex(std::string_view bytes);

// Hashes the file in chunks (never holds it whole). Throws dhr::Error(not_found) when unreadable.
std::string sha256_file(const std::string& path, std::uint64_t* size = nullptr);

}  // namespace dhr::batch
