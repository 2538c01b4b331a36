// Glyph anchors of the PDF reader must be exact: a PDF redactor removes the glyphs they
// point at. Checked two ways: against Poppler itself (every anchor's word, glyph range
// and first box), and against `pdftotext -bbox` word positions for known words.
#include <gtest/gtest.h>

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-page.h>

#include <cmath>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dhr/reader.h"
#include "test_files.h"

namespace dhr {
namespace {

using test::testdata;

// The code points of s, as UTF-32.
std::u32string code_points(std::string_view s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    const int n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    char32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
    for (int k = 1; k < n && i + static_cast<std::size_t>(k) < s.size(); ++k)
      cp = (cp << 6) | (static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]) & 0x3F);
    out += cp;
    i += static_cast<std::size_t>(n);
  }
  return out;
}

std::u32string poppler_word(const poppler::text_box& w) {
  const poppler::ustring u = w.text();
  std::u32string out;
  for (std::size_t i = 0; i < u.size(); ++i) {
    char32_t c = u[i];
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < u.size()) c = 0x10000 + ((c - 0xD800) << 10) + (u[++i] - 0xDC00);
    out += c;
  }
  return out;
}

// Anchors cover each block's text in order; every pdf_glyphs anchor names a word of
// Poppler's text_list() whose glyphs [offset, offset + length) spell the anchored text,
// and whose first glyph box is Document::glyph_boxes[box].
void expect_exact_anchors(const std::string& path) {
  SCOPED_TRACE(path);
  const Document doc = read_pdf(path);
  std::unique_ptr<poppler::document> pdf(poppler::document::load_from_file(path));
  ASSERT_TRUE(pdf);
  std::vector<std::vector<poppler::text_box>> words(static_cast<std::size_t>(doc.pages) + 1);
  for (int p = 1; p <= doc.pages; ++p) {
    std::unique_ptr<poppler::page> page(pdf->create_page(p - 1));
    words[static_cast<std::size_t>(p)] = page->text_list();
  }
  int checked = 0;
  for (const Block& b : doc.blocks) {
    std::uint32_t covered = 0;
    for (const Anchor& a : b.anchors) {
      EXPECT_EQ(a.begin, covered) << "gap or overlap in: " << b.text;
      covered = a.end;
      if (a.source != SourceKind::pdf_glyphs) continue;
      ASSERT_GE(a.part, 1u);
      ASSERT_LE(a.part, static_cast<std::uint32_t>(doc.pages));
      const auto& page_words = words[a.part];
      ASSERT_LT(a.node, page_words.size());
      const poppler::text_box& w = page_words[a.node];
      const std::u32string glyphs = poppler_word(w);
      ASSERT_LE(a.offset + a.length, glyphs.size()) << b.text;
      EXPECT_EQ(code_points(std::string_view(b.text).substr(a.begin, a.end - a.begin)),
                glyphs.substr(a.offset, a.length))
          << "block: " << b.text;
      ASSERT_LT(a.box + a.length - 1, doc.glyph_boxes.size());
      const Box& box = doc.glyph_boxes[a.box];
      const poppler::rectf r = w.char_bbox(a.offset);
      EXPECT_DOUBLE_EQ(box.x0, r.left());
      EXPECT_DOUBLE_EQ(box.y0, r.top());
      EXPECT_DOUBLE_EQ(box.x1, r.right());
      ++checked;
    }
    EXPECT_EQ(covered, b.text.size()) << "anchors do not cover: " << b.text;
  }
  EXPECT_GT(checked, 10);
}

TEST(PdfAnchors, ExactAgainstPopplerOnEveryFixture) {
  for (const char* f : {"structure.pdf", "twocolumn.pdf", "headings.pdf", "annotated.pdf"})
    expect_exact_anchors(testdata(std::string("fixtures/") + f));
  // Rotated text, a hyphen kept before a capital, a form field's visible value.
  expect_exact_anchors(std::string(DHR_TESTDATA_DIR) + "/../tests/unit/pdf_data/extras.pdf");
}

// The box of the glyph at byte `offset` of the block's text.
Box glyph_box(const Document& doc, const Block& b, std::size_t offset) {
  const SourcePosition pos = b.locate(offset);
  EXPECT_EQ(pos.source, SourceKind::pdf_glyphs);
  if (pos.anchor == nullptr) return {};
  return doc.glyph_boxes[pos.anchor->box + (pos.offset - pos.anchor->offset)];
}

void expect_at(const Box& box, double x0, double y0) {
  // pdftotext -bbox prints the same TextOutputDev coordinates; allow rounding.
  EXPECT_NEAR(box.x0, x0, 0.01);
  EXPECT_NEAR(box.y0, y0, 0.01);
}

const Block& block_containing(const Document& doc, std::string_view needle) {
  for (const Block& b : doc.blocks)
    if (b.text.find(needle) != std::string::npos) return b;
  ADD_FAILURE() << "no block contains " << needle;
  static const Block none;
  return none;
}

// Word positions from `pdftotext -bbox -f 1 -l 1 testdata/fixtures/structure.pdf -`.
TEST(PdfAnchors, FirstGlyphsWherePdftotextPutsTheWords) {
  const Document doc = read_pdf(testdata("fixtures/structure.pdf"));
  const Block& heading = block_containing(doc, "Introduction");
  expect_at(glyph_box(doc, heading, 0), 107.0, 149.400764);  // <word xMin="107.000000" yMin="149.400764">Introduction

  // "…remembered Natasha" / "Okafor as calm": the second half of the name starts a line.
  const Block& family = block_containing(doc, "remembered Natasha Okafor as calm");
  const std::size_t okafor = family.text.find("Natasha Okafor as calm") + 8;
  expect_at(glyph_box(doc, family, okafor), 71.0, 611.125764);
  const SourcePosition pos = family.locate(okafor);
  EXPECT_EQ(pos.part, 1u);
  EXPECT_EQ(pos.offset, 0u);

  // "safe-" / "guarding": the hyphen is out of the text and no anchor covers its glyph.
  const Block& agencies = block_containing(doc, "adult safeguarding gave");
  const std::size_t safe = agencies.text.find("safeguarding");
  expect_at(glyph_box(doc, agencies, safe), 461.3585, 645.125764);
  expect_at(glyph_box(doc, agencies, safe + 4), 71.0, 659.225764);  // "guarding", next line
  const Anchor* safe_anchor = agencies.locate(safe).anchor;
  ASSERT_NE(safe_anchor, nullptr);
  EXPECT_EQ(safe_anchor->end - safe_anchor->begin, 4u);
  EXPECT_EQ(safe_anchor->length, 4u);  // s, a, f, e: the fifth glyph (the hyphen) is left out
  const Box& hyphen = doc.glyph_boxes[safe_anchor->box + 4];
  EXPECT_NEAR(hyphen.x1, 487.48, 0.01);  // pdftotext's xMax of "safe-"

  // "Oka-" / "for,": the name is whole, each half anchored to its own word.
  const Block& friends = block_containing(doc, "Daniel Okafor, began");
  const std::size_t oka = friends.text.find("Okafor, began");
  expect_at(glyph_box(doc, friends, oka), 492.3755, 713.225764);
  expect_at(glyph_box(doc, friends, oka + 3), 71.0, 727.325764);
  EXPECT_EQ(friends.locate(oka).anchor->length, 3u);
}

// `pdftotext -bbox testdata/fixtures/twocolumn.pdf -`: "Housing" heads the right column.
TEST(PdfAnchors, RightColumnWordKeepsItsPlace) {
  const Document doc = read_pdf(testdata("fixtures/twocolumn.pdf"));
  const Block& p5 = block_containing(doc, "Anytown Housing received");
  EXPECT_EQ(p5.number, "5.");
  expect_at(glyph_box(doc, p5, p5.text.find("Housing")), 383.7715, 92.625764);
}

}  // namespace
}  // namespace dhr
