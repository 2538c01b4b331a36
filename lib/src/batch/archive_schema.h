// The archive's SQLite schema (internal). Version 1; README documents it.
#pragma once

#include "batch/sqlite_db.h"

namespace dhr::batch {

// Prepares db for use: WAL journal (readers never block the writer, and a process killed
// mid-write leaves the last committed transaction intact), then creates the schema in an
// empty database or checks the version of an existing one (dhr::Error(usage) when it was
// written by a newer dhrkit, or is not an archive at all).
void open_schema(Database& db);

}  // namespace dhr::batch
