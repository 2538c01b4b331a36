// The subcommands of `dhr`. Each cmd_*.cpp adds its subcommand to the CLI11 app and
// sets a callback that does the work through libdhr and returns an exit code.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>

namespace dhr::app {

// What a subcommand runs once options are parsed; returns the process exit code.
using Runner = std::function<int()>;

// Each registers its subcommand on `app` and stores its runner in `run`.
void add_extract(CLI::App& app, Runner& run);
void add_sections(CLI::App& app, Runner& run);
void add_scan(CLI::App& app, Runner& run);
void add_anonymise(CLI::App& app, Runner& run);
void add_batch(CLI::App& app, Runner& run);
void add_search(CLI::App& app, Runner& run);

}  // namespace dhr::app
