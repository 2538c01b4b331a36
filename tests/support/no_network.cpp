// tests/support/no_network.cpp — an LD_PRELOAD library for tests/e2e/test_no_network.py.
// It replaces the C library's ways into the network (socket, connect, name lookups) with
// versions that refuse and write the call's name to the file $DHR_NETWORK_LOG, so a test
// can run dhr under it and prove that dhr never tried. A test of the library itself (a
// Python socket under it) shows the interception works, so the test can fail.
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>

namespace {

void record(const char* call) {
  const char* log = std::getenv("DHR_NETWORK_LOG");
  if (!log || !*log) return;
  int fd = ::open(log, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
  if (fd < 0) return;
  ssize_t ignored = ::write(fd, call, std::strlen(call));
  ignored = ::write(fd, "\n", 1);
  (void)ignored;
  ::close(fd);
}

}  // namespace

extern "C" {

// Every socket is refused; local ones (AF_UNIX: glibc asks nscd through one when it looks
// up a user) are not the network and are not recorded.
int socket(int domain, int, int) {
  if (domain == AF_UNIX) {
    errno = EACCES;
    return -1;
  }
  record("socket");
  errno = EACCES;
  return -1;
}

int connect(int, const struct sockaddr*, socklen_t) {
  record("connect");
  errno = EACCES;
  return -1;
}

int getaddrinfo(const char*, const char*, const struct addrinfo*, struct addrinfo**) {
  record("getaddrinfo");
  return EAI_FAIL;
}

struct hostent* gethostbyname(const char*) {
  record("gethostbyname");
  h_errno = NO_RECOVERY;
  return nullptr;
}

}  // extern "C"
