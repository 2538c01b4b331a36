// Which files a batch processes (internal): folders walked, manifests read, shards chosen.
#pragma once

#include <string>
#include <vector>

namespace dhr::batch {

struct InputFile {
  std::string path;      // as found (joined to its folder or manifest's folder)
  std::string relative;  // below the folder it was found in (its name when given directly):
                         // anonymised copies mirror this under --out
};

struct InputList {
  std::vector<InputFile> files;  // sorted, each path once
  int not_reports = 0;           // files in walked folders that are not reports (skipped)
};

// Files given directly and those listed in manifests (one path a line; blank lines and
// lines starting with # skipped; relative paths are relative to the manifest's folder;
// "-" reads standard input) are always taken: a file that is not a report is recorded as
// failed. In folders (walked recursively, hidden entries skipped) a file is taken when
// its content is PDF or zip (DOCX), when it is text named .txt/.md/.markdown, or when
// its extension claims a report format (.pdf .docx .doc .odt) whatever its content, so
// that a broken report is recorded rather than silently passed over.
// Throws dhr::Error(not_found) for a missing input or manifest.
InputList collect_inputs(const std::vector<std::string>& inputs, const std::vector<std::string>& manifests);

// Whether the document with this content hash (hex) belongs to shard k (1-based) of n.
bool in_shard(const std::string& hash_hex, int k, int n);

}  // namespace dhr::batch
