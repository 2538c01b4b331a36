// dhr scan FILE [--case CASE] [--format text|json] [--min-confidence X]
#include <algorithm>
#include <optional>
#include <cstdio>
#include <memory>
#include <string>

#include "commands.h"
#include "dhr/case_file.h"
#include "dhr/detect.h"
#include "dhr/error.h"
#include "dhr/reader.h"
#include "dhr/scan_report.h"

namespace dhr::app {
namespace {

struct ScanOptions {
  std::string file;
  std::vector<std::string> case_files;
  std::string format = "text";
  double min_confidence = 0.5;
  std::string data_dir;
  std::vector<std::string> patterns;
  bool no_residual = false;
  bool no_places = false;
  ReadOptions read;
};

}  // namespace

void add_scan(CLI::App& app, Runner& run) {
  auto opts = std::make_shared<ScanOptions>();
  CLI::App* cmd = app.add_subcommand("scan", "Find names and identifiers in a report (exit 1 when any are found)");
  cmd->add_option("FILE", opts->file, "The report to scan (PDF, DOCX, text, Markdown)")->required();
  cmd->add_option("-c,--case", opts->case_files,
                  "Case file (TOML) naming the subjects, professionals and what to keep; more than once to merge");
  cmd->add_option("-f,--format", opts->format, "text (grouped by category) or json")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  cmd->add_option("--min-confidence", opts->min_confidence, "Report findings at or above this confidence (0-1)")
      ->check(CLI::Range(0.0, 1.0))
      ->capture_default_str();
  cmd->add_option("--data-dir", opts->data_dir, "Folder with patterns/ and dictionaries/ (default: built-in)");
  cmd->add_option("--patterns", opts->patterns, "Extra pattern file(s) (TOML, as in patterns/)");
  cmd->add_flag("--no-residual", opts->no_residual, "Only case subjects and patterns: no dictionary name search");
  cmd->add_flag("--no-places", opts->no_places, "Do not report towns and counties");
  cmd->add_option("--password", opts->read.password, "Password of an encrypted PDF");
  cmd->callback([&run, opts] {
    run = [opts] {
      std::optional<CaseFile> case_file;
      if (!opts->case_files.empty()) case_file = load_case_files(opts->case_files);
      const Document doc = read_document(opts->file, opts->read);
      const Detector detector({.data_dir = opts->data_dir,
                               .extra_patterns = opts->patterns,
                               .residual_names = !opts->no_residual,
                               .places = !opts->no_places});
      std::vector<Finding> findings = detector.scan(doc, case_file ? &*case_file : nullptr);
      std::erase_if(findings, [&](const Finding& f) { return f.confidence < opts->min_confidence; });
      const std::string out = opts->format == "json" ? findings_to_json(doc, findings) : findings_to_text(doc, findings);
      std::fwrite(out.data(), 1, out.size(), stdout);
      return std::any_of(findings.begin(), findings.end(), needs_action) ? exit_findings : exit_ok;
    };
  });
}

}  // namespace dhr::app
