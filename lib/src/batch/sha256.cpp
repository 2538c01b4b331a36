#include "batch/sha256.h"

#include <cerrno>
#include <cstring>
#include <fstream>

#include <qpdf/QPDFCryptoImpl.hh>
#include <qpdf/QPDFCryptoProvider.hh>

#include "dhr/error.h"

namespace dhr::batch {

Sha256::Sha256() : impl_(QPDFCryptoProvider::getImpl()) { impl_->SHA2_init(256); }

Sha256::~Sha256() = default;

void Sha256::update(std::string_view bytes) {
  impl_->SHA2_update(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
}

std::string Sha256::hex() {
  impl_->SHA2_finalize();
  const std::string digest = impl_->SHA2_digest();  // 32 raw bytes
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (unsigned char c : digest) {
    out += kHex[c >> 4];
    out += kHex[c & 0xf];
  }
  return out;
}

std::string sha256_hex(std::string_view bytes) {
  Sha256 h;
  h.update(bytes);
  return h.hex();
}

std::string sha256_file(const std::string& path, std::uint64_t* size) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorKind::not_found, path, std::string("cannot open: ") + std::strerror(errno));
  Sha256 h;
  std::string buf(1 << 20, '\0');
  std::uint64_t total = 0;
  while (in) {
    in.read(buf.data(), static_cast<std::streamsize>(buf.size()));
    const auto got = static_cast<std::size_t>(in.gcount());
    h.update(std::string_view(buf.data(), got));
    total += got;
  }
  if (in.bad()) throw Error(ErrorKind::io, path, "read error while hashing");
  if (size) *size = total;
  return h.hex();
}

}  // namespace dhr::batch
