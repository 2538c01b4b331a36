#include "batch/isolated_child.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <limits>
#include <utility>

#include "dhr/error.h"

namespace dhr::batch {
namespace {

// AddressSanitizer reserves terabytes of address space for its shadow memory, so an
// address-space limit would stop every worker at once; sanitizer builds rely on the
// parent's resident-memory check alone.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kAddressSpaceLimit = false;
#else
constexpr bool kAddressSpaceLimit = true;
#endif

// Fields of /proc/<pid>/statm, in kB: 0 = virtual size, 1 = resident.
std::uint64_t statm_kb(pid_t pid, int field) {
  std::ifstream in(pid == 0 ? std::string("/proc/self/statm") : "/proc/" + std::to_string(pid) + "/statm");
  std::uint64_t v[2] = {0, 0};
  in >> v[0] >> v[1];
  return v[field] * static_cast<std::uint64_t>(sysconf(_SC_PAGESIZE)) / 1024;
}

void write_all(int fd, const char* data, std::size_t size) {
  std::size_t done = 0;
  while (done < size) {
    const ssize_t n = ::write(fd, data + done, size - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) _exit(4);
    done += static_cast<std::size_t>(n);
  }
}

// False at end of file: the parent closed the command pipe (or died).
bool read_exact(int fd, void* data, std::size_t size) {
  auto* p = static_cast<char*>(data);
  std::size_t done = 0;
  while (done < size) {
    const ssize_t n = ::read(fd, p + done, size - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += static_cast<std::size_t>(n);
  }
  return true;
}

// Each job's peak is its own: writing 5 to clear_refs resets the high-water mark (Linux 4.0+).
void reset_peak_rss() {
  std::ofstream("/proc/self/clear_refs") << "5";
}

long peak_rss_kb() {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line))
    if (line.rfind("VmHWM:", 0) == 0) return std::strtol(line.c_str() + 6, nullptr, 10);
  rusage usage{};
  ::getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

// Closes every descriptor above stderr except the worker's two pipe ends. A worker forked
// later would otherwise hold the write end of an earlier worker's command pipe, and that
// worker would never see it close; nor has a worker any use for the archive's database.
void close_all_but(int a, int b) {
  if (a > b) std::swap(a, b);
  auto close_between = [](int first, int last) {
    if (first <= last) ::close_range(static_cast<unsigned>(first), static_cast<unsigned>(last), 0);
  };
  close_between(3, a - 1);
  close_between(a + 1, b - 1);
  close_between(b + 1, std::numeric_limits<int>::max());
}

[[noreturn]] void run_worker(const std::function<std::string(std::size_t)>& work, int command_fd, int result_fd,
                             pid_t parent, std::uint64_t as_limit_bytes) {
  // Die with the parent: a batch killed with kill -9 leaves no workers behind.
  ::prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (::getppid() != parent) _exit(5);
  close_all_but(command_fd, result_fd);
  ::signal(SIGPIPE, SIG_DFL);
  ::signal(SIGINT, SIG_DFL);
  ::signal(SIGTERM, SIG_DFL);
  rlimit core{0, 0};
  ::setrlimit(RLIMIT_CORE, &core);
  if (kAddressSpaceLimit && as_limit_bytes > 0) {
    rlimit as{as_limit_bytes, as_limit_bytes};
    ::setrlimit(RLIMIT_AS, &as);
  }
  std::uint64_t job = 0;
  while (read_exact(command_fd, &job, sizeof job)) {
    reset_peak_rss();
    std::string out;
    try {
      out = work(static_cast<std::size_t>(job));
    } catch (...) {
      _exit(6);  // work() reports its own errors; anything else is a crash
    }
    // Frame: "<bytes> <peak kB>\n" then the bytes.
    const std::string header = std::to_string(out.size()) + " " + std::to_string(peak_rss_kb()) + "\n";
    write_all(result_fd, header.data(), header.size());
    write_all(result_fd, out.data(), out.size());
  }
  // _exit: no atexit handlers, no static destructors, no stdio flush of the parent's
  // buffers, no leak check of memory the parent owns.
  _exit(0);
}

}  // namespace

Child spawn_worker(const std::function<std::string(std::size_t)>& work, const ChildLimits& limits) {
  int results[2], commands[2];
  if (::pipe2(results, O_CLOEXEC) != 0) throw Error(ErrorKind::io, "", std::string("pipe: ") + std::strerror(errno));
  if (::pipe2(commands, O_CLOEXEC) != 0) {
    ::close(results[0]);
    ::close(results[1]);
    throw Error(ErrorKind::io, "", std::string("pipe: ") + std::strerror(errno));
  }
  const std::uint64_t limit_kb = limits.memory_bytes / 1024;
  const std::uint64_t as_limit = (statm_kb(0, 0) + limit_kb) * 1024;
  const std::uint64_t baseline_kb = statm_kb(0, 1);
  std::fflush(stdout);
  std::fflush(stderr);
  const pid_t parent = ::getpid();
  const pid_t pid = ::fork();
  if (pid < 0) {
    for (int fd : {results[0], results[1], commands[0], commands[1]}) ::close(fd);
    throw Error(ErrorKind::io, "", std::string("fork: ") + std::strerror(errno));
  }
  if (pid == 0) {
    ::close(results[0]);
    ::close(commands[1]);
    run_worker(work, commands[0], results[1], parent, as_limit);
  }
  ::close(results[1]);
  ::close(commands[0]);
  ::fcntl(results[0], F_SETFL, ::fcntl(results[0], F_GETFL) | O_NONBLOCK);
  Child c;
  c.pid = pid;
  c.fd = results[0];
  c.command_fd = commands[1];
  c.start = Clock::now();
  c.baseline_rss_kb = baseline_kb;
  c.rss_limit_kb = baseline_kb + limit_kb;
  return c;
}

bool assign(Child& child, std::size_t job, const ChildLimits& limits) {
  child.busy = true;
  child.job = job;
  child.start = Clock::now();
  child.deadline =
      child.start + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(limits.timeout_seconds));
  const std::uint64_t word = job;
  for (;;) {  // 8 bytes into an empty pipe: written whole or not at all
    const ssize_t n = ::write(child.command_fd, &word, sizeof word);
    if (n == static_cast<ssize_t>(sizeof word)) return true;
    if (n < 0 && errno == EINTR) continue;
    return false;
  }
}

bool read_available(Child& child) {
  char buf[1 << 16];
  for (;;) {
    const ssize_t n = ::read(child.fd, buf, sizeof buf);
    if (n > 0) {
      child.output.append(buf, static_cast<std::size_t>(n));
      continue;
    }
    if (n == 0) return false;
    if (errno == EINTR) continue;
    if (errno == EAGAIN || errno == EWOULDBLOCK) return true;
    return false;
  }
}

std::optional<JobResult> take_result(Child& child) {
  if (!child.busy) return std::nullopt;
  const std::size_t eol = child.output.find('\n');
  if (eol == std::string::npos) return std::nullopt;
  std::size_t size = 0;
  long rss = 0;
  const char* p = child.output.data();
  auto [after_size, e1] = std::from_chars(p, p + eol, size);
  auto [after_rss, e2] = std::from_chars(after_size + 1, p + eol, rss);
  (void)after_rss;
  if (e1 != std::errc() || e2 != std::errc() || child.output.size() - eol - 1 < size) return std::nullopt;
  JobResult r;
  r.output = child.output.substr(eol + 1, size);
  r.max_rss_kb = rss;
  r.seconds = std::chrono::duration<double>(Clock::now() - child.start).count();
  child.output.erase(0, eol + 1 + size);
  child.busy = false;
  return r;
}

std::uint64_t resident_kb(const Child& child) { return statm_kb(child.pid, 1); }

bool enforce_limits(Child& child, Clock::time_point now) {
  if (!child.busy || !child.killed_for.empty()) return false;
  if (now >= child.deadline)
    child.killed_for = "timeout";
  else if (resident_kb(child) > child.rss_limit_kb)
    child.killed_for = "memory";
  else
    return false;
  ::kill(child.pid, SIGKILL);
  return true;
}

ChildExit reap(Child& child) {
  if (child.command_fd >= 0) ::close(child.command_fd);
  child.command_fd = -1;
  ::close(child.fd);
  child.fd = -1;
  int status = 0;
  rusage usage{};
  while (::wait4(child.pid, &status, 0, &usage) < 0 && errno == EINTR) {
  }
  ChildExit e;
  e.seconds = std::chrono::duration<double>(Clock::now() - child.start).count();
  e.max_rss_kb = usage.ru_maxrss;
  if (WIFEXITED(status)) {
    e.exit_code = WEXITSTATUS(status);
    e.clean = e.exit_code == 0;
  } else if (WIFSIGNALED(status)) {
    e.signal = WTERMSIG(status);
  }
  return e;
}

}  // namespace dhr::batch
