#include "write/docx_zip_writer.h"

#include <zip.h>

#include <cstdio>
#include <ctime>

#include "dhr/error.h"

namespace dhr::write::docx {
namespace {

// 1980-01-02 12:00 UTC: a DOS date in every time zone (libzip converts with localtime).
constexpr std::time_t kEntryTime = 315662400;

[[noreturn]] void fail(const std::string& path, const std::string& what, zip_error_t* error) {
  const std::string message = what + ": " + zip_error_strerror(error);
  throw Error(ErrorKind::internal, path, "cannot build the output zip (" + message + ")");
}

// Owns the growing in-memory source; libzip writes the archive into it on zip_close().
class MemorySource {
 public:
  explicit MemorySource(const std::string& path) : path_(path) {
    zip_error_init(&error_);
    source_ = zip_source_buffer_create(nullptr, 0, 0, &error_);
    if (source_ == nullptr) fail(path_, "memory buffer", &error_);
  }
  ~MemorySource() {
    if (archive_ != nullptr) zip_discard(archive_);
    if (source_ != nullptr) zip_source_free(source_);
    zip_error_fini(&error_);
  }
  MemorySource(const MemorySource&) = delete;
  MemorySource& operator=(const MemorySource&) = delete;

  zip_t* open() {
    archive_ = zip_open_from_source(source_, ZIP_TRUNCATE, &error_);
    if (archive_ == nullptr) fail(path_, "open", &error_);
    zip_source_keep(source_);  // the archive frees its reference on close; we still read it
    return archive_;
  }

  void add(const ZipEntry& e) {
    zip_source_t* s = zip_source_buffer(archive_, e.data.data(), e.data.size(), 0);
    if (s == nullptr) fail(path_, "entry", zip_get_error(archive_));
    const std::string name(e.name);
    const zip_int64_t index = zip_file_add(archive_, name.c_str(), s, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
      zip_source_free(s);
      fail(path_, "entry", zip_get_error(archive_));
    }
    const auto i = static_cast<zip_uint64_t>(index);
    if (zip_set_file_compression(archive_, i, e.compress ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 0) != 0 ||
        zip_file_set_mtime(archive_, i, kEntryTime, 0) != 0)
      fail(path_, "entry", zip_get_error(archive_));
  }

  std::string close_and_read() {
    if (zip_close(archive_) != 0) fail(path_, "close", zip_get_error(archive_));
    archive_ = nullptr;
    if (zip_source_open(source_) != 0) fail(path_, "read back", zip_source_error(source_));
    std::string out;
    zip_source_seek(source_, 0, SEEK_END);
    const zip_int64_t size = zip_source_tell(source_);
    zip_source_seek(source_, 0, SEEK_SET);
    if (size < 0) fail(path_, "read back", zip_source_error(source_));
    out.resize(static_cast<std::size_t>(size));
    const zip_int64_t got = zip_source_read(source_, out.data(), out.size());
    zip_source_close(source_);
    if (got != size) fail(path_, "read back", zip_source_error(source_));
    return out;
  }

 private:
  std::string path_;
  zip_error_t error_;
  zip_source_t* source_ = nullptr;
  zip_t* archive_ = nullptr;
};

}  // namespace

std::string zip_in_memory(const std::vector<ZipEntry>& entries, const std::string& path) {
  MemorySource memory(path);
  memory.open();
  for (const ZipEntry& e : entries) memory.add(e);
  return memory.close_and_read();
}

}  // namespace dhr::write::docx
