// search_archive: FTS5 over the extracted text, best matches first, with snippets.
#include <sqlite3.h>

#include "batch/archive_schema.h"
#include "batch/sqlite_db.h"
#include "dhr/batch.h"
#include "dhr/error.h"

namespace dhr {

std::vector<SearchHit> search_archive(const std::string& db_path, const std::string& query, int limit) {
  batch::Database db(db_path, false);
  batch::open_schema(db);
  sqlite3_stmt* raw = nullptr;
  const char* sql =
      "SELECT d.path, t.page, t.location, snippet(text_fts, 0, '[', ']', '...', 16), bm25(text_fts)"
      " FROM text_fts t JOIN documents d ON d.id = t.doc_id"
      " WHERE text_fts MATCH ? ORDER BY bm25(text_fts), d.path, t.page LIMIT ?";
  if (sqlite3_prepare_v2(db.handle(), sql, -1, &raw, nullptr) != SQLITE_OK) db.fail("search");
  batch::Statement s(db, raw);
  s.bind(1, query).bind(2, limit);
  std::vector<SearchHit> hits;
  try {
    while (s.step())
      hits.push_back({s.text(0), static_cast<int>(s.integer(1)), s.text(2), s.text(3), s.real(4)});
  } catch (const Error&) {
    // FTS5 reports a malformed query only when the statement runs.
    throw Error(ErrorKind::usage, "", "bad search query '" + query + "': " + sqlite3_errmsg(db.handle()));
  }
  return hits;
}

}  // namespace dhr
