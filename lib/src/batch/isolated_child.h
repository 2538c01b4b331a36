// Documents in worker processes (internal). A worker is forked once, after the detector
// and section profiles are loaded (it shares them copy-on-write), and then processes one
// document after another: the parent writes a job number to its command pipe, the worker
// runs the work and writes the result, framed, to its result pipe. The parent enforces
// each document's wall-clock and resident-memory limits and kills the worker when one is
// exceeded; whatever a file does to the reader — crash it, loop, balloon — only that
// worker goes, and a new one takes its place.
//
// Why not a fresh fork per document: on a virtual machine page faults are dear, and every
// fork makes the parent's whole heap copy-on-write again — the parent then faults on its
// own writes, the child on its first writes, and each fault's TLB shootdown interrupts the
// other core. A long-lived worker pays that once.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

namespace dhr::batch {

using Clock = std::chrono::steady_clock;

struct ChildLimits {
  double timeout_seconds = 300;
  std::uint64_t memory_bytes = 2ull << 30;  // on top of the worker's size when it was forked
};

struct Child {
  pid_t pid = -1;
  int fd = -1;                 // read end of the result pipe
  int command_fd = -1;         // write end of the command pipe (closed: the worker exits)
  std::string output;          // result bytes read and not yet taken
  bool busy = false;           // a job was given and its result not yet taken
  std::size_t job = 0;         // the job it runs (the caller's index)
  Clock::time_point start;     // when the current job was given
  Clock::time_point deadline;
  std::uint64_t baseline_rss_kb = 0;  // the worker's resident size when forked (the parent's)
  std::uint64_t rss_limit_kb = 0;     // baseline plus the memory limit
  std::string killed_for;      // "timeout" or "memory" once the parent killed it
};

// What one job gave back.
struct JobResult {
  std::string output;      // what work() returned
  long max_rss_kb = 0;     // the worker's peak resident size during this job
  double seconds = 0;      // from the job's start to its result, in the parent
};

// Forks a worker that runs `work(job)` for each job it is given, until its command pipe
// closes. Throws dhr::Error(io) when fork or pipe fail.
Child spawn_worker(const std::function<std::string(std::size_t job)>& work, const ChildLimits& limits);

// Gives an idle worker a job; starts its clock. Returns false when the worker is gone (its
// end of the pipe closed), which read_available will then report.
bool assign(Child& child, std::size_t job, const ChildLimits& limits);

// Reads what is available without blocking; returns false at end of file (the worker exited or died).
bool read_available(Child& child);

// The current job's result once all of it has been read; the worker is idle again.
std::optional<JobResult> take_result(Child& child);

// Kills a busy worker past its deadline or over its memory limit; returns true when it did.
bool enforce_limits(Child& child, Clock::time_point now);

// The worker's resident size now (0 when it is gone).
std::uint64_t resident_kb(const Child& child);

struct ChildExit {
  bool clean = false;      // exited with code 0
  int exit_code = 0;
  int signal = 0;          // the signal that ended it, or 0
  long max_rss_kb = 0;     // over the worker's whole life
  double seconds = 0;      // since its current (or last) job started
};

// Closes both pipes (an idle worker exits at that) and waits for the worker.
ChildExit reap(Child& child);

}  // namespace dhr::batch
