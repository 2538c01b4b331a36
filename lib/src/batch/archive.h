// Writing results into the archive (internal): one transaction per document.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "batch/sqlite_db.h"

namespace dhr::batch {

struct DocumentMeta {
  std::string path;
  std::string hash;
  std::uint64_t size = 0;
  std::string format;        // detected before processing (a failed file still has one)
  double total_ms = 0;
  long peak_rss_kb = 0;
};

class Archive {
 public:
  // Opens or creates the archive (schema checked, see archive_schema.h).
  explicit Archive(const std::string& path);

  // The recorded status of a document with this content, if any.
  std::optional<std::string> status_of(const std::string& hash);

  // Records another path of a document already in the archive (a duplicate, a rerun).
  void add_path(const std::string& path, const std::string& hash);

  // Records a processed document, replacing an earlier record of the same content, with
  // its sections, findings and text, in one transaction. `result` is a worker's JSON.
  void record(const DocumentMeta& meta, const nlohmann::json& result);

  Database& db() { return db_; }

 private:
  Database db_;
};

// Now in UTC, ISO 8601.
std::string utc_now();

}  // namespace dhr::batch
