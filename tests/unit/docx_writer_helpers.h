// Helpers for the DOCX writer's tests: edits made by hand from a block's text, the raw XML
// of an output, and the checks every round trip repeats (the original is gone from every
// part's bytes, the input file did not change, the output reads again).
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "dhr/docx_writer.h"
#include "dhr/policy.h"
#include "dhr/reader.h"
#include "docx_test_package.h"

namespace dhr::test {

// The first block whose text contains `needle` (optionally of a kind), or -1.
inline long find_block(const Document& doc, const std::string& needle, std::optional<BlockKind> kind = std::nullopt) {
  for (std::size_t i = 0; i < doc.blocks.size(); ++i)
    if ((!kind || doc.blocks[i].kind == *kind) && doc.blocks[i].text.find(needle) != std::string::npos)
      return static_cast<long>(i);
  return -1;
}

// An edit replacing the first occurrence of `original` in block `block` (at or after `from`).
inline Edit edit_in(const Document& doc, long block, const std::string& original, const std::string& replacement,
                    Category category = Category::person, std::size_t from = 0) {
  Edit e;
  EXPECT_GE(block, 0) << "no block for " << original;
  if (block < 0) return e;
  const std::string& text = doc.blocks[static_cast<std::size_t>(block)].text;
  const std::size_t at = text.find(original, from);
  EXPECT_NE(at, std::string::npos) << original << " not in: " << text;
  e.block = static_cast<std::size_t>(block);
  e.begin = static_cast<std::uint32_t>(at);
  e.end = static_cast<std::uint32_t>(at + original.size());
  e.replacement = replacement;
  e.category = category;
  e.original = original;
  return e;
}

// Edits for every occurrence of `original` in every block of the given kinds (all kinds
// when empty), in document order, as plan_edits would give them.
inline std::vector<Edit> edits_everywhere(const Document& doc, const std::string& original, const std::string& replacement,
                                          Category category = Category::person) {
  std::vector<Edit> out;
  for (std::size_t b = 0; b < doc.blocks.size(); ++b) {
    const std::string& text = doc.blocks[b].text;
    for (std::size_t at = text.find(original); at != std::string::npos; at = text.find(original, at + original.size()))
      out.push_back(edit_in(doc, static_cast<long>(b), original, replacement, category, at));
  }
  return out;
}

// Sorted by block and offset, as Plan::edits are.
inline void sort_edits(std::vector<Edit>& edits) {
  std::sort(edits.begin(), edits.end(),
            [](const Edit& a, const Edit& b) { return a.block != b.block ? a.block < b.block : a.begin < b.begin; });
}

inline std::string file_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// FNV-1a of a file's bytes: "the input is unchanged" before and after.
inline std::uint64_t file_hash(const std::string& path) {
  std::uint64_t h = 1469598103934665603ull;
  for (unsigned char c : file_bytes(path)) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

inline bool is_xml_entry(const std::string& name) {
  return name.ends_with(".xml") || name.ends_with(".rels") || name.ends_with(".vml");
}

// `text` as it can appear in XML bytes: as is, and with the characters XML escapes.
inline std::vector<std::string> xml_forms(const std::string& text) {
  std::string escaped;
  for (char c : text) {
    if (c == '&') escaped += "&amp;";
    else if (c == '<') escaped += "&lt;";
    else if (c == '>') escaped += "&gt;";
    else if (c == '"') escaped += "&quot;";
    else if (c == '\'') escaped += "&apos;";
    else escaped += c;
  }
  return escaped == text ? std::vector<std::string>{text} : std::vector<std::string>{text, escaped};
}

// Names of the XML entries of `entries` whose raw bytes contain `text` (or its escaped form).
inline std::vector<std::string> parts_containing(const std::map<std::string, std::string>& entries, const std::string& text) {
  std::vector<std::string> out;
  for (const auto& [name, bytes] : entries) {
    if (!is_xml_entry(name)) continue;
    for (const std::string& form : xml_forms(text))
      if (bytes.find(form) != std::string::npos) {
        out.push_back(name);
        break;
      }
  }
  return out;
}

inline std::string joined(const std::vector<std::string>& v) {
  std::string s;
  for (const std::string& x : v) s += (s.empty() ? "" : ", ") + x;
  return s;
}

// The text of every block of a document, joined (for "the replacement is there").
inline std::string all_text(const Document& doc) {
  std::string s;
  for (const Block& b : doc.blocks) s += b.text + "\n";
  return s;
}

// Writes the anonymised copy and checks what every round trip must hold: the input is
// unchanged, the output exists and reads again without error, no temporary file is left.
inline Document write_and_reread(const std::string& source, const Document& doc, const std::vector<Edit>& edits,
                                 const std::string& out, SanitiseReport& report) {
  const std::uint64_t before = file_hash(source);
  write_anonymised_docx(source, doc, edits, out, report);
  EXPECT_EQ(file_hash(source), before) << "the input changed";
  EXPECT_TRUE(std::filesystem::exists(out));
  for (const auto& entry : std::filesystem::directory_iterator(std::filesystem::path(out).parent_path()))
    EXPECT_EQ(entry.path().filename().string().find(".dhr-"), std::string::npos) << "temporary file left: " << entry.path();
  return read_docx(out);
}

// Whether the report has a line containing `words`.
inline bool reported(const SanitiseReport& r, const std::string& words) {
  for (const std::string& a : r.actions)
    if (a.find(words) != std::string::npos) return true;
  return false;
}

// A real, decodable 8x8 grey JPEG made by hand: one grey component, a quantisation table
// of ones, and Huffman tables with a single one-bit code each (DC difference 0, then
// end-of-block), so the whole scan is the two bits "00" padded with ones: 0x3F.
inline std::string tiny_jpeg(const std::string& app_segments_after_jfif = {}) {
  std::string j("\xFF\xD8", 2);
  j += std::string("\xFF\xE0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00", 18);
  j += app_segments_after_jfif;
  j += std::string("\xFF\xDB\x00\x43\x00", 5) + std::string(64, '\x01');
  j += std::string("\xFF\xC0\x00\x0B\x08\x00\x08\x00\x08\x01\x01\x11\x00", 13);
  const std::string counts = std::string("\x01", 1) + std::string(15, '\0');
  j += std::string("\xFF\xC4\x00\x14\x00", 5) + counts + std::string("\x00", 1);  // DC table 0
  j += std::string("\xFF\xC4\x00\x14\x10", 5) + counts + std::string("\x00", 1);  // AC table 0
  j += std::string("\xFF\xDA\x00\x08\x01\x01\x00\x00\x3F\x00", 10);
  j += "\x3F";
  j += "\xFF\xD9";
  return j;
}

// A JPEG segment: marker, big-endian length (counting itself), body.
inline std::string jpeg_segment(unsigned char marker, const std::string& body) {
  const std::size_t n = body.size() + 2;
  return std::string{'\xFF', static_cast<char>(marker), static_cast<char>(n >> 8), static_cast<char>(n & 0xFF)} + body;
}

inline std::uint32_t crc32_of(const std::string& bytes) {
  std::uint32_t crc = 0xFFFFFFFFu;
  for (unsigned char c : bytes) {
    crc ^= c;
    for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
  }
  return ~crc;
}

inline std::string be32(std::uint32_t v) {
  return {static_cast<char>(v >> 24), static_cast<char>(v >> 16), static_cast<char>(v >> 8), static_cast<char>(v)};
}

// A PNG chunk with its length and CRC.
inline std::string png_chunk(const std::string& type, const std::string& data) {
  return be32(static_cast<std::uint32_t>(data.size())) + type + data + be32(crc32_of(type + data));
}

// `png` with `chunks` inserted right after its IHDR chunk.
inline std::string png_with(const std::string& png, const std::string& chunks) {
  const std::size_t after_ihdr = 8 + 12 + 13;
  return png.substr(0, after_ihdr) + chunks + png.substr(after_ihdr);
}

}  // namespace dhr::test
