#include "verify/raw_content.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>
#include <zip.h>

#include <pugixml.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "dhr/error.h"

extern char** environ;

namespace dhr::verify {
namespace {

constexpr zip_uint64_t kMaxEntryBytes = 256ull << 20;  // our own outputs; a sanity bound

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// An XML part's text as a person would search it: element text concatenated within a
// paragraph (so a name split across runs is whole again), each paragraph (any element
// named `p`: w:p, a:p) on its own line and tabs and breaks as spaces (so that a heading
// and the paragraph after it do not run together into one word that hides a name), each
// attribute value on its own line.
std::string xml_text(const std::string& bytes, bool* ok) {
  pugi::xml_document doc;
  const pugi::xml_parse_result r = doc.load_buffer(bytes.data(), bytes.size(), pugi::parse_default);
  *ok = static_cast<bool>(r);
  if (!*ok) return {};
  std::string text;
  std::string attrs;
  auto local_name = [](const pugi::xml_node& n) {
    const std::string_view name = n.name();
    const auto colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
  };
  // Iterative walk: never recurse on XML depth. A null node marks the end of a paragraph.
  std::vector<pugi::xml_node> stack{doc};
  while (!stack.empty()) {
    const pugi::xml_node n = stack.back();
    stack.pop_back();
    if (!n) {
      text += '\n';
      continue;
    }
    if (n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata) text += n.value();
    const std::string_view local = local_name(n);
    if (n.type() == pugi::node_element && (local == "tab" || local == "br" || local == "cr")) text += ' ';
    for (const pugi::xml_attribute a : n.attributes()) {
      attrs += a.value();
      attrs += '\n';
    }
    if (n.type() == pugi::node_element && local == "p") stack.push_back(pugi::xml_node());
    // Children pushed in reverse so they are visited in document order.
    std::vector<pugi::xml_node> children;
    for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling()) children.push_back(c);
    for (auto it = children.rbegin(); it != children.rend(); ++it) stack.push_back(*it);
  }
  return text + "\n" + attrs;
}

std::vector<RawPart> read_zip(const std::string& path, std::vector<std::string>& checks) {
  int err = 0;
  zip_t* z = zip_open(path.c_str(), ZIP_RDONLY, &err);
  if (z == nullptr) throw Error(ErrorKind::verification, path, "the output is not a readable zip");
  std::vector<RawPart> parts;
  const zip_int64_t n = zip_get_num_entries(z, 0);
  for (zip_int64_t i = 0; i < n; ++i) {
    zip_stat_t st;
    if (zip_stat_index(z, static_cast<zip_uint64_t>(i), 0, &st) != 0 || st.size > kMaxEntryBytes) continue;
    zip_file_t* f = zip_fopen_index(z, static_cast<zip_uint64_t>(i), 0);
    if (f == nullptr) continue;
    std::string bytes(st.size, '\0');
    const zip_int64_t got = zip_fread(f, bytes.data(), st.size);
    zip_fclose(f);
    bytes.resize(got < 0 ? 0 : static_cast<std::size_t>(got));
    const std::string name = st.name;
    bool ok = false;
    const bool is_xml = name.ends_with(".xml") || name.ends_with(".rels");
    std::string text = is_xml ? xml_text(bytes, &ok) : std::string();
    parts.push_back({name, ok ? std::move(text) : std::move(bytes)});
  }
  zip_close(z);
  checks.push_back("raw: text and attributes of all " + std::to_string(parts.size()) + " zip entries");
  return parts;
}

std::string decode_html_entities(const std::string& s) {
  // Only what html_escape produces plus numeric references: enough to search our own output.
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') {
      out += s[i];
      continue;
    }
    const std::size_t semi = s.find(';', i);
    if (semi == std::string::npos || semi - i > 8) {
      out += s[i];
      continue;
    }
    const std::string ent = s.substr(i + 1, semi - i - 1);
    if (ent == "amp") out += '&';
    else if (ent == "lt") out += '<';
    else if (ent == "gt") out += '>';
    else if (ent == "quot") out += '"';
    else if (ent == "#39" || ent == "apos") out += '\'';
    else {
      out += s.substr(i, semi - i + 1);
    }
    i = semi;
  }
  return out;
}

}  // namespace

std::optional<std::string> run_command(const std::vector<std::string>& argv) {
  int pipefd[2];
  if (pipe(pipefd) != 0) return std::nullopt;
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, pipefd[1], STDOUT_FILENO);
  posix_spawn_file_actions_addclose(&actions, pipefd[0]);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  pid_t pid = 0;
  const int rc = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(pipefd[1]);
  if (rc != 0) {
    close(pipefd[0]);
    return std::nullopt;
  }
  std::string out;
  char buf[65536];
  ssize_t got;
  while ((got = read(pipefd[0], buf, sizeof buf)) > 0) out.append(buf, static_cast<std::size_t>(got));
  close(pipefd[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) return std::nullopt;
  return out;
}

std::vector<RawPart> read_raw_content(const std::string& path, std::vector<std::string>& checks) {
  const std::string ext = std::filesystem::path(path).extension().string();
  if (ext == ".docx") return read_zip(path, checks);
  if (ext == ".pdf") {
    if (auto text = run_command({"pdftotext", "-q", "-enc", "UTF-8", path, "-"})) {
      checks.push_back("raw: pdftotext");
      return {{"pdftotext", std::move(*text)}};
    }
    checks.push_back("raw: pdftotext not installed, skipped");
    return {};
  }
  std::string bytes = read_file(path);
  if (ext == ".html" || ext == ".htm") {
    checks.push_back("raw: the HTML file, entities decoded");
    return {{"file", decode_html_entities(bytes)}};
  }
  checks.push_back("raw: the file's bytes");
  return {{"file", std::move(bytes)}};
}

}  // namespace dhr::verify
