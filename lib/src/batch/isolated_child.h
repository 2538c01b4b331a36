// One document in its own process (internal): a forked child with an address-space limit
// runs the work and writes its result to a pipe; the parent enforces the wall-clock and
// resident-memory limits and kills the child when one is exceeded. Whatever the file
// does to the reader — crash it, loop, balloon — only that child goes.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <cstdint>
#include <functional>
#include <string>

namespace dhr::batch {

using Clock = std::chrono::steady_clock;

struct ChildLimits {
  double timeout_seconds = 300;
  std::uint64_t memory_bytes = 2ull << 30;  // on top of the parent's size at fork time
};

struct Child {
  pid_t pid = -1;
  int fd = -1;                 // read end of the result pipe
  std::string output;          // what the child wrote so far
  Clock::time_point start;
  Clock::time_point deadline;
  std::uint64_t rss_limit_kb = 0;  // the parent's RSS at fork plus the memory limit
  std::string killed_for;      // "timeout" or "memory" once the parent killed it
  std::size_t job = 0;         // which job it runs (the caller's index)
};

// Forks; the child runs `work` and writes its return value to the pipe, then _exits.
// Throws dhr::Error(io) when fork or pipe fail.
Child spawn_child(const std::function<std::string()>& work, const ChildLimits& limits, std::size_t job);

// Reads what is available without blocking; returns false at end of file.
bool read_available(Child& child);

// Kills the child when it is past its deadline or over its memory limit; returns true when it did.
bool enforce_limits(Child& child, Clock::time_point now);

struct ChildExit {
  bool clean = false;      // exited with code 0
  int exit_code = 0;
  int signal = 0;          // the signal that ended it, or 0
  long max_rss_kb = 0;
  double seconds = 0;
};

// Closes the pipe and waits for the child (after read_available returned false).
ChildExit reap(Child& child);

}  // namespace dhr::batch
