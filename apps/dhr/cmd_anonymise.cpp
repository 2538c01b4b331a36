// dhr anonymise FILE --case CASE -o OUT [--key KEY] [--report REPORT] [--report-with-names]
#include <cstdio>
#include <memory>
#include <string>

#include <fmt/format.h>

#include "commands.h"
#include "dhr/anonymise.h"
#include "dhr/case_file.h"
#include "dhr/detect.h"
#include "dhr/error.h"

namespace dhr::app {
namespace {

struct AnonymiseCommand {
  std::string file;
  std::vector<std::string> case_files;
  std::string output;
  std::string data_dir;
  bool quiet = false;
  AnonymiseOptions options;
};

}  // namespace

void add_anonymise(CLI::App& app, Runner& run) {
  auto opts = std::make_shared<AnonymiseCommand>();
  CLI::App* cmd = app.add_subcommand(
      "anonymise", "Write a publishable, verified anonymised copy of a report (exit 3 if anything survived)");
  cmd->alias("anonymize");
  cmd->add_option("FILE", opts->file, "The draft report (PDF, DOCX, text, Markdown)")->required();
  cmd->add_option("-c,--case", opts->case_files,
                  "Case file (TOML): subjects, pseudonyms, professionals, policy, decisions; give it more than once "
                  "(a case file and a decisions file) to merge them in order")
      ->required();
  cmd->add_option("-o,--output", opts->output,
                  "The anonymised copy; its extension picks the format: .docx (from DOCX), .pdf (from PDF), .html, .md, .txt")
      ->required();
  cmd->add_option("--key", opts->options.key_path, "Write the confidential pseudonym key (real name -> pseudonym) as CSV");
  cmd->add_option("--report", opts->options.report_path,
                  "Write a review report: .json (every edit, before and after) or .html (for people)");
  cmd->add_flag("--report-with-names", opts->options.report_with_names, "Show real names in the HTML report");
  cmd->add_option("--profile", opts->options.section_profile,
                  "Section profile for the report's section check: auto, overview, summary or a file")
      ->capture_default_str();
  cmd->add_option("--password", opts->options.read.password, "Password of an encrypted PDF");
  cmd->add_option("--data-dir", opts->data_dir, "Folder with patterns/ and dictionaries/ (default: built-in)");
  cmd->add_flag("-q,--quiet", opts->quiet, "Print nothing on success");
  cmd->callback([&run, opts] {
    run = [opts] {
      const CaseFile case_file = load_case_files(opts->case_files);
      DetectOptions detect;
      detect.data_dir = opts->data_dir;
      const Detector detector(detect);
      const AnonymiseResult r = anonymise(opts->file, opts->output, case_file, detector, opts->options);
      if (!opts->quiet)
        fmt::print("{}: {} changes, {} for review, verified clean\n", opts->output, r.plan.edits.size(),
                   r.plan.for_review.size());
      return exit_ok;
    };
  });
}

}  // namespace dhr::app
