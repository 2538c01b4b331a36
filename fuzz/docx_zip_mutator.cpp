// fuzz/docx_zip_mutator.cpp — a structure-aware mutator for the DOCX targets (fuzz build
// only). Mutating a DOCX's bytes mostly breaks the deflate stream or its CRC, so the
// fuzzer would test libzip's error paths and almost never reach our XML handling. This
// mutator opens the input as a zip, mutates one entry's content with libFuzzer's own
// mutator (preferring the XML parts and relationships), and writes a new zip with every
// entry stored uncompressed. One call in eight, and whenever the input is no zip, falls
// back to mutating the raw bytes, so broken archives are still tried.
#include <zip.h>

#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <vector>

extern "C" std::size_t LLVMFuzzerMutate(std::uint8_t* data, std::size_t size, std::size_t max_size);

namespace {

struct Entry {
  std::string name;
  std::vector<std::uint8_t> bytes;
};

constexpr std::uint64_t kMaxEntry = 4u << 20;  // skip archives that would be slow to mutate

std::optional<std::vector<Entry>> read_entries(const std::uint8_t* data, std::size_t size) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(data, size, 0, &error);
  if (!source) return std::nullopt;
  zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &error);
  if (!archive) {
    zip_source_free(source);
    return std::nullopt;
  }
  std::vector<Entry> entries;
  bool ok = true;
  zip_int64_t count = zip_get_num_entries(archive, 0);
  for (zip_int64_t i = 0; ok && i < count; ++i) {
    zip_stat_t st;
    if (zip_stat_index(archive, i, 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE) || st.size > kMaxEntry) {
      ok = false;
      break;
    }
    Entry e{st.name ? st.name : "", std::vector<std::uint8_t>(st.size)};
    zip_file_t* file = zip_fopen_index(archive, i, 0);
    ok = file && zip_fread(file, e.bytes.data(), st.size) == static_cast<zip_int64_t>(st.size);
    if (file) zip_fclose(file);
    entries.push_back(std::move(e));
  }
  zip_discard(archive);  // also frees the source
  if (!ok || entries.empty()) return std::nullopt;
  return entries;
}

std::optional<std::vector<std::uint8_t>> write_stored(const std::vector<Entry>& entries) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* out = zip_source_buffer_create(nullptr, 0, 0, &error);
  if (!out) return std::nullopt;
  zip_source_keep(out);  // read the bytes back after zip_close
  zip_t* archive = zip_open_from_source(out, ZIP_TRUNCATE, &error);
  bool ok = archive != nullptr;
  for (const Entry& e : entries) {
    if (!ok) break;
    zip_source_t* content = zip_source_buffer(archive, e.bytes.data(), e.bytes.size(), 0);
    zip_int64_t index = content ? zip_file_add(archive, e.name.c_str(), content, ZIP_FL_ENC_UTF_8) : -1;
    if (index < 0) {
      if (content) zip_source_free(content);
      ok = false;
    } else {
      ok = zip_set_file_compression(archive, index, ZIP_CM_STORE, 0) == 0;
    }
  }
  if (archive && (!ok || zip_close(archive) != 0)) {
    zip_discard(archive);
    ok = false;
  }
  std::vector<std::uint8_t> bytes;
  zip_stat_t st;
  if (ok && zip_source_stat(out, &st) == 0 && zip_source_open(out) == 0) {
    bytes.resize(st.size);
    ok = zip_source_read(out, bytes.data(), st.size) == static_cast<zip_int64_t>(st.size);
    zip_source_close(out);
  } else {
    ok = false;
  }
  zip_source_free(out);
  if (!ok) return std::nullopt;
  return bytes;
}

bool is_markup(const std::string& name) {
  auto ends = [&](const char* tail) {
    std::size_t n = std::strlen(tail);
    return name.size() >= n && name.compare(name.size() - n, n, tail) == 0;
  };
  return ends(".xml") || ends(".rels");
}

}  // namespace

extern "C" std::size_t LLVMFuzzerCustomMutator(std::uint8_t* data, std::size_t size, std::size_t max_size,
                                               unsigned seed) {
  std::optional<std::vector<Entry>> entries;
  if (seed % 8 != 0) entries = read_entries(data, size);
  if (!entries) return LLVMFuzzerMutate(data, size, max_size);

  std::vector<std::size_t> markup;
  for (std::size_t i = 0; i < entries->size(); ++i)
    if (is_markup((*entries)[i].name)) markup.push_back(i);
  unsigned pick = seed / 8;
  std::size_t index = !markup.empty() && pick % 4 != 0 ? markup[pick / 4 % markup.size()] : pick / 4 % entries->size();

  std::vector<std::uint8_t>& bytes = (*entries)[index].bytes;
  std::size_t used = bytes.size();
  bytes.resize(used + used / 4 + 64);  // room to grow
  bytes.resize(LLVMFuzzerMutate(bytes.data(), used, bytes.size()));

  std::optional<std::vector<std::uint8_t>> zipped = write_stored(*entries);
  if (!zipped || zipped->size() > max_size) return LLVMFuzzerMutate(data, size, max_size);
  std::memcpy(data, zipped->data(), zipped->size());
  return zipped->size();
}
