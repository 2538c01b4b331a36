// What a worker does with one document (internal): read, scan, check sections and, when
// a case file is given, anonymise; the result is one JSON object that the parent records.
// Runs in a worker process (see isolated_child.h) but is plain code: unit tests call it directly.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "dhr/detect.h"
#include "dhr/reader.h"
#include "dhr/sections.h"

namespace dhr::batch {

// Loaded once in the parent before forking: workers share it copy-on-write.
struct WorkerContext {
  const Detector* detector = nullptr;
  SectionProfile overview;
  SectionProfile summary;
  ReadOptions read;
  bool store_text = false;  // findings' and headings' text (identifiers) go into the result
};

struct Job {
  std::string path;
  std::string case_path;  // empty: no anonymised copy
  std::string out_path;   // where the anonymised copy goes (with case_path)
};

// {"status": "ok", "format", "pages", "doc_type", "timings": {read_ms, scan_ms, sections_ms,
//  anonymise_ms}, "findings": [...], "sections": [...], "chunks": [{"page", "location", "text"}],
//  "anonymised": {"status", "path", "error"}}
// or {"status": "failed" | "memory", "error_kind", "error"} (never throws).
nlohmann::json process_document(const Job& job, const WorkerContext& context);

}  // namespace dhr::batch
