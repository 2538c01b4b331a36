// summarise_archive / to_text: what the archive holds, for the end of a run.
#include <fmt/format.h>

#include "batch/archive_schema.h"
#include "batch/sqlite_db.h"
#include "dhr/batch.h"

namespace dhr {

ArchiveSummary summarise_archive(const std::string& db_path) {
  batch::Database db(db_path, false);
  batch::open_schema(db);
  ArchiveSummary s;
  auto totals = db.prepare(
      "SELECT count(*), coalesce(sum(pages), 0), coalesce(sum(findings_action > 0), 0),"
      " coalesce(sum(status = 'ok' AND sections_missing > 0), 0) FROM documents");
  totals.step();
  s.documents = static_cast<int>(totals.integer(0));
  s.pages = totals.integer(1);
  s.with_findings = static_cast<int>(totals.integer(2));
  s.missing_sections = static_cast<int>(totals.integer(3));
  auto by_status = db.prepare("SELECT status, count(*) FROM documents GROUP BY status ORDER BY count(*) DESC, status");
  while (by_status.step()) s.by_status.emplace_back(by_status.text(0), static_cast<int>(by_status.integer(1)));
  auto slow = db.prepare("SELECT path, total_ms, pages FROM documents ORDER BY total_ms DESC LIMIT 5");
  while (slow.step()) s.slowest.push_back({slow.text(0), slow.real(1) / 1000, static_cast<int>(slow.integer(2))});
  return s;
}

std::string to_text(const ArchiveSummary& s) {
  std::string out = fmt::format("{} documents, {} pages in the archive\n", s.documents, s.pages);
  for (const auto& [status, n] : s.by_status) out += fmt::format("  {:<8} {}\n", status, n);
  out += fmt::format("{} with findings that need action\n", s.with_findings);
  out += fmt::format("{} missing an expected section\n", s.missing_sections);
  if (!s.slowest.empty()) {
    out += "slowest:\n";
    for (const auto& x : s.slowest) out += fmt::format("  {:7.2f}s {:4} pages  {}\n", x.seconds, x.pages, x.path);
  }
  return out;
}

}  // namespace dhr
