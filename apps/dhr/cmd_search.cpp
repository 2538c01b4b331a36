// dhr search --db ARCHIVE QUERY [--limit N] [--format text|json]
#include <cstdio>
#include <memory>
#include <string>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "dhr/batch.h"
#include "dhr/error.h"

namespace dhr::app {
namespace {

struct SearchCommand {
  std::string db;
  std::string query;
  int limit = 20;
  std::string format = "text";
};

constexpr const char* kFooter = R"(QUERY is SQLite FTS5 syntax: words (all must match), "a phrase", OR, NOT, NEAR(a b),
prefix* — e.g.  dhr search --db archive.sqlite 'MARAC AND alcohol'  or  '"coercive control"'.
Matching ignores case and accents. Exit codes: 0 matches found; 1 no match; 2 usage error.)";

}  // namespace

void add_search(CLI::App& app, Runner& run) {
  auto c = std::make_shared<SearchCommand>();
  CLI::App* cmd = app.add_subcommand("search", "Full-text search of an archive made by `dhr batch`");
  cmd->footer(kFooter);
  cmd->add_option("QUERY", c->query, "What to look for")->required();
  cmd->add_option("--db", c->db, "The archive database")->required();
  cmd->add_option("-n,--limit", c->limit, "At most this many hits")->check(CLI::Range(1, 100000))->capture_default_str();
  cmd->add_option("-f,--format", c->format, "text or json")->check(CLI::IsMember({"text", "json"}))->capture_default_str();
  cmd->callback([&run, c] {
    run = [c] {
      const auto hits = search_archive(c->db, c->query, c->limit);
      if (c->format == "json") {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& h : hits)
          out.push_back({{"path", h.path}, {"page", h.page}, {"location", h.location}, {"snippet", h.snippet},
                         {"rank", h.rank}});
        fmt::print("{}\n", out.dump(2));
      } else {
        for (const auto& h : hits) {
          std::string snippet = h.snippet;
          for (char& ch : snippet)
            if (ch == '\n' || ch == '\t') ch = ' ';
          fmt::print("{} ({}): {}\n", h.path, h.location, snippet);
        }
      }
      return hits.empty() ? exit_findings : exit_ok;
    };
  });
}

}  // namespace dhr::app
