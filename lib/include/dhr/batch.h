// dhr/batch.h — process an archive of reports into one SQLite database, and query it.
//
//   dhr::BatchOptions o;
//   o.inputs = {"reports/"};  o.db_path = "archive.sqlite";  o.jobs = 2;
//   dhr::BatchRun run = dhr::run_batch(o, dhr::ProgressStyle::lines);
//   for (auto& hit : dhr::search_archive("archive.sqlite", "\"coercive control\"", 10)) ...
//
// Every file is read, scanned and checked for sections in a worker process (forked once,
// reused for file after file, replaced when it dies), with a wall-clock and a memory limit
// per file: a corrupt, encrypted, hostile or pathological file is recorded as failed (with
// its error) and the batch goes on. The parent process alone
// writes the database, one transaction per finished document (WAL mode), so a batch
// killed at any moment leaves a consistent database and a rerun skips every document
// whose content hash is already there. The schema is in README ("Batch processing and
// search") and its version in `PRAGMA user_version` and the meta table.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "dhr/detect.h"
#include "dhr/reader.h"

namespace dhr {

// The archive schema this build writes and reads.
constexpr int kArchiveSchemaVersion = 1;

struct BatchOptions {
  std::vector<std::string> inputs;     // files and folders (folders are walked recursively)
  std::vector<std::string> manifests;  // files listing paths, one a line ("-": stdin)
  std::string db_path;
  int jobs = 0;                        // worker processes; 0: the number of cores
  std::string out_dir;                 // write anonymised copies here (with case_dir)
  std::string case_dir;                // <case_dir>/<stem>.toml is the case file of <stem>.*
  int shard_index = 1;                 // process shard K (1-based) ...
  int shard_count = 1;                 // ... of N: documents whose hash % N == K - 1
  bool store_text = false;             // keep the text of findings (identifiers!) in the DB
  bool retry_failed = false;           // reprocess documents recorded as failed
  double timeout_seconds = 300;        // per document, wall clock
  std::uint64_t memory_limit_mb = 2048;  // per document, on top of what the parent uses
  ReadOptions read;
  DetectOptions detect;
};

enum class ProgressStyle {
  bar,    // one line redrawn in place (a terminal)
  lines,  // a plain line per finished document (a log file)
  quiet,  // nothing
};

// What one run did (the archive as a whole is described by summarise_archive()).
struct BatchRun {
  int inputs = 0;          // report files found
  int duplicates = 0;      // files whose content another input already has
  int other_shard = 0;     // left to other shards
  int already_done = 0;    // in the database from an earlier run
  int already_failed = 0;  // of those, recorded as failed (not retried without retry_failed)
  int processed = 0;       // processed now
  int failed = 0;          // of those, failed (any status but ok)
  int anonymised = 0;      // anonymised copies written and verified
  int anonymise_refused = 0;  // copies refused by verification or failing to write
  double seconds = 0;
};

// Runs the batch. Throws dhr::Error for problems with the run itself (bad options, an
// unreadable database or input folder); problems with single documents are recorded.
// Progress goes to stderr.
BatchRun run_batch(const BatchOptions& options, ProgressStyle progress);

// The archive as a whole.
struct ArchiveSummary {
  int documents = 0;
  std::vector<std::pair<std::string, int>> by_status;  // "ok", "failed", "timeout", "memory", "crashed"
  int with_findings = 0;          // documents with a finding that needs action
  int missing_sections = 0;       // documents missing an expected section
  std::int64_t pages = 0;
  struct Slow { std::string path; double seconds; int pages; };
  std::vector<Slow> slowest;      // the five slowest documents
};

ArchiveSummary summarise_archive(const std::string& db_path);
std::string to_text(const ArchiveSummary& summary);

// One row per document as CSV or JSON (chosen by out_path's extension: .csv or .json),
// written atomically: path, hash, format, pages, doc_type, status, error_kind, error,
// findings, findings_action, findings by category, sections_missing, missing section ids,
// total_ms, anonymised, anonymised_path.
void export_archive_report(const std::string& db_path, const std::string& out_path);

// Adds every document of each input archive to out (created when missing); a document
// already in out (same content hash) is kept as it is unless it failed there and succeeded
// in the input. Paths of duplicates are kept in the files table.
void merge_archives(const std::string& out_path, const std::vector<std::string>& inputs);

struct SearchHit {
  std::string path;
  int page = 0;            // 1-based PDF page; 0 for formats without pages
  std::string location;    // "page 12", or the section number/heading index for DOCX and text
  std::string snippet;     // the match in context, marked [like this]
  double rank = 0;         // bm25, lower is better
};

// Full-text search (SQLite FTS5 query syntax: `MARAC AND alcohol`, `"coercive control"`,
// `strang*`). Throws dhr::Error(usage) for a malformed query.
std::vector<SearchHit> search_archive(const std::string& db_path, const std::string& query, int limit = 20);

}  // namespace dhr
