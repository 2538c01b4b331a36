// Interpreting and rewriting one content stream (internal): a page's, or a form
// XObject's for its marked content.
//
// With page marks (a page that has edits) the interpreter tracks the graphics and text
// state (q/Q, cm, BT/ET, Tf, Tc, Tw, Tz, TL, Ts, Tr, Td, TD, Tm, T*, gs fonts) so that
// each text-showing operation can be handed to rewrite_show with every glyph's place on
// the page. Form XObjects the page draws are followed (with their matrix) only to look:
// an edit's glyph inside a form — which other pages may draw too — marks the page
// untrusted rather than being edited there.
//
// With or without marks, marked-content property lists written inline (BDC, DP) have
// their strings (/ActualText, /Alt, /E, /T) rewritten through the text rules: they are
// text a reader can extract that no glyph box anchors.
//
// Operations that do not change are copied byte for byte.
#pragma once

#include <cstddef>
#include <optional>
#include <set>
#include <string>

#include "write/pdf_affine.h"
#include "write/pdf_fonts.h"
#include "write/pdf_qpdf.h"
#include "write/pdf_show_rewrite.h"
#include "write/pdf_text_rules.h"
#include "write/pdf_text_state.h"

namespace dhr::write::pdf {

class ContentRewriter {
 public:
  // `marks` is null when only marked content is to be rewritten. `helvetica` is the
  // resource name the page will give the replacement font.
  ContentRewriter(QPDF& pdf, FontCache& fonts, const TextRules& rules, PageMarks* marks, std::string helvetica);

  // The content with its edits made, or nullopt when nothing changed. `ctm` maps the
  // content's user space to Poppler's page space. Throws std::exception (from qpdf) when
  // the content cannot be tokenised.
  std::optional<std::string> rewrite(const std::string& content, QPDFObjectHandle resources, const Affine& ctm);

  bool helvetica_used() const { return helvetica_used_; }
  std::size_t marked_content_rewritten() const { return marked_rewritten_; }

 private:
  std::optional<std::string> run(const std::string& content, QPDFObjectHandle resources, const Affine& ctm,
                                 const TextParams& inherited, bool look_only, int depth);
  void follow_form(QPDFObjectHandle resources, const std::string& name, const Affine& ctm, const TextParams& text,
                   int depth);
  std::optional<std::string> rewrite_properties(Operation& op);

  QPDF& pdf_;
  FontCache& fonts_;
  const TextRules& rules_;
  PageMarks* marks_;
  std::string helvetica_;
  bool helvetica_used_ = false;
  std::size_t marked_rewritten_ = 0;
  std::set<QPDFObjGen> forms_open_;  // forms being interpreted: a form drawing itself is a loop
};

}  // namespace dhr::write::pdf
