#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>

#include "dhr/error.h"
#include "dhr/output.h"

namespace dhr {
namespace fs = std::filesystem;

namespace {

bool same_file(const std::string& a, const std::string& b) {
  std::error_code ec;
  return !b.empty() && fs::exists(a, ec) && fs::exists(b, ec) && fs::equivalent(a, b, ec);
}

}  // namespace

void write_file_atomically(const std::string& path, std::string_view content, const std::string& must_not_be,
                           unsigned mode) {
  if (same_file(path, must_not_be))
    throw Error(ErrorKind::usage, path, "refusing to overwrite the input file");
  const fs::path target(path);
  const fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  std::string tmpl = (dir / ("." + target.filename().string() + ".dhr-XXXXXX")).string();
  const int fd = mkstemp(tmpl.data());
  if (fd < 0) throw Error(ErrorKind::io, path, std::string("cannot create a file here: ") + std::strerror(errno));
  const char* p = content.data();
  std::size_t left = content.size();
  bool ok = true;
  while (left > 0 && ok) {
    const ssize_t n = ::write(fd, p, left);
    if (n < 0 && errno == EINTR) continue;
    ok = n > 0;
    if (ok) {
      p += n;
      left -= static_cast<std::size_t>(n);
    }
  }
  const int saved = errno;
  ok = ok && ::fsync(fd) == 0;
  ::fchmod(fd, static_cast<mode_t>(mode));
  ok = (::close(fd) == 0) && ok;
  if (!ok || std::rename(tmpl.c_str(), path.c_str()) != 0) {
    const int err = ok ? errno : saved;
    std::remove(tmpl.c_str());
    throw Error(ErrorKind::io, path, std::string("cannot write: ") + std::strerror(err));
  }
}

}  // namespace dhr
