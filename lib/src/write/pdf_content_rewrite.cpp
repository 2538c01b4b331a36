#include "write/pdf_content_rewrite.h"

#include <cmath>
#include <utility>
#include <vector>

#include "write/pdf_content_ops.h"
#include "write/pdf_object_strings.h"
#include "write/pdf_text_state.h"

namespace dhr::write::pdf {
namespace {

// Forms drawing forms: real files nest two or three deep.
constexpr int kMaxFormDepth = 12;
// A q without its Q is common; a stack this deep is not a real page.
constexpr std::size_t kMaxStateDepth = 4096;

bool numbers(Operation& op, std::size_t n, double* out) {
  if (op.operands.size() != n) return false;
  for (std::size_t i = 0; i < n; ++i) {
    if (!op.operands[i].isNumber()) return false;
    out[i] = op.operands[i].getNumericValue();
    if (!std::isfinite(out[i])) return false;
  }
  return true;
}

Affine matrix_of(const double* v) { return {v[0], v[1], v[2], v[3], v[4], v[5]}; }

// The array of a /Matrix entry, or identity.
Affine form_matrix(QPDFObjectHandle dict) {
  QPDFObjectHandle m = dict.getKey("/Matrix");
  if (!m.isArray() || m.getArrayNItems() != 6) return {};
  double v[6];
  for (int i = 0; i < 6; ++i) {
    QPDFObjectHandle x = m.getArrayItem(i);
    if (!x.isNumber()) return {};
    v[i] = x.getNumericValue();
  }
  return matrix_of(v);
}

bool mentions_marked_content(const std::string& content) {
  return content.find("BDC") != std::string::npos || content.find("DP") != std::string::npos;
}

}  // namespace

ContentRewriter::ContentRewriter(QPDF& pdf, FontCache& fonts, const TextRules& rules, PageMarks* marks,
                                 std::string helvetica)
    : pdf_(pdf), fonts_(fonts), rules_(rules), marks_(marks), helvetica_(std::move(helvetica)) {}

std::optional<std::string> ContentRewriter::rewrite(const std::string& content, QPDFObjectHandle resources,
                                                    const Affine& ctm) {
  if (marks_ == nullptr && (rules_.empty() || !mentions_marked_content(content))) return std::nullopt;
  return run(content, resources, ctm, TextParams{}, false, 0);
}

std::optional<std::string> ContentRewriter::rewrite_properties(Operation& op) {
  if (op.operands.size() != 2 || !op.operands[1].isDictionary()) return std::nullopt;
  QPDFObjectHandle props = op.operands[1].shallowCopy();
  const std::size_t n = rewrite_strings(props, rules_);
  if (n == 0) return std::nullopt;
  marked_rewritten_ += n;
  return op.operands[0].unparse() + " " + props.unparse() + " " + op.op;
}

void ContentRewriter::follow_form(QPDFObjectHandle resources, const std::string& name, const Affine& ctm,
                                  const TextParams& text, int depth) {
  QPDFObjectHandle xobjects = resources.isDictionary() ? resources.getKey("/XObject") : QPDFObjectHandle();
  QPDFObjectHandle form = xobjects.isDictionary() ? xobjects.getKey(name) : QPDFObjectHandle();
  if (!form.isStream()) return;
  QPDFObjectHandle dict = form.getDict();
  QPDFObjectHandle subtype = dict.getKey("/Subtype");
  if (!subtype.isName() || subtype.getName() != "/Form") return;
  if (depth >= kMaxFormDepth || (form.isIndirect() && forms_open_.count(form.getObjGen()) != 0)) {
    marks_->untrusted = "form XObjects nested too deep or drawing themselves";
    return;
  }
  if (form.isIndirect()) forms_open_.insert(form.getObjGen());
  QPDFObjectHandle own = dict.getKey("/Resources");
  const std::string content = stream_content(form);
  run(content, own.isDictionary() ? own : resources, form_matrix(dict).then(ctm), text, true, depth + 1);
  if (form.isIndirect()) forms_open_.erase(form.getObjGen());
}

std::optional<std::string> ContentRewriter::run(const std::string& content, QPDFObjectHandle resources, const Affine& ctm,
                                                const TextParams& inherited, bool look_only, int depth) {
  std::vector<Operation> ops = parse_operations(pdf_, content);
  QPDFObjectHandle fonts = resources.isDictionary() ? resources.getKey("/Font") : QPDFObjectHandle();
  QPDFObjectHandle states = resources.isDictionary() ? resources.getKey("/ExtGState") : QPDFObjectHandle();

  std::vector<GraphicsState> stack;
  GraphicsState gs;
  gs.ctm = ctm;
  gs.text = inherited;
  TextObject text;
  std::string out;
  std::size_t copied = 0;  // content bytes up to here are in `out` or replaced
  bool changed = false;
  auto splice = [&](const Operation& op, const std::string& replacement) {
    out.append(content, copied, op.begin - copied);
    out += replacement;
    copied = op.end;
    changed = true;
  };

  for (Operation& op : ops) {
    const std::string& o = op.op;
    double v[6];
    if (o == "BDC" || o == "DP") {
      if (look_only) continue;
      if (auto r = rewrite_properties(op)) splice(op, *r);
      continue;
    }
    if (marks_ == nullptr) continue;  // only marked content is rewritten
    if (o == "q") {
      if (stack.size() < kMaxStateDepth) stack.push_back(gs);
    } else if (o == "Q") {
      if (!stack.empty()) {
        gs = stack.back();
        stack.pop_back();
      }
    } else if (o == "cm" && numbers(op, 6, v)) {
      gs.ctm = matrix_of(v).then(gs.ctm);
    } else if (o == "BT") {
      text = TextObject{};
    } else if (o == "Tf" && op.operands.size() == 2 && op.operands[0].isName() && op.operands[1].isNumber()) {
      gs.text.font_name = op.operands[0].getName();
      gs.text.size = op.operands[1].getNumericValue();
      QPDFObjectHandle font = fonts.isDictionary() ? fonts.getKey(gs.text.font_name) : QPDFObjectHandle();
      gs.text.font = font.isDictionary() ? &fonts_.get(font) : nullptr;
    } else if (o == "gs" && op.operands.size() == 1 && op.operands[0].isName()) {
      QPDFObjectHandle state = states.isDictionary() ? states.getKey(op.operands[0].getName()) : QPDFObjectHandle();
      QPDFObjectHandle font = state.isDictionary() ? state.getKey("/Font") : QPDFObjectHandle();
      if (font.isArray() && font.getArrayNItems() == 2 && font.getArrayItem(1).isNumber()) {
        QPDFObjectHandle dict = font.getArrayItem(0);
        gs.text.font_name.clear();  // no resource name to set it back by: see rewrite_show
        gs.text.size = font.getArrayItem(1).getNumericValue();
        gs.text.font = dict.isDictionary() ? &fonts_.get(dict) : nullptr;
      }
    } else if (o == "Tc" && numbers(op, 1, v)) {
      gs.text.char_spacing = v[0];
    } else if (o == "Tw" && numbers(op, 1, v)) {
      gs.text.word_spacing = v[0];
    } else if (o == "Tz" && numbers(op, 1, v)) {
      gs.text.scaling = v[0] / 100.0;
    } else if (o == "TL" && numbers(op, 1, v)) {
      gs.text.leading = v[0];
    } else if (o == "Ts" && numbers(op, 1, v)) {
      gs.text.rise = v[0];
    } else if (o == "Tr" && numbers(op, 1, v)) {
      gs.text.render = static_cast<int>(v[0]);
    } else if ((o == "Td" || o == "TD") && numbers(op, 2, v)) {
      if (o == "TD") gs.text.leading = -v[1];
      text.set_line(Affine::translate(v[0], v[1]).then(text.line));
    } else if (o == "Tm" && numbers(op, 6, v)) {
      text.set_line(matrix_of(v));
    } else if (o == "T*") {
      text.set_line(Affine::translate(0, -gs.text.leading).then(text.line));
    } else if (o == "Tj" || o == "TJ" || o == "'" || o == "\"") {
      std::vector<QPDFObjectHandle> elements;
      std::string prefix;
      if (o == "\"") {
        if (op.operands.size() != 3 || !op.operands[0].isNumber() || !op.operands[1].isNumber()) continue;
        v[0] = op.operands[0].getNumericValue();
        v[1] = op.operands[1].getNumericValue();
      }
      if (o == "\"") {
        gs.text.word_spacing = v[0];
        gs.text.char_spacing = v[1];
        prefix = pdf_number(v[0]) + " Tw " + pdf_number(v[1]) + " Tc T*";
      }
      if (o == "'" || o == "\"") {
        text.set_line(Affine::translate(0, -gs.text.leading).then(text.line));
        if (prefix.empty()) prefix = "T*";
      }
      if (op.operands.empty()) continue;
      QPDFObjectHandle shown = op.operands.back();
      if (o == "TJ" && shown.isArray()) elements = shown.getArrayAsVector();
      else if (shown.isString()) elements.push_back(shown);
      else continue;
      bool drew = false;
      std::optional<std::string> r = rewrite_show(elements, prefix, gs, text, *marks_, helvetica_, &drew);
      if (!r) continue;
      if (look_only) {
        marks_->untrusted = "an edit inside a form XObject (which other pages may draw too)";
        continue;
      }
      helvetica_used_ = helvetica_used_ || drew;
      splice(op, *r);
    } else if (o == "Do" && op.operands.size() == 1 && op.operands[0].isName()) {
      follow_form(resources, op.operands[0].getName(), gs.ctm, gs.text, depth);
    }
  }
  if (!changed) return std::nullopt;
  out.append(content, copied, std::string::npos);
  return out;
}

}  // namespace dhr::write::pdf
