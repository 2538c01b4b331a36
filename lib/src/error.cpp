#include "dhr/error.h"

#include <algorithm>

namespace dhr {
namespace {

// Errors are printed on one line, so messages never carry line breaks, whatever the
// underlying library put in them.
std::string one_line(std::string s) {
  std::replace_if(s.begin(), s.end(), [](char c) { return c == '\n' || c == '\r'; }, ' ');
  return s;
}

std::string compose(const std::string& path, const std::string& message) {
  return path.empty() ? message : path + ": " + message;
}

}  // namespace

const char* to_string(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::usage: return "usage";
    case ErrorKind::not_found: return "not_found";
    case ErrorKind::unsupported: return "unsupported";
    case ErrorKind::corrupt: return "corrupt";
    case ErrorKind::encrypted: return "encrypted";
    case ErrorKind::limit: return "limit";
    case ErrorKind::hostile: return "hostile";
    case ErrorKind::case_file: return "case_file";
    case ErrorKind::io: return "io";
    case ErrorKind::verification: return "verification";
    case ErrorKind::internal: return "internal";
  }
  return "internal";
}

Error::Error(ErrorKind kind, std::string path, std::string message)
    : std::runtime_error(compose(one_line(path), one_line(message))),
      kind_(kind),
      path_(one_line(std::move(path))),
      message_(one_line(std::move(message))) {}

int exit_code_for(ErrorKind kind) {
  return kind == ErrorKind::verification ? exit_verification : exit_error;
}

}  // namespace dhr
