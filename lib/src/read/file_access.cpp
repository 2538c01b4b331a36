#include "read/file_access.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <system_error>

#include <fmt/format.h>

#include "dhr/error.h"

namespace dhr::read {
namespace fs = std::filesystem;

namespace {

void require_regular_file(const std::string& path) {
  std::error_code ec;
  const auto status = fs::status(path, ec);
  if (ec || !fs::exists(status)) throw Error(ErrorKind::not_found, path, "no such file");
  if (fs::is_directory(status)) throw Error(ErrorKind::not_found, path, "is a directory, not a file");
}

std::ifstream open_or_throw(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorKind::not_found, path, fmt::format("cannot open: {}", std::strerror(errno)));
  return in;
}

}  // namespace

std::string read_file_bytes(const std::string& path, std::uint64_t max_bytes) {
  require_regular_file(path);
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  if (ec) throw Error(ErrorKind::not_found, path, "cannot read its size: " + ec.message());
  if (size > max_bytes)
    throw Error(ErrorKind::limit, path,
                fmt::format("file is {} bytes, over the limit of {} (raise it with --max-file-mb)", size, max_bytes));
  std::ifstream in = open_or_throw(path);
  std::string bytes(size, '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(size));
  if (static_cast<std::uint64_t>(in.gcount()) != size) throw Error(ErrorKind::io, path, "short read");
  return bytes;
}

std::string read_file_prefix(const std::string& path, std::size_t n) {
  require_regular_file(path);
  std::ifstream in = open_or_throw(path);
  std::string bytes(n, '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(n));
  bytes.resize(static_cast<std::size_t>(in.gcount()));
  return bytes;
}

std::string extension_of(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  if (!ext.empty() && ext[0] == '.') ext.erase(0, 1);
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext;
}

}  // namespace dhr::read
