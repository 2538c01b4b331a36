#include "write/pdf_show_rewrite.h"

#include <algorithm>
#include <cmath>

#include "write/pdf_standard_font.h"

namespace dhr::write::pdf {
namespace {

constexpr double kMinFit = 0.5;       // a replacement is squeezed to half its width, then shrunk
constexpr double kTestHeight = 0.25;  // em above the baseline where a glyph is tested

struct Event {
  enum Kind { kept, removed, gap } kind = kept;
  std::string bytes;    // a kept glyph's code bytes
  double advance = 0;   // along the line, in text space
  int segment = -1;     // removed: its segment
};

struct Draw {
  int segment = -1;
  Affine matrix;        // the text matrix the piece starts at
  std::string bytes;    // the piece in WinAnsi
  double scaling = 1;   // horizontal scaling for the piece (Tz / 100)
  double size = 0;      // font size for the piece (Tf)
  double shift = 0;     // how far the operation's text before the piece closed up (text space)
  bool shifted = false; // `shift` is set
  double advance = 0;   // the piece's width along the line, in text space
};

struct Item {
  bool number = false;
  std::string bytes;
  double advance = 0;
};

std::string name_token(const std::string& name) { return QPDFObjectHandle::newName(name).unparse(); }

std::string matrix_operands(const Affine& m) {
  return pdf_number(m.a) + " " + pdf_number(m.b) + " " + pdf_number(m.c) + " " + pdf_number(m.d) + " " +
         pdf_number(m.e) + " " + pdf_number(m.f);
}

// Where and how wide the piece of `hit`'s segment is drawn: at the segment's first box
// (the glyph hit may be a later one when the stream draws out of order), as wide as the
// segment, squeezed but never stretched.
Draw plan_draw(const Hit& hit, const Affine& tm, const Affine& glyph, const GraphicsState& gs, PageMarks& marks) {
  const Segment& seg = marks.segments[static_cast<std::size_t>(hit.segment)];
  const TextParams& tp = gs.text;
  Draw d;
  d.segment = hit.segment;
  d.bytes = to_win_ansi(seg.piece, &marks.lossy);
  const Affine text_to_page = tm.then(gs.ctm);
  const double natural = helvetica_width(d.bytes) * tp.size * tp.scaling;
  const double natural_page = std::abs(natural) * text_to_page.x_scale();
  double room = seg.extent.x1 - seg.extent.x0;
  if (!text_to_page.upright()) room = std::max(room, seg.extent.y1 - seg.extent.y0);
  // Squeezed down to kMinFit, then made smaller as well: a piece never runs over the
  // words after it (a long neutral phrase in the place of a short surname).
  const double fit = natural_page > 0 ? std::min(room / natural_page, 1.0) : 1.0;
  const double squeeze = std::max(fit, kMinFit);
  d.scaling = tp.scaling * squeeze;
  d.size = tp.size * (fit / squeeze);
  d.advance = natural * fit;
  d.matrix = tm;
  if (hit.box != 0 && text_to_page.upright() && text_to_page.a > 0) {
    double gx = 0, gy = 0;
    glyph.apply(0, kTestHeight, gx, gy);
    d.matrix = Affine::translate((seg.lead().x0 - gx) / text_to_page.a, 0).then(tm);
  }
  return d;
}

// Removed glyphs must sit on the boxes Poppler gave for them: if they do not, the
// interpretation has gone wrong somewhere and the page cannot be edited glyph by glyph.
void check_and_cover(const Hit& hit, const Affine& glyph, double width, double test_y, PageMarks& marks) {
  marks.hits.cover(hit);
  if (!glyph.upright()) return;
  double x0 = 0, x1 = 0, y = 0;
  glyph.apply(0, kTestHeight, x0, y);
  glyph.apply(width, kTestHeight, x1, y);
  if (x1 < x0) std::swap(x0, x1);
  const Box& box = marks.segments[static_cast<std::size_t>(hit.segment)].boxes[static_cast<std::size_t>(hit.box)];
  const double tolerance = std::max(0.6, 0.1 * (box.y1 - box.y0));
  if (box.x0 < x0 - tolerance || box.x1 > x1 + tolerance)
    marks.untrusted = "glyphs that do not fall on the boxes Poppler gave for them";
  marks.hits.cover(hit.segment, x0, x1, test_y);
}

// The TJ items: kept glyphs, and displacements where glyphs were removed. A run of
// removed glyphs whose piece is narrower than the run takes only the piece's width, so
// the rest of the operation — the word's tail ("N|'s"), the words after it — closes up
// to the replacement; the width saved is given back at the end of the operation, so
// nothing after it moves. Each draw's `shift` says how far its neighbours moved left
// before it, so the piece moves with them.
std::vector<Item> build_items(const std::vector<Event>& events, std::vector<Draw>& draws) {
  std::vector<Item> items;
  auto num = [&items](double adv) {
    if (adv == 0) return;
    if (!items.empty() && items.back().number) items.back().advance += adv;
    else items.push_back({true, {}, adv});
  };
  auto glyph = [&items](const std::string& b) {
    if (!items.empty() && !items.back().number) items.back().bytes += b;
    else items.push_back({false, b, 0});
  };
  auto draw_of = [&draws](int seg) -> Draw* {
    for (Draw& d : draws)
      if (d.segment == seg) return &d;
    return nullptr;
  };
  int run = -1;
  double run_advance = 0, saved = 0;
  auto close_run = [&]() {
    if (run < 0) return;
    const Draw* d = draw_of(run);
    if (d != nullptr && d->advance >= 0 && d->advance < run_advance) {
      num(d->advance);
      saved += run_advance - d->advance;
    } else {
      num(run_advance);
    }
    run = -1;
    run_advance = 0;
  };
  for (const Event& e : events) {
    switch (e.kind) {
      case Event::removed:
        if (run >= 0 && run != e.segment) close_run();
        if (run < 0) {
          if (Draw* d = draw_of(e.segment); d != nullptr && !d->shifted) {
            d->shift = saved;
            d->shifted = true;
          }
        }
        run = e.segment;
        run_advance += e.advance;
        break;
      case Event::kept:
        close_run();
        glyph(e.bytes);
        break;
      case Event::gap:
        if (run >= 0) run_advance += e.advance;
        else num(e.advance);
        break;
    }
  }
  close_run();
  num(saved);
  return items;
}

}  // namespace

std::string pdf_number(double v) {
  if (std::abs(v) < 5e-7) v = 0;
  return QPDFObjectHandle::newReal(v, 6, true).unparse();
}

std::optional<std::string> rewrite_show(const std::vector<QPDFObjectHandle>& elements, const std::string& prefix,
                                        const GraphicsState& gs, TextObject& text, PageMarks& marks,
                                        const std::string& helvetica, bool* helvetica_used) {
  const TextParams& tp = gs.text;
  const FontGeometry* font = tp.font;
  if (font == nullptr || !font->known) {
    // Without widths no glyph after this one can be placed: the page is re-rendered.
    marks.untrusted = font == nullptr ? "text in a font the page does not define" : "text in " + font->why;
    return std::nullopt;
  }
  const double fs = tp.size;
  const double th = tp.scaling;
  const std::size_t step = static_cast<std::size_t>(font->code_bytes);
  std::vector<Event> events;
  std::vector<Draw> draws;
  bool removed_any = false;

  for (QPDFObjectHandle el : elements) {
    if (el.isNumber()) {
      const double adv = -el.getNumericValue() / 1000.0 * fs * th;
      events.push_back({Event::gap, {}, adv, -1});
      text.advance += adv;
      continue;
    }
    if (!el.isString()) continue;
    const std::string s = el.getStringValue();
    if (s.size() % step != 0) marks.untrusted = "a string that splits a two-byte character code";
    for (std::size_t i = 0; i + step <= s.size(); i += step) {
      const auto hi = static_cast<unsigned char>(s[i]);
      const std::uint32_t code = step == 1 ? hi : (hi << 8) | static_cast<unsigned char>(s[i + 1]);
      const double w0 = font->width(code) * font->scale;
      const double adv = (w0 * fs + tp.char_spacing + (step == 1 && code == 32 ? tp.word_spacing : 0)) * th;
      const Affine tm = text.matrix();
      const Affine glyph = Affine{fs * th, 0, 0, fs, 0, tp.rise}.then(tm).then(gs.ctm);
      double px = 0, py = 0;
      glyph.apply(w0 / 2, kTestHeight, px, py);
      const Hit hit = marks.hits.at(px, py);
      if (hit.segment >= 0 && !hit.tail) {
        removed_any = true;
        ++marks.glyphs_removed;
        if (tp.render == 3 || tp.render == 7) marks.untrusted = "invisible text (a scan's text layer) in an edit";
        check_and_cover(hit, glyph, w0, py, marks);
        if (!marks.drawn[static_cast<std::size_t>(hit.segment)]) {
          draws.push_back(plan_draw(hit, tm, glyph, gs, marks));
          marks.drawn[static_cast<std::size_t>(hit.segment)] = 1;
        }
        events.push_back({Event::removed, {}, adv, hit.segment});
      } else {
        events.push_back({Event::kept, s.substr(i, step), adv, hit.tail ? hit.segment : -1});
      }
      text.advance += adv;
    }
  }
  if (!removed_any) return std::nullopt;
  const double em = fs * th;
  if (em == 0) {
    marks.untrusted = "text of size zero in an edit";
    return std::nullopt;
  }

  QPDFObjectHandle array = QPDFObjectHandle::newArray();
  for (const Item& item : build_items(events, draws)) {
    if (!item.number) {
      array.appendItem(QPDFObjectHandle::newString(item.bytes));
      continue;
    }
    const double n = -item.advance * 1000.0 / em;
    if (std::abs(n) >= 0.0005) array.appendItem(QPDFObjectHandle::newReal(n, 3, true));
  }
  std::string out = prefix.empty() ? std::string() : prefix + "\n";
  out += array.unparse() + " TJ";

  bool drew = false;
  for (const Draw& d : draws) {
    if (d.bytes.empty()) continue;
    out += "\n" + name_token(helvetica) + " " + pdf_number(d.size) + " Tf";
    if (tp.char_spacing != 0) out += " 0 Tc";
    if (tp.word_spacing != 0) out += " 0 Tw";
    out += " " + pdf_number(d.scaling * 100) + " Tz " + matrix_operands(Affine::translate(-d.shift, 0).then(d.matrix)) + " Tm ";
    out += QPDFObjectHandle::newString(d.bytes).unparse() + " Tj";
    ++marks.pieces_drawn;
    drew = true;
  }
  if (drew) {
    if (tp.font_name.empty()) marks.untrusted = "text in a font set by a graphics state";
    *helvetica_used = true;
    // Back to the state the following operations expect.
    out += "\n" + name_token(tp.font_name.empty() ? helvetica : tp.font_name) + " " + pdf_number(fs) + " Tf";
    if (tp.char_spacing != 0) out += " " + pdf_number(tp.char_spacing) + " Tc";
    if (tp.word_spacing != 0) out += " " + pdf_number(tp.word_spacing) + " Tw";
    out += " " + pdf_number(th * 100) + " Tz " + matrix_operands(text.line) + " Tm";
    const double n = -text.advance * 1000.0 / em;
    if (std::abs(n) >= 0.0005) out += " [" + pdf_number(n) + "] TJ";
  }
  return out;
}

}  // namespace dhr::write::pdf
