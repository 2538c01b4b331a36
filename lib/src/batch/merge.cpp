// merge_archives: the archives of shards (array jobs) into one.
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "batch/archive.h"
#include "batch/archive_schema.h"
#include "dhr/batch.h"
#include "dhr/error.h"

namespace dhr {
namespace {

// Copies document `src_id` of the attached archive `in` into main, under a new id.
void copy_document(batch::Database& db, std::int64_t src_id) {
  db.prepare(
        "INSERT INTO documents(hash, path, size, format, pages, doc_type, status, error_kind, error, findings,"
        " findings_action, sections_missing, read_ms, scan_ms, sections_ms, anonymise_ms, total_ms, peak_rss_kb,"
        " anonymised, anonymised_path, anonymise_error, processed_at)"
        " SELECT hash, path, size, format, pages, doc_type, status, error_kind, error, findings, findings_action,"
        " sections_missing, read_ms, scan_ms, sections_ms, anonymise_ms, total_ms, peak_rss_kb, anonymised,"
        " anonymised_path, anonymise_error, processed_at FROM input.documents WHERE id = ?")
      .bind(1, src_id)
      .run();
  const std::int64_t id = db.last_insert_id();
  db.prepare(
        "INSERT INTO sections SELECT ?, ord, section_id, name, requirement, status, page, number, heading"
        " FROM input.sections WHERE doc_id = ? ORDER BY rowid")
      .bind(1, id).bind(2, src_id).run();
  db.prepare(
        "INSERT INTO findings SELECT ?, category, page, number, block, confidence, rule, subject, needs_action, text"
        " FROM input.findings WHERE doc_id = ? ORDER BY rowid")
      .bind(1, id).bind(2, src_id).run();
  db.prepare(
        "INSERT INTO text_fts(text, doc_id, page, location) SELECT text, ?, page, location"
        " FROM input.text_fts WHERE doc_id = ? ORDER BY rowid")
      .bind(1, id).bind(2, src_id).run();
}

}  // namespace

void merge_archives(const std::string& out_path, const std::vector<std::string>& inputs) {
  batch::Archive out(out_path);
  batch::Database& db = out.db();
  for (const std::string& in : inputs) {
    {
      batch::Database check(in, false);  // an input must be an archive of this version
      batch::open_schema(check);
    }
    db.prepare("ATTACH DATABASE ? AS input").bind(1, in).run();
    try {
      batch::Transaction t(db);
      // Documents new to out, and those that failed in out but succeeded in the input.
      auto docs = db.prepare(
          "SELECT i.id, o.id FROM input.documents i LEFT JOIN main.documents o ON o.hash = i.hash"
          " WHERE o.id IS NULL OR (o.status <> 'ok' AND i.status = 'ok') ORDER BY i.id");
      std::vector<std::pair<std::int64_t, std::int64_t>> todo;  // (input id, out id or -1)
      while (docs.step()) todo.emplace_back(docs.integer(0), docs.is_null(1) ? -1 : docs.integer(1));
      for (const auto& [src, old] : todo) {
        if (old >= 0) {
          db.prepare("DELETE FROM text_fts WHERE doc_id = ?").bind(1, old).run();
          db.prepare("DELETE FROM documents WHERE id = ?").bind(1, old).run();
        }
        copy_document(db, src);
      }
      // Every path, mapped to out's document of the same content.
      db.exec(
          "INSERT OR IGNORE INTO files(path, doc_id) SELECT f.path, o.id FROM input.files f"
          " JOIN input.documents i ON i.id = f.doc_id JOIN main.documents o ON o.hash = i.hash");
      t.commit();
    } catch (...) {
      db.exec("DETACH DATABASE input");
      throw;
    }
    db.exec("DETACH DATABASE input");
  }
}

}  // namespace dhr
