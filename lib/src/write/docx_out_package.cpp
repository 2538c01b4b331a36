#include "write/docx_out_package.h"

#include <deque>
#include <utility>

#include "read/docx_xml.h"
#include "read/docx_zip.h"
#include "read/file_access.h"
#include "write/docx_zip_writer.h"

namespace dhr::write::docx {
namespace {

// Receives pugixml's output.
struct StringWriter : pugi::xml_writer {
  std::string out;
  void write(const void* data, std::size_t size) override { out.append(static_cast<const char*>(data), size); }
};

// Word writes this declaration on every part; pugixml dropped the original one (the
// reader's parse options do not keep declarations), and the output is always UTF-8.
constexpr std::string_view kDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n";

std::string serialise(const XmlPart& part) {
  StringWriter w;
  w.out.reserve(part.buffer.size() + 64);
  w.out = kDeclaration;
  part.xml.save(w, "", pugi::format_raw | pugi::format_no_declaration, pugi::encoding_utf8);
  return std::move(w.out);
}

// Formats that are compressed already: deflating them again costs time and gains nothing.
bool is_compressed_media(std::string_view name) {
  const std::string lower = ascii_lower(name);
  for (std::string_view ext : {".jpeg", ".jpg", ".png", ".gif", ".odttf", ".mp4", ".m4a", ".mp3"})
    if (std::string_view(lower).ends_with(ext)) return true;
  return false;
}

const std::string kEmpty;

}  // namespace

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool is_xml_name(std::string_view name) {
  const std::string lower = ascii_lower(name);
  const std::string_view l = lower;
  return l.ends_with(".xml") || l.ends_with(".rels") || l.ends_with(".vml");
}

OutPackage::OutPackage(const std::string& path, const ReadOptions& options) : path_(path), options_(options) {
  read::docx::ZipArchive zip(path, read::read_file_bytes(path, options.max_file_bytes), options);
  for (std::string& name : zip.entry_names()) {
    // A repeated name: the first one counts, as in the reader (libzip finds the first).
    if (entries_.find(name) != entries_.end()) continue;
    Entry e;
    if (!name.empty() && name.back() != '/') e.bytes = zip.read(name).value_or(std::string());
    else e.removed = true;  // a folder entry: zips of Word never have them, and they hold nothing
    by_lower_name_.emplace(ascii_lower(name), name);
    entries_.emplace(name, std::move(e));
    names_.push_back(std::move(name));
  }
}

OutPackage::~OutPackage() = default;

std::string OutPackage::find(std::string_view name) const {
  if (entries_.find(name) != entries_.end()) return std::string(name);
  auto it = by_lower_name_.find(ascii_lower(name));
  return it == by_lower_name_.end() ? std::string() : it->second;
}

const OutPackage::Entry* OutPackage::entry(std::string_view name) const {
  auto it = entries_.find(name);
  if (it == entries_.end()) {
    const std::string found = find(name);
    if (found.empty()) return nullptr;
    it = entries_.find(found);
  }
  return it == entries_.end() || it->second.removed ? nullptr : &it->second;
}

OutPackage::Entry* OutPackage::entry(std::string_view name) {
  return const_cast<Entry*>(static_cast<const OutPackage*>(this)->entry(name));
}

bool OutPackage::live(std::string_view name) const { return entry(name) != nullptr; }

const std::string& OutPackage::bytes(std::string_view name) const {
  const Entry* e = entry(name);
  return e == nullptr ? kEmpty : e->bytes;
}

void OutPackage::set_bytes(std::string_view name, std::string bytes) {
  if (Entry* e = entry(name)) e->bytes = std::move(bytes);
}

XmlPart* OutPackage::xml(std::string_view name) {
  Entry* e = entry(name);
  if (e == nullptr) return nullptr;
  if (!e->xml) {
    auto part = std::make_unique<XmlPart>();
    part->name = find(name);
    part->buffer = e->bytes;  // a copy: parsing in place rewrites it, and an unchanged part is copied as it was
    read::docx::parse_part(part->xml, part->buffer, part->name, path_, options_.max_xml_depth);
    part->carriers = read::docx::enumerate_carriers(part->xml);
    e->xml = std::move(part);
  }
  return e->xml.get();
}

bool OutPackage::remove(std::string_view name) {
  Entry* e = entry(name);
  if (e == nullptr) return false;
  e->removed = true;
  e->xml.reset();
  return true;
}

std::string OutPackage::zip_bytes() const {
  std::deque<std::string> serialised;  // keeps the bytes in place until the zip is built
  std::vector<ZipEntry> out;
  out.reserve(names_.size());
  for (const std::string& name : names_) {
    const Entry& e = entries_.at(name);
    if (e.removed) continue;
    std::string_view data = e.bytes;
    if (e.xml && e.xml->dirty) {
      serialised.push_back(serialise(*e.xml));
      data = serialised.back();
    }
    out.push_back({name, data, !is_compressed_media(name)});
  }
  return zip_in_memory(out, path_);
}

}  // namespace dhr::write::docx
