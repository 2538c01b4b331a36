// Locating patterns/ and dictionaries/ at run time.
#include <cstdlib>
#include <filesystem>

#include "dhr/detect.h"
#include "dhr/error.h"

namespace dhr {

std::string find_data_dir(const std::string& preferred) {
  namespace fs = std::filesystem;
  auto has_data = [](const std::string& dir) {
    std::error_code ec;
    return !dir.empty() && fs::is_directory(fs::path(dir) / "patterns", ec) &&
           fs::is_directory(fs::path(dir) / "dictionaries", ec);
  };
  if (!preferred.empty()) {
    if (has_data(preferred)) return preferred;
    throw Error(ErrorKind::not_found, preferred, "no patterns/ and dictionaries/ in this data folder");
  }
  if (const char* env = std::getenv("DHR_DATA_DIR"); env != nullptr && *env != '\0') {
    if (has_data(env)) return env;
    throw Error(ErrorKind::not_found, env, "DHR_DATA_DIR has no patterns/ and dictionaries/");
  }
  for (const char* dir : {DHR_SOURCE_DATA_DIR, DHR_INSTALL_DATA_DIR})
    if (has_data(dir)) return dir;
  throw Error(ErrorKind::not_found, DHR_INSTALL_DATA_DIR,
              "cannot find dhrkit's patterns/ and dictionaries/ (set DHR_DATA_DIR or --data-dir)");
}

}  // namespace dhr
