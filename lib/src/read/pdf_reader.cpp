// The PDF reader: dhr::read_pdf.
//
// Stages, one file each:
//   pdf_open          load with Poppler; errors for damaged, encrypted, oversized files
//   pdf_words         each page's words and glyph boxes (Poppler text_list)
//   pdf_lines         words into lines, two-column pages into reading order
//   pdf_running_headers  running headers, footers, page numbers out of the flow
//   pdf_body_style    body text size and line pitch, the yardsticks of what follows
//   pdf_footnotes     footnote lines at page bottoms
//   pdf_tables        rows of text with aligned wide gaps
//   pdf_paragraphs    lines into headings, paragraphs and list items (pdf_flow: what a
//                     line starts and ends with; pdf_headings: levels; pdf_block_text:
//                     words into text with glyph anchors)
//   pdf_page_parts    header, footer, footnote and rotated-text blocks
//   pdf_metadata      Info dictionary, XMP, outline
//   pdf_objects       annotations, form fields, alt text, embedded files (qpdf)
//
// Cost: one text_list() per page, plus a font pass only on pages where a line might be
// a bold heading at body size (see pdf_words.h).
#include <sys/mman.h>

#include <algorithm>
#include <cstdint>
#include <cmath>
#include <memory>
#include <vector>

#include <poppler-page.h>

#include "dhr/error.h"
#include "dhr/reader.h"
#include "read/pdf_body_style.h"
#include "read/pdf_footnotes.h"
#include "read/pdf_layout.h"
#include "read/pdf_lines.h"
#include "read/pdf_metadata.h"
#include "read/pdf_objects.h"
#include "read/pdf_open.h"
#include "read/pdf_page_parts.h"
#include "read/pdf_paragraphs.h"
#include "read/pdf_running_headers.h"
#include "read/pdf_tables.h"
#include "read/pdf_words.h"
#include "read/pdf_ustring.h"
#include "text/utf8.h"

namespace dhr {
namespace {

using namespace read::pdf;

// Poppler's word boxes are taller than the font size by a factor fixed by the font's
// ascent and descent. Words read with fonts give that factor; without any, the lightest
// page is read again with fonts to learn it.
double points_per_box_height(std::vector<Page>& pages, const std::vector<std::unique_ptr<poppler::page>>& poppler_pages) {
  if (std::none_of(pages.begin(), pages.end(), [](const Page& p) { return p.fonts_known; })) {
    // The lightest page with some text: the factor is per font, not per page.
    std::size_t pick = pages.size();
    for (std::size_t i = 0; i < pages.size(); ++i)
      if (pages[i].words.size() >= 20 && poppler_pages[i] &&
          (pick == pages.size() || pages[i].words.size() < pages[pick].words.size()))
        pick = i;
    if (pick == pages.size()) return 0;
    add_font_info(*poppler_pages[pick], pages[pick]);
  }
  std::vector<double> ratios;
  for (const Page& p : pages) {
    if (!p.fonts_known) continue;
    for (const Word& w : p.words)
      if (!w.empty() && w.font_size > 0 && w.height() > 0) ratios.push_back(w.font_size / w.height());
  }
  if (ratios.empty()) return 0;
  std::nth_element(ratios.begin(), ratios.begin() + static_cast<std::ptrdiff_t>(ratios.size() / 2), ratios.end());
  return ratios[ratios.size() / 2];
}

// The glyph boxes of a report run to several megabytes, written once in order. On
// virtual machines every 4 KiB page fault costs tens of microseconds, and faulting in
// these boxes one page at a time took a fifth of the extraction time. So the buffer is
// reserved once (from the first page's count), marked for transparent huge pages, and
// the part that will almost surely be filled is faulted in with one call. Hints only:
// where the kernel lacks them nothing changes.
template <typename T>
void prepare_large_buffer(std::vector<T>& v, std::size_t capacity, std::size_t expected) {
  v.reserve(capacity);
#if defined(__linux__)
  constexpr std::uintptr_t kPage = 4096;
  const auto begin = reinterpret_cast<std::uintptr_t>(v.data());
  const std::uintptr_t from = (begin + kPage - 1) & ~(kPage - 1);
  const std::uintptr_t to = (begin + v.capacity() * sizeof(T)) & ~(kPage - 1);
  const std::uintptr_t filled = std::min(to, (begin + expected * sizeof(T)) & ~(kPage - 1));
#if defined(MADV_HUGEPAGE)
  if (to > from) madvise(reinterpret_cast<void*>(from), to - from, MADV_HUGEPAGE);
#endif
#if defined(MADV_POPULATE_WRITE)
  if (filled > from) madvise(reinterpret_cast<void*>(from), filled - from, MADV_POPULATE_WRITE);
#endif
#else
  (void)expected;
#endif
}

template <typename T>
void append(std::vector<T>& to, std::vector<T>&& from) {
  to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
}

}  // namespace

Document read_pdf(const std::string& path, const ReadOptions& options) {
  OpenedPdf pdf = open_pdf(path, options);
  Document doc;
  doc.path = path;
  doc.format = Format::pdf;
  doc.pages = pdf.doc->pages();

  std::vector<std::unique_ptr<poppler::page>> poppler_pages;
  std::vector<Page> pages;
  poppler_pages.reserve(static_cast<std::size_t>(doc.pages));
  pages.reserve(static_cast<std::size_t>(doc.pages));
  for (int i = 0; i < doc.pages; ++i) {
    poppler_pages.emplace_back(pdf.doc->create_page(i));
    if (poppler_pages.back()) {
      pages.push_back(read_page_words(*poppler_pages.back(), i + 1, doc.glyph_boxes));
    } else {
      pages.push_back(Page{});  // Poppler could not build the page: it has no text
      pages.back().number = i + 1;
    }
    layout_lines(pages.back());
    if (i == 0) {
      const std::size_t expected = doc.glyph_boxes.size() * static_cast<std::size_t>(doc.pages);
      prepare_large_buffer(doc.glyph_boxes, expected * 5 / 4 + 1024, expected * 9 / 10);
    }
  }

  mark_running_headers(pages);
  const BodyStyle body = measure_body(pages);
  mark_footnotes(pages, body);
  for (Page& page : pages) mark_tables(page, body);
  BodyFlow flow(pages, body);
  for (std::size_t i : flow.pages_needing_fonts())
    if (poppler_pages[i]) add_font_info(*poppler_pages[i], pages[i]);
  const double points = points_per_box_height(pages, poppler_pages);

  doc.blocks = flow.build_blocks();
  append(doc.blocks, build_page_part_blocks(pages));
  for (Block& b : doc.blocks) {
    const double size = b.font_size * points;
    b.font_size = static_cast<float>(std::round(size * 2) / 2);  // to the half point
  }

  read_info(*pdf.doc, doc.metadata);
  read_xmp(to_utf8(pdf.doc->metadata()), doc.metadata);
  ObjectStrings objects = read_object_strings(path, *pdf.bytes, options.password);
  append(doc.metadata, std::move(objects.metadata));
  append(doc.blocks, metadata_blocks(doc.metadata));
  append(doc.blocks, read_outline(*pdf.doc));
  append(doc.blocks, std::move(objects.blocks));
  return doc;
}

}  // namespace dhr
