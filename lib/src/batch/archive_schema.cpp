#include "batch/archive_schema.h"

#include <fmt/format.h>

#include "dhr/batch.h"
#include "dhr/error.h"

namespace dhr::batch {
namespace {

// Keep in step with README "Batch processing and search" → Schema.
constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE documents(
  id INTEGER PRIMARY KEY,
  hash TEXT NOT NULL UNIQUE,          -- SHA-256 of the content: the document's identity
  path TEXT NOT NULL,                 -- where it was first found
  size INTEGER NOT NULL,
  format TEXT NOT NULL,               -- pdf | docx | text | markdown | unknown
  pages INTEGER NOT NULL DEFAULT 0,   -- PDF pages; 0 for formats without pages
  doc_type TEXT,                      -- overview | summary (profile used for sections)
  status TEXT NOT NULL,               -- ok | failed | timeout | memory | crashed
  error_kind TEXT,                    -- corrupt | encrypted | limit | hostile | unsupported | ...
  error TEXT,                         -- one line, as `dhr extract` would print it
  findings INTEGER NOT NULL DEFAULT 0,        -- all findings
  findings_action INTEGER NOT NULL DEFAULT 0, -- findings that need action (not places)
  sections_missing INTEGER NOT NULL DEFAULT 0,-- expected sections missing
  read_ms REAL, scan_ms REAL, sections_ms REAL, anonymise_ms REAL,
  total_ms REAL,                      -- wall clock, from handing the file to a worker to its result
  peak_rss_kb INTEGER,                -- the worker's peak resident memory
  anonymised TEXT,                    -- written | refused | error | NULL (not asked)
  anonymised_path TEXT,
  anonymise_error TEXT,
  processed_at TEXT NOT NULL          -- UTC, ISO 8601
);
CREATE TABLE files(                   -- every path seen, duplicates included
  path TEXT PRIMARY KEY,
  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE
);
CREATE TABLE sections(
  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,               -- place in the profile
  section_id TEXT NOT NULL,           -- terms_of_reference, ...
  name TEXT NOT NULL,
  requirement TEXT NOT NULL,          -- expected | recommended
  status TEXT NOT NULL,               -- present | missing | combined
  page INTEGER, number TEXT,
  heading TEXT                        -- the heading's text: only with --store-text
);
CREATE INDEX sections_doc ON sections(doc_id);
CREATE TABLE findings(
  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  category TEXT NOT NULL,             -- PERSON, POSTCODE, ... (dhr scan's categories)
  page INTEGER,                       -- PDF page; 0 without pages
  number TEXT,                        -- paragraph number of the block ("3.2")
  block INTEGER NOT NULL,             -- index of the block in the document model
  confidence REAL NOT NULL,
  rule TEXT NOT NULL,                 -- which detector and rule
  subject TEXT,                       -- the case subject's pseudonym (never a real name)
  needs_action INTEGER NOT NULL,
  text TEXT                           -- the identifier itself: only with --store-text
);
CREATE INDEX findings_doc ON findings(doc_id);
-- The extracted text, one row per PDF page or, without pages, per section (a heading and
-- what follows). rowid ties nothing: delete by doc_id.
CREATE VIRTUAL TABLE text_fts USING fts5(text, doc_id UNINDEXED, page UNINDEXED, location UNINDEXED,
                                         tokenize = 'unicode61 remove_diacritics 2');
)sql";

}  // namespace

void open_schema(Database& db) {
  db.exec("PRAGMA journal_mode=WAL");
  // In WAL mode NORMAL loses nothing when the process dies (only on power loss may the
  // last transactions roll back), and it is much faster than FULL.
  db.exec("PRAGMA synchronous=NORMAL");
  db.exec("PRAGMA foreign_keys=ON");
  auto version = db.prepare("PRAGMA user_version");
  version.step();
  const auto v = version.integer(0);
  if (v == 0) {
    auto tables = db.prepare("SELECT count(*) FROM sqlite_master");
    tables.step();
    if (tables.integer(0) != 0)
      throw Error(ErrorKind::usage, db.path(), "not a dhr archive (a database with other tables)");
    Transaction t(db);
    db.exec(kSchemaV1);
    db.exec(fmt::format("INSERT INTO meta VALUES('schema_version', '{0}'), ('created_by', 'dhr {1}');"
                        "PRAGMA user_version={0}",
                        kArchiveSchemaVersion, DHR_VERSION));
    t.commit();
  } else if (v != kArchiveSchemaVersion) {
    throw Error(ErrorKind::usage, db.path(),
                fmt::format("archive schema version {} (this dhr reads version {})", v, kArchiveSchemaVersion));
  }
}

}  // namespace dhr::batch
