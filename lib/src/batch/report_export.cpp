// export_archive_report: one row per document, as CSV or JSON, for spreadsheets and scripts.
#include <filesystem>
#include <map>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "batch/archive_schema.h"
#include "batch/sqlite_db.h"
#include "dhr/batch.h"
#include "dhr/error.h"
#include "dhr/output.h"

namespace dhr {
namespace {

using json = nlohmann::json;

std::string csv_field(const std::string& v) {
  if (v.find_first_of(",\"\n\r") == std::string::npos) return v;
  std::string out = "\"";
  for (char c : v) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

}  // namespace

void export_archive_report(const std::string& db_path, const std::string& out_path) {
  const std::string ext = std::filesystem::path(out_path).extension().string();
  if (ext != ".csv" && ext != ".json")
    throw Error(ErrorKind::usage, out_path, "the report must be .csv or .json");
  batch::Database db(db_path, false);
  batch::open_schema(db);

  // Findings per category and missing section ids, per document.
  std::map<std::int64_t, json> categories;
  auto cat = db.prepare("SELECT doc_id, category, count(*) FROM findings GROUP BY doc_id, category");
  while (cat.step()) categories[cat.integer(0)][cat.text(1)] = cat.integer(2);
  std::map<std::int64_t, std::vector<std::string>> missing;
  auto miss = db.prepare(
      "SELECT doc_id, section_id FROM sections WHERE status = 'missing' AND requirement = 'expected' ORDER BY doc_id, ord");
  while (miss.step()) missing[miss.integer(0)].push_back(miss.text(1));

  const std::vector<std::string> columns = {"path", "hash", "format", "pages", "doc_type", "status", "error_kind",
                                            "error", "findings", "findings_action", "sections_missing",
                                            "total_ms", "anonymised", "anonymised_path"};
  auto docs = db.prepare(
      "SELECT id, path, hash, format, pages, coalesce(doc_type, ''), status, coalesce(error_kind, ''),"
      " coalesce(error, ''), findings, findings_action, sections_missing, coalesce(total_ms, 0),"
      " coalesce(anonymised, ''), coalesce(anonymised_path, '') FROM documents ORDER BY path");
  json rows = json::array();
  std::string csv;
  for (std::size_t i = 0; i < columns.size(); ++i) csv += (i ? "," : "") + columns[i];
  csv += ",categories,missing_sections\n";
  while (docs.step()) {
    const std::int64_t id = docs.integer(0);
    json row = {{"path", docs.text(1)},          {"hash", docs.text(2)},
                {"format", docs.text(3)},        {"pages", docs.integer(4)},
                {"doc_type", docs.text(5)},      {"status", docs.text(6)},
                {"error_kind", docs.text(7)},    {"error", docs.text(8)},
                {"findings", docs.integer(9)},   {"findings_action", docs.integer(10)},
                {"sections_missing", docs.integer(11)}, {"total_ms", docs.real(12)},
                {"anonymised", docs.text(13)},   {"anonymised_path", docs.text(14)}};
    row["categories"] = categories.count(id) ? categories[id] : json::object();
    row["missing_sections"] = missing[id];
    for (std::size_t i = 0; i < columns.size(); ++i) {
      const json& v = row[columns[i]];
      csv += (i ? "," : "") + csv_field(v.is_string() ? v.get<std::string>()
                                        : v.is_number_float() ? fmt::format("{:.1f}", v.get<double>())
                                                              : v.dump());
    }
    std::string cats, secs;
    for (const auto& [k, v] : row["categories"].items()) cats += (cats.empty() ? "" : " ") + k + "=" + v.dump();
    for (const auto& s : missing[id]) secs += (secs.empty() ? "" : " ") + s;
    csv += "," + csv_field(cats) + "," + csv_field(secs) + "\n";
    rows.push_back(std::move(row));
  }
  write_file_atomically(out_path, ext == ".csv" ? csv : rows.dump(2) + "\n");
}

}  // namespace dhr
