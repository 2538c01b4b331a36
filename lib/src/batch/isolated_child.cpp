#include "batch/isolated_child.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>

#include "dhr/error.h"

namespace dhr::batch {
namespace {

// AddressSanitizer reserves terabytes of address space for its shadow memory, so an
// address-space limit would stop every child at once; sanitizer builds rely on the
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

void write_all(int fd, const std::string& s) {
  std::size_t done = 0;
  while (done < s.size()) {
    const ssize_t n = ::write(fd, s.data() + done, s.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) _exit(4);
    done += static_cast<std::size_t>(n);
  }
}

[[noreturn]] void run_child(const std::function<std::string()>& work, int fd, pid_t parent,
                            std::uint64_t as_limit_bytes) {
  // Die with the parent: a batch killed with kill -9 leaves no workers behind.
  ::prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (::getppid() != parent) _exit(5);
  ::signal(SIGPIPE, SIG_DFL);
  ::signal(SIGINT, SIG_DFL);
  ::signal(SIGTERM, SIG_DFL);
  rlimit core{0, 0};
  ::setrlimit(RLIMIT_CORE, &core);
  if (kAddressSpaceLimit && as_limit_bytes > 0) {
    rlimit as{as_limit_bytes, as_limit_bytes};
    ::setrlimit(RLIMIT_AS, &as);
  }
  std::string out;
  try {
    out = work();
  } catch (...) {
    _exit(6);  // work() reports its own errors; anything else is a crash
  }
  write_all(fd, out);
  ::close(fd);
  // _exit: no atexit handlers, no static destructors, no stdio flush of the parent's
  // buffers, no leak check of memory the parent owns.
  _exit(0);
}

}  // namespace

Child spawn_child(const std::function<std::string()>& work, const ChildLimits& limits, std::size_t job) {
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0) throw Error(ErrorKind::io, "", std::string("pipe: ") + std::strerror(errno));
  const std::uint64_t limit_kb = limits.memory_bytes / 1024;
  const std::uint64_t as_limit = (statm_kb(0, 0) + limit_kb) * 1024;
  const std::uint64_t rss_limit_kb = statm_kb(0, 1) + limit_kb;
  std::fflush(stdout);
  std::fflush(stderr);
  const pid_t parent = ::getpid();
  const pid_t pid = ::fork();
  if (pid < 0) {
    ::close(fds[0]);
    ::close(fds[1]);
    throw Error(ErrorKind::io, "", std::string("fork: ") + std::strerror(errno));
  }
  if (pid == 0) {
    ::close(fds[0]);
    run_child(work, fds[1], parent, as_limit);
  }
  ::close(fds[1]);
  ::fcntl(fds[0], F_SETFL, ::fcntl(fds[0], F_GETFL) | O_NONBLOCK);
  Child c;
  c.pid = pid;
  c.fd = fds[0];
  c.start = Clock::now();
  c.deadline = c.start + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(limits.timeout_seconds));
  c.rss_limit_kb = rss_limit_kb;
  c.job = job;
  return c;
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

bool enforce_limits(Child& child, Clock::time_point now) {
  if (!child.killed_for.empty()) return false;
  if (now >= child.deadline)
    child.killed_for = "timeout";
  else if (statm_kb(child.pid, 1) > child.rss_limit_kb)
    child.killed_for = "memory";
  else
    return false;
  ::kill(child.pid, SIGKILL);
  return true;
}

ChildExit reap(Child& child) {
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
