#include "batch/inputs.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>

#include "dhr/error.h"
#include "dhr/reader.h"

namespace dhr::batch {
namespace fs = std::filesystem;
namespace {

std::string lower_extension(const fs::path& p) {
  std::string ext = p.extension().string();
  if (!ext.empty()) ext.erase(0, 1);
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext;
}

bool looks_like_report(const fs::path& p) {
  const std::string ext = lower_extension(p);
  if (ext == "pdf" || ext == "docx" || ext == "doc" || ext == "odt") return true;
  Format f = Format::unknown;
  try {
    f = detect_format(p.string());
  } catch (const Error&) {
    return false;
  }
  if (f == Format::pdf || f == Format::docx) return true;
  return (f == Format::text || f == Format::markdown) && (ext == "txt" || ext == "md" || ext == "markdown");
}

bool hidden(const fs::path& p) {
  const std::string name = p.filename().string();
  return name.size() > 1 && name[0] == '.';
}

void walk(const fs::path& root, std::vector<InputFile>& out, int& not_reports) {
  std::error_code ec;
  auto it = fs::recursive_directory_iterator(root, fs::directory_options::skip_permission_denied, ec);
  if (ec) throw Error(ErrorKind::not_found, root.string(), "cannot read the folder: " + ec.message());
  for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) throw Error(ErrorKind::io, root.string(), "error while walking the folder: " + ec.message());
    const fs::path& p = it->path();
    if (hidden(p)) {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (!it->is_regular_file(ec)) continue;
    if (looks_like_report(p))
      out.push_back({p.string(), fs::relative(p, root, ec).string()});
    else
      ++not_reports;
  }
}

void add_path(const fs::path& p, std::vector<InputFile>& out, int& not_reports) {
  std::error_code ec;
  if (fs::is_directory(p, ec))
    walk(p, out, not_reports);
  else
    out.push_back({p.string(), p.filename().string()});  // missing files are recorded as failed
}

void read_manifest(const std::string& manifest, std::vector<InputFile>& out, int& not_reports) {
  std::ifstream file;
  std::istream* in = &std::cin;
  fs::path base = ".";
  if (manifest != "-") {
    file.open(manifest);
    if (!file) throw Error(ErrorKind::not_found, manifest, "cannot open the manifest");
    in = &file;
    base = fs::path(manifest).parent_path();
  }
  std::string line;
  while (std::getline(*in, line)) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    const fs::path p(line);
    add_path(p.is_absolute() ? p : base / p, out, not_reports);
  }
}

}  // namespace

InputList collect_inputs(const std::vector<std::string>& inputs, const std::vector<std::string>& manifests) {
  InputList list;
  for (const std::string& input : inputs) {
    std::error_code ec;
    if (!fs::exists(input, ec)) throw Error(ErrorKind::not_found, input, "no such file or folder");
    add_path(input, list.files, list.not_reports);
  }
  for (const std::string& m : manifests) read_manifest(m, list.files, list.not_reports);
  // One entry per path (lexically normalised), in a stable order.
  for (InputFile& f : list.files) f.path = fs::path(f.path).lexically_normal().string();
  std::stable_sort(list.files.begin(), list.files.end(),
                   [](const InputFile& a, const InputFile& b) { return a.path < b.path; });
  list.files.erase(std::unique(list.files.begin(), list.files.end(),
                               [](const InputFile& a, const InputFile& b) { return a.path == b.path; }),
                   list.files.end());
  return list;
}

bool in_shard(const std::string& hash_hex, int k, int n) {
  if (n <= 1) return true;
  // The first 60 bits of the hash: uniform, and the same on every machine.
  const std::uint64_t v = std::stoull(hash_hex.substr(0, 15), nullptr, 16);
  return static_cast<int>(v % static_cast<std::uint64_t>(n)) == k - 1;
}

}  // namespace dhr::batch
