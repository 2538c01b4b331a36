#include "batch/archive.h"

#include <ctime>
#include <vector>

#include "batch/archive_schema.h"

namespace dhr::batch {
namespace {

using json = nlohmann::json;

std::string str(const json& j, const char* key) {
  const auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

void bind_ms(Statement& s, int i, const json& timings, const char* key) {
  const auto it = timings.find(key);
  if (it != timings.end() && it->is_number())
    s.bind(i, it->get<double>());
  else
    s.bind_null(i);
}

}  // namespace

std::string utc_now() {
  const std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

Archive::Archive(const std::string& path) : db_(path, true) { open_schema(db_); }

std::optional<std::string> Archive::status_of(const std::string& hash) {
  auto s = db_.prepare("SELECT status FROM documents WHERE hash = ?");
  s.bind(1, hash);
  if (!s.step()) return std::nullopt;
  return s.text(0);
}

void Archive::add_path(const std::string& path, const std::string& hash) {
  auto s = db_.prepare("INSERT OR REPLACE INTO files(path, doc_id) SELECT ?, id FROM documents WHERE hash = ?");
  s.bind(1, path).bind(2, hash).run();
}

void Archive::record(const DocumentMeta& meta, const json& r) {
  Transaction t(db_);
  // A rerun of a failed document replaces it (ON DELETE CASCADE takes sections, findings
  // and paths; the text index is not a foreign-key table, so it is cleared by hand).
  std::vector<std::string> other_paths;
  {
    auto old = db_.prepare("SELECT id FROM documents WHERE hash = ?");
    old.bind(1, meta.hash);
    if (old.step()) {
      const auto id = old.integer(0);
      auto paths = db_.prepare("SELECT path FROM files WHERE doc_id = ?");
      paths.bind(1, id);
      while (paths.step()) other_paths.push_back(paths.text(0));
      db_.prepare("DELETE FROM text_fts WHERE doc_id = ?").bind(1, id).run();
      db_.prepare("DELETE FROM documents WHERE id = ?").bind(1, id).run();
    }
  }
  const json empty = json::array();
  const json& findings = r.contains("findings") ? r["findings"] : empty;
  const json& sections = r.contains("sections") ? r["sections"] : empty;
  const json timings = r.value("timings", json::object());
  const json anon = r.value("anonymised", json());
  int action = 0, missing = 0;
  for (const json& f : findings) action += f.value("needs_action", false) ? 1 : 0;
  for (const json& s : sections)
    missing += (str(s, "status") == "missing" && str(s, "requirement") == "expected") ? 1 : 0;

  auto doc = db_.prepare(
      "INSERT INTO documents(hash, path, size, format, pages, doc_type, status, error_kind, error, findings,"
      " findings_action, sections_missing, read_ms, scan_ms, sections_ms, anonymise_ms, total_ms, peak_rss_kb,"
      " anonymised, anonymised_path, anonymise_error, processed_at)"
      " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
  const std::string format = str(r, "format");
  doc.bind(1, meta.hash).bind(2, meta.path).bind(3, static_cast<std::int64_t>(meta.size));
  doc.bind(4, format.empty() ? meta.format : format).bind(5, r.value("pages", 0));
  doc.bind_text_or_null(6, str(r, "doc_type")).bind(7, str(r, "status"));
  doc.bind_text_or_null(8, str(r, "error_kind")).bind_text_or_null(9, str(r, "error"));
  doc.bind(10, static_cast<std::int64_t>(findings.size())).bind(11, action).bind(12, missing);
  bind_ms(doc, 13, timings, "read_ms");
  bind_ms(doc, 14, timings, "scan_ms");
  bind_ms(doc, 15, timings, "sections_ms");
  bind_ms(doc, 16, timings, "anonymise_ms");
  doc.bind(17, meta.total_ms).bind(18, static_cast<std::int64_t>(meta.peak_rss_kb));
  if (anon.is_object()) {
    doc.bind_text_or_null(19, str(anon, "status")).bind_text_or_null(20, str(anon, "path"));
    doc.bind_text_or_null(21, str(anon, "error"));
  } else {
    doc.bind_null(19).bind_null(20).bind_null(21);
  }
  doc.bind(22, utc_now());
  doc.run();
  const std::int64_t id = db_.last_insert_id();

  auto file = db_.prepare("INSERT OR REPLACE INTO files(path, doc_id) VALUES(?, ?)");
  for (const std::string& p : other_paths) file.bind(1, p).bind(2, id).run();
  file.bind(1, meta.path).bind(2, id).run();

  auto sec = db_.prepare(
      "INSERT INTO sections(doc_id, ord, section_id, name, requirement, status, page, number, heading)"
      " VALUES(?,?,?,?,?,?,?,?,?)");
  int ord = 0;
  for (const json& s : sections) {
    sec.bind(1, id).bind(2, ord++).bind(3, str(s, "id")).bind(4, str(s, "name")).bind(5, str(s, "requirement"));
    sec.bind(6, str(s, "status")).bind(7, s.value("page", 0)).bind_text_or_null(8, str(s, "number"));
    if (s.contains("heading")) sec.bind_text_or_null(9, str(s, "heading")); else sec.bind_null(9);
    sec.run();
  }

  auto fin = db_.prepare(
      "INSERT INTO findings(doc_id, category, page, number, block, confidence, rule, subject, needs_action, text)"
      " VALUES(?,?,?,?,?,?,?,?,?,?)");
  for (const json& f : findings) {
    fin.bind(1, id).bind(2, str(f, "category")).bind(3, f.value("page", 0)).bind_text_or_null(4, str(f, "number"));
    fin.bind(5, f.value("block", std::int64_t{0})).bind(6, f.value("confidence", 0.0)).bind(7, str(f, "rule"));
    fin.bind_text_or_null(8, str(f, "subject")).bind(9, f.value("needs_action", false) ? 1 : 0);
    if (f.contains("text")) fin.bind(10, str(f, "text")); else fin.bind_null(10);
    fin.run();
  }

  if (r.contains("chunks")) {
    auto fts = db_.prepare("INSERT INTO text_fts(text, doc_id, page, location) VALUES(?,?,?,?)");
    for (const json& c : r["chunks"])
      fts.bind(1, str(c, "text")).bind(2, id).bind(3, c.value("page", 0)).bind(4, str(c, "location")).run();
  }
  t.commit();
}

}  // namespace dhr::batch
