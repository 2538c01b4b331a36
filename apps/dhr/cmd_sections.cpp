// dhr sections FILE [--profile auto|overview|summary|PATH] [--format text|json]
#include <cstdio>
#include <memory>
#include <string>

#include <fmt/format.h>

#include "commands.h"
#include "dhr/error.h"
#include "dhr/reader.h"
#include "dhr/sections.h"

namespace dhr::app {

namespace {

struct SectionsOptions {
  std::string file;
  std::string profile = "auto";
  std::string format = "text";
  std::string data_dir;
  ReadOptions read;
};

constexpr const char* kFooter = R"(The profile lists the sections a report should have (the 2016 statutory guidance's model
layouts): `auto` tells an overview report from an executive summary by its title block
(and length); `overview` and `summary` choose; a PATH reads your own TOML profile
(format: dictionaries/sections/README.md).

Exit codes: 0 every expected section is present; 1 an expected section is missing;
2 usage or input error (unreadable report, bad profile file).)";

}  // namespace

void add_sections(CLI::App& app, Runner& run) {
  auto opts = std::make_shared<SectionsOptions>();
  CLI::App* cmd = app.add_subcommand("sections", "Check that a report has the sections the statutory guidance expects");
  cmd->footer(kFooter);
  cmd->add_option("FILE", opts->file, "The report to check")->required();
  cmd->add_option("-p,--profile", opts->profile, "auto, overview, summary, or the path of a profile (.toml)")
      ->capture_default_str();
  cmd->add_option("-f,--format", opts->format, "text (a table) or json")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  cmd->add_option("--data-dir", opts->data_dir, "Folder holding dictionaries/ (for the built-in profiles)");
  cmd->add_option("--password", opts->read.password, "Password of an encrypted PDF");
  cmd->callback([&run, opts] {
    run = [opts] {
      // Read the profile first when it is a file: a typo there is reported before a long PDF is read.
      const bool detect = opts->profile == "auto";
      SectionProfile profile;
      if (!detect) profile = load_section_profile(opts->profile, opts->data_dir);
      const Document doc = read_document(opts->file, opts->read);
      std::string reason;
      if (detect) {
        const DocumentType type = detect_document_type(doc, &reason);
        profile = load_section_profile(type == DocumentType::summary ? "summary" : "overview", opts->data_dir);
        reason = "auto: " + reason;
      }
      SectionReport report = check_sections(doc, profile);
      report.profile_reason = reason;
      const std::string out = opts->format == "json" ? to_json(report, opts->file) : to_text(report);
      std::fwrite(out.data(), 1, out.size(), stdout);
      return report.all_expected_present() ? exit_ok : exit_findings;
    };
  });
}

}  // namespace dhr::app
