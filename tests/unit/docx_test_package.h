// Building small DOCX files inside tests: XML strings written into a zip with libzip, so
// each test shows exactly the markup it reads. Also the anchor check every DOCX test uses.
#pragma once

#include <gtest/gtest.h>
#include <zip.h>

#include <map>
#include <set>
#include <memory>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "dhr/document.h"
#include "read/docx_carriers.h"
#include "read/docx_xml.h"
#include "test_files.h"

namespace dhr::test {

inline constexpr const char* kDocxNamespaces =
    R"( xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main")"
    R"( xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships")"
    R"( xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing")"
    R"( xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main")"
    R"( xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture")"
    R"( xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006")"
    R"( xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape")"
    R"( xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office")"
    R"( xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math")"
    R"( xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml")";

// A WordprocessingML part: `root` element with the usual namespaces around `inner`.
inline std::string wml(const std::string& root, const std::string& inner) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:" + root + kDocxNamespaces + ">" + inner +
         "</w:" + root + ">";
}

// A paragraph with one plain run.
inline std::string para(const std::string& text, const std::string& ppr = {}) {
  return "<w:p>" + (ppr.empty() ? std::string() : "<w:pPr>" + ppr + "</w:pPr>") + "<w:r><w:t xml:space=\"preserve\">" +
         text + "</w:t></w:r></w:p>";
}

class DocxPackage {
 public:
  DocxPackage() = default;
  explicit DocxPackage(const std::string& body_xml) { body(body_xml); }

  DocxPackage& body(const std::string& inner) { return part("word/document.xml", wml("document", "<w:body>" + inner + "</w:body>")); }
  DocxPackage& part(const std::string& name, const std::string& content) {
    entries_[name] = content;
    return *this;
  }
  // A relationship of word/document.xml: type is the last segment ("styles", "header" ...).
  DocxPackage& rel(const std::string& id, const std::string& type, const std::string& target, bool external = false) {
    doc_rels_.push_back({id, type, target, external});
    return *this;
  }
  DocxPackage& package_rel(const std::string& id, const std::string& type, const std::string& target) {
    package_rels_.push_back({id, type, target, false});
    return *this;
  }
  // Leaves out the relationship parts and content types (a zip that only has these entries).
  DocxPackage& raw() {
    raw_ = true;
    return *this;
  }

  std::map<std::string, std::string> entries() const {
    std::map<std::string, std::string> all = entries_;
    if (raw_) return all;
    all.emplace("[Content_Types].xml",
                R"(<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>)");
    std::vector<Rel> pkg = package_rels_;
    pkg.insert(pkg.begin(), {"rId1", "officeDocument", "word/document.xml", false});
    all.emplace("_rels/.rels", rels_xml(pkg, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"));
    if (!doc_rels_.empty())
      all.emplace("word/_rels/document.xml.rels", rels_xml(doc_rels_, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"));
    return all;
  }

  // Writes the package as `name` in `dir` and returns its path.
  std::string write(const TempDir& dir, const std::string& name = "test.docx") const {
    const std::string path = (dir.path() / name).string();
    write_zip(path, entries());
    return path;
  }

  static void write_zip(const std::string& path, const std::map<std::string, std::string>& files) {
    int error = 0;
    zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (z == nullptr) throw std::runtime_error("cannot create " + path);
    for (const auto& [name, content] : files) {
      zip_source_t* s = zip_source_buffer(z, content.data(), content.size(), 0);
      if (s == nullptr || zip_file_add(z, name.c_str(), s, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE) < 0) {
        if (s != nullptr) zip_source_free(s);
        zip_discard(z);
        throw std::runtime_error("cannot add " + name);
      }
    }
    if (zip_close(z) != 0) throw std::runtime_error("cannot write " + path);
  }

 private:
  struct Rel {
    std::string id, type, target;
    bool external;
  };
  static std::string rels_xml(const std::vector<Rel>& rels, const std::string& type_base) {
    std::string x = R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)";
    for (const Rel& r : rels) {
      const std::string type = r.type.find("://") != std::string::npos ? r.type
                               : r.type == "people" ? "http://schemas.microsoft.com/office/2011/relationships/people"
                               : r.type.starts_with("metadata/") ? "http://schemas.openxmlformats.org/package/2006/relationships/" + r.type
                                                                : type_base + r.type;
      x += "<Relationship Id=\"" + r.id + "\" Type=\"" + type + "\" Target=\"" + r.target + "\"" +
           (r.external ? " TargetMode=\"External\"" : "") + "/>";
    }
    return x + "</Relationships>";
  }

  std::map<std::string, std::string> entries_;
  std::vector<Rel> doc_rels_;
  std::vector<Rel> package_rels_;
  bool raw_ = false;
};

// Every entry of a zip file, by name (for checking a fixture's anchors against its XML).
inline std::map<std::string, std::string> read_zip_entries(const std::string& path) {
  std::map<std::string, std::string> out;
  int error = 0;
  zip_t* z = zip_open(path.c_str(), ZIP_RDONLY, &error);
  if (z == nullptr) throw std::runtime_error("cannot open " + path);
  const zip_int64_t n = zip_get_num_entries(z, 0);
  for (zip_int64_t i = 0; i < n; ++i) {
    zip_stat_t st;
    zip_stat_index(z, static_cast<zip_uint64_t>(i), 0, &st);
    std::string content(static_cast<std::size_t>(st.size), '\0');
    zip_file_t* f = zip_fopen_index(z, static_cast<zip_uint64_t>(i), 0);
    if (f != nullptr) {
      zip_fread(f, content.data(), content.size());
      zip_fclose(f);
    }
    out.emplace(st.name, std::move(content));
  }
  zip_discard(z);
  return out;
}

// The text of carrier `node` of part `part_name`, found the way the writer will: parse the
// part again and enumerate its carriers.
class CarrierLookup {
 public:
  explicit CarrierLookup(const std::map<std::string, std::string>& entries) : entries_(entries) {}

  std::string text(const std::string& part_name, std::uint32_t node) {
    auto& parsed = parsed_[part_name];
    if (!parsed.doc) {
      parsed.bytes = entries_.at(part_name);
      parsed.doc = std::make_unique<pugi::xml_document>();
      read::docx::parse_part(*parsed.doc, parsed.bytes, part_name, "test", 512);
      parsed.carriers = read::docx::enumerate_carriers(*parsed.doc);
    }
    if (node >= parsed.carriers.size()) return "<no carrier " + std::to_string(node) + ">";
    std::string scratch;
    return std::string(read::docx::carrier_text(parsed.carriers[node], scratch));
  }
  std::size_t count(const std::string& part_name) {
    text(part_name, 0);
    return parsed_[part_name].carriers.size();
  }
  std::vector<read::docx::Carrier>& carriers(const std::string& part_name) {
    text(part_name, 0);
    return parsed_[part_name].carriers;
  }

 private:
  struct Parsed {
    std::string bytes;
    std::unique_ptr<pugi::xml_document> doc;
    std::vector<read::docx::Carrier> carriers;
  };
  std::map<std::string, std::string> entries_;
  std::map<std::string, Parsed> parsed_;
};

// Every block's anchors are sorted, cover its text without gaps, and every docx_text
// anchor's bytes equal the bytes of the carrier it names (when lengths agree).
inline void expect_exact_docx_anchors(const Document& doc, CarrierLookup& carriers) {
  for (const Block& b : doc.blocks) {
    std::uint32_t covered = 0;
    for (const Anchor& a : b.anchors) {
      EXPECT_EQ(a.begin, covered) << "gap or overlap in anchors of: " << b.text;
      covered = a.end;
      if (a.source != SourceKind::docx_text) continue;
      ASSERT_LT(a.part, doc.parts.size());
      const std::string source = carriers.text(doc.parts[a.part], a.node);
      ASSERT_LE(a.offset + a.length, source.size()) << b.text;
      if (a.end - a.begin == a.length) {
        EXPECT_EQ(b.text.substr(a.begin, a.end - a.begin), source.substr(a.offset, a.length))
            << "in block " << to_string(b.kind) << " \"" << b.text << "\"";
      }
    }
    EXPECT_EQ(covered, b.text.size()) << "anchors do not cover: " << b.text;
  }
}

// The reader's promise that nothing readable escapes: every carrier of every part it read
// either has an anchor in some block, or holds text (or whitespace) that an anchored
// carrier also holds.
inline void expect_every_carrier_placed(const Document& doc, CarrierLookup& carriers) {
  std::map<std::pair<std::uint32_t, std::uint32_t>, bool> anchored;
  for (const Block& b : doc.blocks)
    for (const Anchor& a : b.anchors)
      if (a.source == SourceKind::docx_text) anchored[{a.part, a.node}] = true;
  std::set<std::string> anchored_texts;
  for (const auto& [key, _] : anchored) anchored_texts.insert(carriers.text(doc.parts[key.first], key.second));
  for (std::uint32_t part = 0; part < doc.parts.size(); ++part) {
    const std::size_t n = carriers.count(doc.parts[part]);
    for (std::uint32_t i = 0; i < n; ++i) {
      if (anchored.count({part, i}) != 0) continue;
      const std::string text = carriers.text(doc.parts[part], i);
      if (text.find_first_not_of(" \t\r\n") == std::string::npos) continue;
      EXPECT_TRUE(anchored_texts.count(text) != 0)
          << "carrier " << i << " of " << doc.parts[part] << " ("
          << read::docx::to_string(carriers.carriers(doc.parts[part])[i].role) << ") is in no block: " << text;
    }
  }
}

}  // namespace dhr::test
