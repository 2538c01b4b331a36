// dhr extract FILE [--format text|markdown|json] [-o OUT]
#include <cstdio>
#include <map>
#include <memory>
#include <string>

#include <fmt/format.h>

#include "commands.h"
#include "dhr/error.h"
#include "dhr/export.h"
#include "dhr/output.h"
#include "dhr/reader.h"

namespace dhr::app {

namespace {

struct ExtractOptions {
  std::string file;
  std::string format = "text";
  std::string output;
  bool anchors = false;
  ReadOptions read;
  double max_file_mb = 512;
};

}  // namespace

void add_extract(CLI::App& app, Runner& run) {
  auto opts = std::make_shared<ExtractOptions>();
  CLI::App* cmd = app.add_subcommand("extract", "Print a report's text and structure (PDF, DOCX, text, Markdown)");
  cmd->add_option("FILE", opts->file, "The report to read")->required();
  cmd->add_option("-f,--format", opts->format, "text (visible text), markdown (structure + hidden parts) or json")
      ->check(CLI::IsMember({"text", "markdown", "json"}))
      ->capture_default_str();
  cmd->add_option("-o,--output", opts->output, "Write to this file instead of standard output");
  cmd->add_option("--password", opts->read.password, "Password of an encrypted PDF");
  cmd->add_option("--max-pages", opts->read.max_pages, "Refuse PDFs with more pages")->capture_default_str();
  cmd->add_option("--max-file-mb", opts->max_file_mb, "Refuse input files larger than this")->capture_default_str();
  cmd->add_flag("--anchors", opts->anchors, "With --format json: include each block's source anchors");
  cmd->callback([&run, opts] {
    run = [opts] {
      opts->read.max_file_bytes = static_cast<std::uint64_t>(opts->max_file_mb * 1024 * 1024);
      const Document doc = read_document(opts->file, opts->read);
      std::string out;
      if (opts->format == "json") out = to_json(doc, {.anchors = opts->anchors});
      else if (opts->format == "markdown") out = to_markdown(doc);
      else out = to_text(doc);
      if (opts->output.empty()) {
        std::fwrite(out.data(), 1, out.size(), stdout);
      } else {
        write_file_atomically(opts->output, out, opts->file);
      }
      return exit_ok;
    };
  });
}

}  // namespace dhr::app
