// The DOCX being written (internal): every zip entry of the source, read once through the
// reader's defensive ZipArchive (same limits, same refusal of hostile names), with XML
// parts parsed on demand for editing and entries marked removed by the sanitiser.
//
// XML parts are parsed with the reader's parse_part() and their carriers enumerated with
// enumerate_carriers() before anything changes them, so carrier N here is carrier N of the
// anchors (docx_carriers.h). A part is only serialised again when something marked it
// dirty; every other entry is copied byte for byte.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

#include "dhr/reader.h"
#include "read/docx_carriers.h"

namespace dhr::write::docx {

struct XmlPart {
  std::string name;    // the zip entry name, as the zip spells it
  std::string buffer;  // parsed in place by pugixml: never moves (parts live behind unique_ptr)
  pugi::xml_document xml;
  std::vector<read::docx::Carrier> carriers;  // as enumerated right after parsing
  bool dirty = false;                         // changed: serialise instead of copying

  pugi::xml_node root() const { return xml.document_element(); }
};

class OutPackage {
 public:
  // Reads every entry of the DOCX at `path`. Throws dhr::Error as read_docx does.
  OutPackage(const std::string& path, const ReadOptions& options);
  ~OutPackage();
  OutPackage(const OutPackage&) = delete;
  OutPackage& operator=(const OutPackage&) = delete;

  const std::string& path() const { return path_; }
  const ReadOptions& options() const { return options_; }

  // Every entry name in the source's order, removed ones included.
  const std::vector<std::string>& names() const { return names_; }
  // The zip's spelling of `name` (OPC part names ignore case), or empty when absent.
  std::string find(std::string_view name) const;
  // Present and not removed.
  bool live(std::string_view name) const;

  // The raw bytes of a live entry (empty when absent). Not valid for a parsed part that
  // has been edited: its content is the DOM.
  const std::string& bytes(std::string_view name) const;
  void set_bytes(std::string_view name, std::string bytes);

  // The live entry parsed as XML (parsed once, on first call); nullptr when absent or removed.
  // Throws dhr::Error (corrupt, hostile, limit) as the reader does on bad XML.
  XmlPart* xml(std::string_view name);

  // Marks an entry removed (it is left out of the output). Returns false when it was not live.
  bool remove(std::string_view name);

  // The output zip's bytes: every live entry in the source's order, dirty XML parts
  // serialised, the rest as they are.
  std::string zip_bytes() const;

 private:
  struct Entry {
    std::string bytes;
    std::unique_ptr<XmlPart> xml;
    bool removed = false;
  };
  const Entry* entry(std::string_view name) const;
  Entry* entry(std::string_view name);

  std::string path_;
  ReadOptions options_;
  std::vector<std::string> names_;
  std::map<std::string, Entry, std::less<>> entries_;
  std::map<std::string, std::string, std::less<>> by_lower_name_;  // lower-cased name -> name
};

// Whether an entry name is an XML part the writer parses (.xml, .rels, .vml).
bool is_xml_name(std::string_view name);

// Lower-cased ASCII copy (part names, extensions, URLs).
std::string ascii_lower(std::string_view s);

}  // namespace dhr::write::docx
