// dhr/error.h — the one exception type the library throws.
//
// Every failure a user can cause (a missing file, a corrupt PDF, a hostile zip, a wrong
// case file) is reported as a dhr::Error carrying what kind of failure it is, which file
// it concerns and a one-line message. The `dhr` app prints `what()` on one line and maps
// `kind` to an exit code with exit_code_for(); nothing else is needed to report it well.
#pragma once

#include <stdexcept>
#include <string>

namespace dhr {

enum class ErrorKind {
  usage,         // the caller asked for something impossible (bad option value)
  not_found,     // the file does not exist or cannot be opened
  unsupported,   // a format dhrkit does not read (or not what its extension says)
  corrupt,       // the file is damaged or malformed
  encrypted,     // password protected and no (or a wrong) password given
  limit,         // a configured limit was exceeded (size, pages, nesting, expansion)
  hostile,       // deliberately dangerous content (path traversal, entity expansion)
  case_file,     // the case file is missing, not TOML, or inconsistent
  io,            // reading or writing failed for a system reason
  verification,  // an output still contains something that should have been removed
  internal,      // a bug in dhrkit: report it
};

// A short lower-case name for the kind ("corrupt", "encrypted", ...), used in JSON output.
const char* to_string(ErrorKind kind);

class Error : public std::runtime_error {
 public:
  Error(ErrorKind kind, std::string path, std::string message);

  ErrorKind kind() const noexcept { return kind_; }
  // The file the error concerns; empty when it concerns no file.
  const std::string& path() const noexcept { return path_; }
  // The problem, without the path: "truncated PDF (no xref table)".
  const std::string& message() const noexcept { return message_; }
  // what() is "path: message" (or just the message when there is no path), one line.

 private:
  ErrorKind kind_;
  std::string path_;
  std::string message_;
};

// Exit codes of the `dhr` command, shared by every subcommand:
//   0  ok: the job is done and nothing was found / the check passed
//   1  findings: identifiers were found, or a section check failed
//   2  usage or input error (bad option, unreadable or hostile input, bad case file)
//   3  an output failed verification (fail closed: the output was not kept)
enum ExitCode : int { exit_ok = 0, exit_findings = 1, exit_error = 2, exit_verification = 3 };

int exit_code_for(ErrorKind kind);

}  // namespace dhr
