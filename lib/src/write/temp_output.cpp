#include "write/temp_output.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>

#include "dhr/error.h"

namespace dhr::write {
namespace fs = std::filesystem;

TempOutput::TempOutput(std::string final_path, const std::string& input_path) : final_(std::move(final_path)) {
  std::error_code ec;
  if (!input_path.empty() && fs::exists(final_, ec) && fs::equivalent(final_, input_path, ec))
    throw Error(ErrorKind::usage, final_, "refusing to overwrite the input file");
  const fs::path target(final_);
  const fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  const std::string ext = target.extension().string();
  std::string tmpl = (dir / ("." + target.stem().string() + ".dhr-XXXXXX" + ext)).string();
  const int fd = mkstemps(tmpl.data(), static_cast<int>(ext.size()));
  if (fd < 0) throw Error(ErrorKind::io, final_, std::string("cannot create a file here: ") + std::strerror(errno));
  ::fchmod(fd, 0644);
  ::close(fd);
  temp_ = tmpl;
}

TempOutput::~TempOutput() {
  if (!committed_) std::remove(temp_.c_str());
}

void TempOutput::commit() {
  if (std::rename(temp_.c_str(), final_.c_str()) != 0)
    throw Error(ErrorKind::io, final_, std::string("cannot write: ") + std::strerror(errno));
  committed_ = true;
}

}  // namespace dhr::write
