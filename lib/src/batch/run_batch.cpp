// run_batch: the parent's loop. Hash every input, skip what the archive already has, then
// keep `jobs` worker processes busy (isolated_child.h) and record each result as it arrives.
#include <poll.h>
#include <signal.h>

#include <algorithm>
#include <cstring>
#include <optional>
#include <filesystem>
#include <map>
#include <thread>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "batch/archive.h"
#include "batch/inputs.h"
#include "batch/isolated_child.h"
#include "batch/progress.h"
#include "batch/sha256.h"
#include "batch/worker.h"
#include "dhr/anonymise.h"
#include "dhr/batch.h"
#include "dhr/error.h"

namespace dhr {
namespace {

namespace fs = std::filesystem;
using json = nlohmann::json;
using namespace batch;

struct Pending {
  DocumentMeta meta;
  Job job;
};

void check_options(const BatchOptions& o) {
  if (o.db_path.empty()) throw Error(ErrorKind::usage, "", "--db is required");
  if (o.shard_count < 1 || o.shard_index < 1 || o.shard_index > o.shard_count)
    throw Error(ErrorKind::usage, "", fmt::format("--shard {}/{}: K must be 1..N", o.shard_index, o.shard_count));
  if (o.out_dir.empty() != o.case_dir.empty())
    throw Error(ErrorKind::usage, "", "--out and --case-dir go together (a case file is needed to anonymise)");
  if (o.timeout_seconds <= 0) throw Error(ErrorKind::usage, "", "--timeout must be positive");
  if (o.memory_limit_mb == 0) throw Error(ErrorKind::usage, "", "--memory-limit must be positive");
  if (o.inputs.empty() && o.manifests.empty()) throw Error(ErrorKind::usage, "", "no input files or folders");
}

// The anonymised copy keeps the input's format where the writer can (DOCX), else Markdown.
std::string output_path(const BatchOptions& o, const InputFile& f, Format format) {
  fs::path rel(f.relative);
  std::string ext = rel.extension().string();
  if (!ext.empty()) ext.erase(0, 1);
  const auto allowed = output_formats_for(format);
  if (std::find(allowed.begin(), allowed.end(), ext) == allowed.end()) ext = "md";
  return (fs::path(o.out_dir) / rel.replace_extension(ext)).string();
}

Format format_of(const std::string& path) {
  try {
    return detect_format(path);
  } catch (const Error&) {
    return Format::unknown;
  }
}

// What the parent records when a worker did not report (killed, crashed, garbled).
json failure_result(const Child& c, const ChildExit& e, const std::string& path) {
  if (c.killed_for == "timeout")
    return {{"status", "timeout"}, {"error_kind", "limit"}, {"error", path + ": stopped after the time limit (--timeout)"}};
  if (c.killed_for == "memory")
    return {{"status", "memory"}, {"error_kind", "limit"}, {"error", path + ": stopped at the memory limit (--memory-limit)"}};
  const std::string how = e.signal ? fmt::format("killed by signal {} ({})", e.signal, strsignal(e.signal))
                                   : fmt::format("exited with code {}", e.exit_code);
  return {{"status", "crashed"}, {"error_kind", "internal"}, {"error", path + ": the worker " + how}};
}

}  // namespace

BatchRun run_batch(const BatchOptions& o, ProgressStyle style) {
  check_options(o);
  const auto start = Clock::now();
  BatchRun run;
  const InputList inputs = collect_inputs(o.inputs, o.manifests);
  run.inputs = static_cast<int>(inputs.files.size());
  Archive archive(o.db_path);

  // Hash everything first: totals for the progress bar, duplicates, shards and reruns.
  std::vector<Pending> pending;
  std::map<std::string, std::size_t> queued;  // hash -> index in pending
  std::multimap<std::string, std::string> duplicate_paths;  // hash -> later paths of that content
  for (const InputFile& f : inputs.files) {
    Pending p;
    p.meta.path = f.path;
    try {
      p.meta.hash = sha256_file(f.path, &p.meta.size);
    } catch (const Error&) {
      // Unreadable: identified by its path so that it is still recorded (as failed).
      p.meta.hash = "unreadable:" + sha256_hex(f.path);
    }
    if (!in_shard(p.meta.hash.starts_with("unreadable:") ? p.meta.hash.substr(11) : p.meta.hash, o.shard_index,
                  o.shard_count)) {
      ++run.other_shard;
      continue;
    }
    if (queued.count(p.meta.hash)) {
      ++run.duplicates;
      duplicate_paths.emplace(p.meta.hash, f.path);  // added once the first copy is recorded
      continue;
    }
    const auto status = archive.status_of(p.meta.hash);
    if (status && (*status == "ok" || !o.retry_failed)) {
      ++run.already_done;
      if (*status != "ok") ++run.already_failed;
      archive.add_path(f.path, p.meta.hash);
      continue;
    }
    const Format format = format_of(f.path);
    p.meta.format = to_string(format);
    p.job.path = f.path;
    if (!o.case_dir.empty()) {
      const fs::path case_path = fs::path(o.case_dir) / (fs::path(f.path).stem().string() + ".toml");
      if (fs::exists(case_path)) {
        p.job.case_path = case_path.string();
        p.job.out_path = output_path(o, f, format);
      }
    }
    queued[p.meta.hash] = pending.size();
    pending.push_back(std::move(p));
  }
  // Loaded once, before any fork: children share these pages copy-on-write.
  WorkerContext context;
  std::optional<Detector> detector;
  if (!pending.empty()) {
    detector.emplace(o.detect);
    context.detector = &*detector;
    context.overview = load_section_profile("overview", o.detect.data_dir);
    context.summary = load_section_profile("summary", o.detect.data_dir);
  }
  context.read = o.read;
  context.store_text = o.store_text;
  if (!o.out_dir.empty()) fs::create_directories(o.out_dir);

  const int jobs = o.jobs > 0 ? o.jobs : std::max(1u, std::thread::hardware_concurrency());
  const ChildLimits limits{o.timeout_seconds, o.memory_limit_mb << 20};
  // A worker whose resident size after a job stays this far above what it was forked with
  // (memory the allocator kept) is replaced, so the next document's limit is not eaten up.
  const std::uint64_t recycle_above_kb = (o.memory_limit_mb << 10) / 4;
  Progress progress(style, static_cast<int>(pending.size()));
  std::vector<Child> workers;
  std::size_t next = 0;
  // A dead worker must not kill the parent through a write to its command pipe.
  ::signal(SIGPIPE, SIG_IGN);
  const auto work = [&pending, &context](std::size_t job) {
    return batch::process_document(pending[job].job, context).dump();
  };

  auto record = [&](Pending& p, json result, double seconds, long peak_rss_kb) {
    p.meta.total_ms = seconds * 1000;
    p.meta.peak_rss_kb = peak_rss_kb;
    archive.record(p.meta, result);
    for (auto [it, end] = duplicate_paths.equal_range(p.meta.hash); it != end; ++it)
      archive.add_path(it->second, p.meta.hash);
    const std::string status = result.value("status", "crashed");
    ++run.processed;
    if (status != "ok") ++run.failed;
    if (result.contains("anonymised") && result["anonymised"].is_object()) {
      if (result["anonymised"].value("status", "") == "written")
        ++run.anonymised;
      else
        ++run.anonymise_refused;
    }
    progress.finished(p.meta.path, status, seconds, result.value("error", ""));
  };
  auto give_next_job = [&](Child& w) {
    const Job& job = pending[next].job;
    if (!job.out_path.empty()) fs::create_directories(fs::path(job.out_path).parent_path());
    assign(w, next, limits);  // a worker already gone shows as end of file below
    ++next;
  };

  while (next < pending.size() || !workers.empty()) {
    for (Child& w : workers)
      if (!w.busy && w.killed_for.empty() && next < pending.size()) give_next_job(w);
    while (next < pending.size() && static_cast<int>(workers.size()) < jobs) {
      workers.push_back(spawn_worker(work, limits));
      give_next_job(workers.back());
    }
    // Idle with nothing left to give: let them go.
    for (std::size_t i = 0; i < workers.size();) {
      if (workers[i].busy || next < pending.size()) {
        ++i;
        continue;
      }
      reap(workers[i]);
      workers.erase(workers.begin() + static_cast<std::ptrdiff_t>(i));
    }
    if (workers.empty()) break;
    std::vector<pollfd> fds;
    for (const Child& w : workers) fds.push_back({w.fd, POLLIN, 0});
    ::poll(fds.data(), fds.size(), 100);
    const auto now = Clock::now();
    for (std::size_t i = 0; i < workers.size();) {
      Child& w = workers[i];
      const bool open = read_available(w);
      bool retire = !open;
      if (auto r = take_result(w)) {
        json result = json::parse(r->output, nullptr, false);
        if (result.is_discarded() || !result.is_object())
          result = failure_result(w, ChildExit{false, 0, 0, r->max_rss_kb, r->seconds}, pending[w.job].meta.path);
        record(pending[w.job], std::move(result), r->seconds, r->max_rss_kb);
        // Holding on to too much memory: let it go (a fresh one takes the next job).
        retire = retire || resident_kb(w) > w.baseline_rss_kb + recycle_above_kb;
      } else if (open) {
        enforce_limits(w, now);
      }
      if (!retire) {
        ++i;
        continue;
      }
      const bool died_in_job = w.busy;
      const ChildExit exit = reap(w);
      if (died_in_job) {
        Pending& p = pending[w.job];
        record(p, failure_result(w, exit, p.meta.path), exit.seconds, exit.max_rss_kb);
      }
      workers.erase(workers.begin() + static_cast<std::ptrdiff_t>(i));
    }
    progress.tick();
  }
  progress.close();
  run.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  return run;
}

}  // namespace dhr
