// fuzz/fuzz_support.cpp — see fuzz_support.h.
#include "fuzz_support.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <system_error>

namespace dhr::fuzz {
namespace {

std::filesystem::path make_private_dir() {
  std::string base = std::filesystem::is_directory("/dev/shm") ? "/dev/shm" : "";
  if (base.empty()) {
    const char* tmp = std::getenv("TMPDIR");
    base = tmp && *tmp ? tmp : "/tmp";
  }
  std::string pattern = base + "/dhr-fuzz-XXXXXX";
  if (!mkdtemp(pattern.data())) throw std::runtime_error("fuzz: cannot make a temporary directory in " + base);
  return pattern;
}

// Removed at exit, so a long fuzzing run leaves nothing behind.
struct PrivateDir {
  std::filesystem::path path = make_private_dir();
  ~PrivateDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path, ignored);
  }
};

const std::filesystem::path& private_dir() {
  static PrivateDir dir;
  return dir.path;
}

}  // namespace

std::string write_input(const std::string& name, const std::uint8_t* data, std::size_t size) {
  std::string path = (private_dir() / name).string();
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  out.close();
  if (!out) throw std::runtime_error("fuzz: cannot write " + path);
  return path;
}

std::string scratch_path(const std::string& name) { return (private_dir() / name).string(); }

const CaseFile& fixture_case() {
  static const CaseFile c = load_case_file(DHR_FUZZ_SOURCE_DIR "/testdata/fixtures/case.toml");
  return c;
}

const Detector& detector() {
  static const Detector d = [] {
    DetectOptions options;
    options.data_dir = DHR_FUZZ_SOURCE_DIR;
    return Detector(options);
  }();
  return d;
}

}  // namespace dhr::fuzz
