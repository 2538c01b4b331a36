// dhr batch PATH... --db ARCHIVE [-j N] [--out DIR --case-dir DIR] [--shard K/N] [--report FILE]
// dhr batch merge OUT IN...
#include <unistd.h>

#include <cstdio>
#include <memory>
#include <string>

#include <fmt/format.h>

#include "commands.h"
#include "dhr/batch.h"
#include "dhr/error.h"

namespace dhr::app {
namespace {

struct BatchCommand {
  std::vector<std::string> paths;
  std::string shard;
  std::string report;
  std::string progress = "auto";
  bool quiet = false;
  BatchOptions options;
  // merge
  std::string merge_out;
  std::vector<std::string> merge_inputs;
};

constexpr const char* kFooter = R"(Every file is processed in its own worker process with a time and memory limit: a
corrupt, encrypted or hostile file is recorded as failed and the batch goes on. Results
go into one SQLite database (schema: README, "Batch processing and search"), one
transaction per document: a rerun skips documents already there (by content hash), and
a run that is killed can simply be started again.

--shard K/N takes the documents whose content hash falls in shard K (1..N), so N
machines can each run one shard; `dhr batch merge` joins their databases.
With --db and --report but no PATH, only the report is written.

Exit codes: 0 every document was processed; 2 some failed (see the summary, or
--report), or a usage error; 3 an anonymised copy was refused by verification.)";

void parse_shard(const std::string& s, BatchOptions& o) {
  int k = 0, n = 0;
  char extra = 0;
  if (std::sscanf(s.c_str(), "%d/%d%c", &k, &n, &extra) != 2 || n < 1 || k < 1 || k > n)
    throw Error(ErrorKind::usage, "", "--shard wants K/N with 1 <= K <= N (e.g. 2/8), got '" + s + "'");
  o.shard_index = k;
  o.shard_count = n;
}

ProgressStyle progress_style(const BatchCommand& c) {
  if (c.quiet || c.progress == "none") return ProgressStyle::quiet;
  if (c.progress == "bar") return ProgressStyle::bar;
  if (c.progress == "lines") return ProgressStyle::lines;
  return ::isatty(STDERR_FILENO) ? ProgressStyle::bar : ProgressStyle::lines;
}

int run_batch_command(BatchCommand& c) {
  if (c.options.db_path.empty()) throw Error(ErrorKind::usage, "", "--db ARCHIVE.sqlite is required");
  if (!c.shard.empty()) parse_shard(c.shard, c.options);
  int code = exit_ok;
  if (!c.paths.empty() || !c.options.manifests.empty()) {
    c.options.inputs = c.paths;
    const BatchRun run = run_batch(c.options, progress_style(c));
    if (!c.quiet) {
      fmt::print("{} report files: {} processed ({} failed), {} already in the archive ({} failed), {} duplicates,"
                 " {} in other shards; {:.1f}s\n",
                 run.inputs, run.processed, run.failed, run.already_done, run.already_failed, run.duplicates,
                 run.other_shard, run.seconds);
      if (run.anonymised + run.anonymise_refused > 0)
        fmt::print("anonymised copies: {} written and verified, {} refused\n", run.anonymised, run.anonymise_refused);
      fmt::print("{}", to_text(summarise_archive(c.options.db_path)));
    }
    if (run.failed + run.already_failed > 0)
      code = exit_error;
    else if (run.anonymise_refused > 0)
      code = exit_verification;
  } else if (c.report.empty()) {
    throw Error(ErrorKind::usage, "", "no PATH to process (give files, folders or --manifest; or --report to export)");
  }
  if (!c.report.empty()) export_archive_report(c.options.db_path, c.report);
  return code;
}

}  // namespace

void add_batch(CLI::App& app, Runner& run) {
  auto c = std::make_shared<BatchCommand>();
  CLI::App* cmd = app.add_subcommand("batch", "Process many reports into an SQLite archive (resumable, isolated, parallel)");
  cmd->footer(kFooter);
  cmd->add_option("PATH", c->paths, "Report files and folders (walked recursively; formats recognised by content)");
  cmd->add_option("--db", c->options.db_path, "The archive database (created when missing)");
  cmd->add_option("--manifest", c->options.manifests, "A file listing paths, one a line (- for standard input); repeatable")
      ->allow_extra_args(false);  // one file per --manifest: PATHs after it stay PATHs
  cmd->add_option("-j,--jobs", c->options.jobs, "Worker processes (default: the number of cores)")->check(CLI::Range(1, 256));
  cmd->add_option("--out", c->options.out_dir, "Write anonymised copies here (mirroring the input folders)");
  cmd->add_option("--case-dir", c->options.case_dir, "Case files: STEM.toml anonymises the report STEM.*");
  cmd->add_option("--shard", c->shard, "Process shard K of N (1-based), e.g. $SLURM_ARRAY_TASK_ID/8");
  cmd->add_flag("--store-text", c->options.store_text, "Store the identifiers found (and headings) in the archive");
  cmd->add_flag("--retry-failed", c->options.retry_failed, "Process again documents recorded as failed");
  cmd->add_option("--timeout", c->options.timeout_seconds, "Seconds one document may take")->capture_default_str();
  cmd->add_option("--memory-limit", c->options.memory_limit_mb, "Megabytes one document may use")->capture_default_str();
  cmd->add_option("--report", c->report, "Write one row per document to FILE.csv or FILE.json");
  cmd->add_option("--progress", c->progress, "auto (a bar on a terminal, lines otherwise), bar, lines or none")
      ->check(CLI::IsMember({"auto", "bar", "lines", "none"}))
      ->capture_default_str();
  cmd->add_flag("-q,--quiet", c->quiet, "No progress and no summary");
  cmd->add_option("--data-dir", c->options.detect.data_dir, "Folder with patterns/ and dictionaries/ (default: built-in)");
  cmd->add_option("--password", c->options.read.password, "Password for encrypted PDFs");
  cmd->add_option("--max-pages", c->options.read.max_pages, "Refuse PDFs with more pages")->capture_default_str();

  CLI::App* merge = cmd->add_subcommand("merge", "Join archives (e.g. of shards) into one");
  merge->add_option("OUT", c->merge_out, "The merged archive (created when missing)")->required();
  merge->add_option("IN", c->merge_inputs, "Archives to add")->required();
  merge->callback([&run, c] {
    run = [c] {
      merge_archives(c->merge_out, c->merge_inputs);
      if (!c->quiet) fmt::print("{}", to_text(summarise_archive(c->merge_out)));
      return exit_ok;
    };
  });
  cmd->callback([&run, c, merge] {
    if (merge->parsed()) return;
    run = [c] { return run_batch_command(*c); };
  });
}

}  // namespace dhr::app
