// `dhr`: a thin shell over libdhr. Parses options, runs one subcommand, turns errors into
// one line on stderr and an exit code. No logic lives only here.
#include <cstdio>
#include <exception>
#include <new>

#include <fmt/format.h>

#include "commands.h"
#include "dhr/error.h"

namespace {

constexpr const char* kFooter = R"(Exit codes:
  0  ok: done, nothing found, check passed
  1  findings: identifiers found or a required section missing
  2  usage or input error (bad option, unreadable, corrupt or hostile file, bad case file)
  3  an output failed verification (it was not kept)

Run `dhr COMMAND --help` for a command's options.)";

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"dhrkit: extract, check and anonymise Domestic Homicide Review reports", "dhr"};
  app.footer(kFooter);
  app.require_subcommand(1);
  app.set_version_flag("--version", "dhr " DHR_APP_VERSION);
  dhr::app::Runner run;
  dhr::app::add_extract(app, run);
  dhr::app::add_scan(app, run);
  dhr::app::add_anonymise(app, run);
  dhr::app::add_sections(app, run);
  dhr::app::add_batch(app, run);
  dhr::app::add_search(app, run);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return dhr::exit_error;
  }

  try {
    return run ? run() : dhr::exit_error;
  } catch (const dhr::Error& e) {
    fmt::print(stderr, "dhr: {}\n", e.what());
    return dhr::exit_code_for(e.kind());
  } catch (const std::bad_alloc&) {
    fmt::print(stderr, "dhr: out of memory\n");
    return dhr::exit_error;
  } catch (const std::exception& e) {
    fmt::print(stderr, "dhr: internal error: {}\n", e.what());
    return dhr::exit_error;
  }
}
