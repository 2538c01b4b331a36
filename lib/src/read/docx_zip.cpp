#include "read/docx_zip.h"

#include <zip.h>

#include <algorithm>
#include <memory>
#include <utility>

#include <fmt/format.h>

#include "dhr/error.h"

namespace dhr::read::docx {
namespace {

std::string zip_message(int code) {
  zip_error_t error;
  zip_error_init_with_code(&error, code);
  std::string message = zip_error_strerror(&error);
  zip_error_fini(&error);
  return message;
}

struct FileCloser {
  void operator()(zip_file_t* f) const { zip_fclose(f); }
};

}  // namespace

bool is_safe_entry_name(std::string_view name) {
  if (name.empty()) return true;  // nothing to climb out with; such an entry is never read
  if (name.front() == '/' || name.front() == '\\') return false;
  if (name.size() >= 2 && name[1] == ':' && std::isalpha(static_cast<unsigned char>(name[0]))) return false;
  std::size_t start = 0;
  while (start <= name.size()) {
    std::size_t end = name.find_first_of("/\\", start);
    if (end == std::string_view::npos) end = name.size();
    if (name.substr(start, end - start) == "..") return false;
    start = end + 1;
  }
  return true;
}

ZipArchive::ZipArchive(std::string path, std::string bytes, const ReadOptions& options)
    : path_(std::move(path)),
      bytes_(std::move(bytes)),
      budget_(options.max_uncompressed_bytes),
      max_ratio_(options.max_entry_ratio) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes_.data(), bytes_.size(), 0, &error);
  if (source == nullptr) {
    const std::string message = zip_error_strerror(&error);
    zip_error_fini(&error);
    throw Error(ErrorKind::internal, path_, "cannot read the zip from memory: " + message);
  }
  zip_ = zip_open_from_source(source, ZIP_RDONLY, &error);
  if (zip_ == nullptr) {
    zip_source_free(source);
    const std::string message = zip_error_strerror(&error);
    zip_error_fini(&error);
    throw Error(ErrorKind::corrupt, path_, "damaged zip archive (" + message + ")");
  }
  zip_error_fini(&error);
  try {
    check_entry_names();
  } catch (...) {
    zip_discard(zip_);
    zip_ = nullptr;
    throw;
  }
}

ZipArchive::~ZipArchive() {
  if (zip_ != nullptr) zip_discard(zip_);  // read-only: nothing to write back
}

void ZipArchive::check_entry_names() {
  const zip_int64_t n = zip_get_num_entries(zip_, 0);
  for (zip_int64_t i = 0; i < n; ++i) {
    const char* name = zip_get_name(zip_, static_cast<zip_uint64_t>(i), ZIP_FL_ENC_RAW);
    if (name == nullptr) throw Error(ErrorKind::corrupt, path_, fmt::format("damaged zip archive (entry {} has no name)", i));
    if (!is_safe_entry_name(name))
      throw Error(ErrorKind::hostile, path_,
                  fmt::format("zip entry \"{}\" has an absolute or \"..\" path (path traversal?)", name));
  }
}

std::int64_t ZipArchive::locate(std::string_view name) const {
  const std::string n(name);
  zip_int64_t i = zip_name_locate(zip_, n.c_str(), ZIP_FL_ENC_RAW);
  if (i < 0) i = zip_name_locate(zip_, n.c_str(), ZIP_FL_ENC_RAW | ZIP_FL_NOCASE);
  return i;
}

std::vector<std::string> ZipArchive::entry_names() const {
  std::vector<std::string> names;
  const zip_int64_t n = zip_get_num_entries(zip_, 0);
  names.reserve(static_cast<std::size_t>(std::max<zip_int64_t>(n, 0)));
  for (zip_int64_t i = 0; i < n; ++i)
    if (const char* name = zip_get_name(zip_, static_cast<zip_uint64_t>(i), ZIP_FL_ENC_RAW)) names.emplace_back(name);
  return names;
}

bool ZipArchive::contains(std::string_view name) const { return locate(name) >= 0; }

std::optional<std::string> ZipArchive::read(std::string_view name) {
  const std::int64_t index = locate(name);
  if (index < 0) return std::nullopt;
  const auto i = static_cast<zip_uint64_t>(index);
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat_index(zip_, i, 0, &st) != 0)
    throw Error(ErrorKind::corrupt, path_, fmt::format("damaged zip archive (cannot read the header of {})", name));

  // First the declared sizes: they are cheap to check and stop honest bombs at once.
  const std::uint64_t left = budget_ > used_ ? budget_ - used_ : 0;
  if ((st.valid & ZIP_STAT_SIZE) != 0) {
    if (st.size > left)
      throw Error(ErrorKind::limit, path_,
                  fmt::format("zip entry {} declares {} bytes uncompressed, over the limit of {} (zip bomb?)", name,
                              st.size, budget_));
    if ((st.valid & ZIP_STAT_COMP_SIZE) != 0 && st.size > 0 &&
        (st.comp_size == 0 || st.size / st.comp_size > max_ratio_))
      throw Error(ErrorKind::limit, path_,
                  fmt::format("zip entry {} expands {}x, over the limit of {}x (zip bomb?)", name,
                              st.comp_size == 0 ? st.size : st.size / st.comp_size, max_ratio_));
  }

  std::unique_ptr<zip_file_t, FileCloser> file(zip_fopen_index(zip_, i, 0));
  if (!file) {
    const int code = zip_error_code_zip(zip_get_error(zip_));
    if (code == ZIP_ER_ENCRNOTSUPP || code == ZIP_ER_NOPASSWD || code == ZIP_ER_WRONGPASSWD)
      throw Error(ErrorKind::encrypted, path_, fmt::format("zip entry {} is encrypted", name));
    throw Error(ErrorKind::corrupt, path_, fmt::format("damaged zip archive ({}: {})", name, zip_message(code)));
  }

  // Then the bytes actually inflated: the headers may lie, so stop at the budget whatever
  // they said. Reading one byte past what is left is how we notice.
  std::string out;
  out.reserve(static_cast<std::size_t>(std::min<std::uint64_t>({st.size, left, 64ull << 20})));
  char chunk[1 << 16];
  const std::uint64_t ratio_cap = std::max<std::uint64_t>(st.comp_size, 1) * max_ratio_;
  for (;;) {
    const zip_int64_t got = zip_fread(file.get(), chunk, sizeof chunk);
    if (got < 0)
      throw Error(ErrorKind::corrupt, path_,
                  fmt::format("damaged zip archive ({}: {})", name, zip_error_strerror(zip_file_get_error(file.get()))));
    if (got == 0) break;
    out.append(chunk, static_cast<std::size_t>(got));
    if (out.size() > left)
      throw Error(ErrorKind::limit, path_,
                  fmt::format("zip entry {} expands past the limit of {} bytes uncompressed (zip bomb?)", name, budget_));
    if ((st.valid & ZIP_STAT_COMP_SIZE) != 0 && out.size() > ratio_cap)
      throw Error(ErrorKind::limit, path_,
                  fmt::format("zip entry {} expands more than {}x (zip bomb?)", name, max_ratio_));
  }
  used_ += out.size();
  return out;
}

}  // namespace dhr::read::docx
