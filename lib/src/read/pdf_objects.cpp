#include "read/pdf_objects.h"

#include <exception>
#include <set>

// qpdf 11 warns unless told which PointerHolder behaviour the caller expects; 4 = none
// of the deprecated PointerHolder API (we use std::shared_ptr only).
#define POINTERHOLDER_TRANSITION 4
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFAcroFormDocumentHelper.hh>
#include <qpdf/QPDFEmbeddedFileDocumentHelper.hh>
#include <qpdf/QPDFFileSpecObjectHelper.hh>
#include <qpdf/QPDFFormFieldObjectHelper.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

#include "dhr/error.h"
#include "read/block_builder.h"
#include "text/utf8.h"

namespace dhr::read::pdf {
namespace {

// Structure trees of real documents are a few levels deep; hostile ones may nest or
// loop without end. Both limits stop the walk, never the read.
constexpr std::size_t kMaxStructElements = 200000;

std::string text_of(QPDFObjectHandle o) {
  if (!o.isString()) return {};
  std::string s = o.getUTF8Value();
  if (!unicode::is_valid_utf8(s)) s = unicode::repair_utf8(s);
  return s;
}

// Hidden strings have no glyphs; their anchor says so (synthetic) and Block::name says
// which key of which object they came from.
void add_block(std::vector<Block>& out, BlockKind kind, const std::string& text, std::string name, int page) {
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) return;
  BlockBuilder b(kind);
  b.append_synthetic(text);
  b.block().name = std::move(name);
  b.block().page = page;
  out.push_back(b.finish());
}

void read_annotations(QPDF& pdf, std::vector<Block>& out) {
  int number = 0;
  for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(pdf).getAllPages()) {
    ++number;
    QPDFObjectHandle annots = page.getObjectHandle().getKey("/Annots");
    if (!annots.isArray()) continue;
    for (QPDFObjectHandle a : annots.getArrayAsVector()) {
      if (!a.isDictionary()) continue;
      QPDFObjectHandle subtype = a.getKey("/Subtype");
      if (subtype.isName() && (subtype.getName() == "/Popup" || subtype.getName() == "/Widget")) continue;
      add_block(out, BlockKind::annotation, text_of(a.getKey("/T")), "author", number);
      add_block(out, BlockKind::annotation, text_of(a.getKey("/Subj")), "subject", number);
      add_block(out, BlockKind::annotation, text_of(a.getKey("/Contents")), "contents", number);
      QPDFObjectHandle action = a.getKey("/A");
      if (action.isDictionary()) add_block(out, BlockKind::annotation, text_of(action.getKey("/URI")), "link", number);
    }
  }
}

void read_form_fields(QPDF& pdf, std::vector<Block>& out) {
  QPDFAcroFormDocumentHelper forms(pdf);
  if (!forms.hasAcroForm()) return;
  for (QPDFFormFieldObjectHelper& field : forms.getFormFields()) {
    const std::string name = field.getFullyQualifiedName();
    QPDFObjectHandle value = field.getInheritableFieldValue("/V");
    // Only text values: a check box's value is a name such as /Yes.
    add_block(out, BlockKind::annotation, text_of(value), "field " + name, 0);
    add_block(out, BlockKind::annotation, text_of(field.getObjectHandle().getKey("/TU")), "field tooltip " + name, 0);
  }
}

void read_alt_texts(QPDF& pdf, std::vector<Block>& out) {
  QPDFObjectHandle root = pdf.getRoot().getKey("/StructTreeRoot");
  if (!root.isDictionary()) return;
  std::vector<QPDFObjectHandle> stack{root.getKey("/K")};
  std::set<QPDFObjGen> seen;
  std::size_t visited = 0;
  while (!stack.empty() && visited++ < kMaxStructElements) {
    QPDFObjectHandle node = stack.back();
    stack.pop_back();
    if (node.isIndirect() && !seen.insert(node.getObjGen()).second) continue;  // a loop
    if (node.isArray()) {
      for (int i = node.getArrayNItems(); i-- > 0;) stack.push_back(node.getArrayItem(i));
      continue;
    }
    if (!node.isDictionary()) continue;
    const std::string alt = text_of(node.getKey("/Alt"));
    if (!alt.empty()) {
      QPDFObjectHandle type = node.getKey("/S");
      add_block(out, BlockKind::alt_text, alt, type.isName() ? type.getName().substr(1) : "", 0);
    }
    if (node.hasKey("/K")) stack.push_back(node.getKey("/K"));
  }
}

void read_embedded_files(QPDF& pdf, std::vector<std::pair<std::string, std::string>>& metadata) {
  QPDFEmbeddedFileDocumentHelper files(pdf);
  if (!files.hasEmbeddedFiles()) return;
  for (auto& [key, spec] : files.getEmbeddedFiles()) {
    std::string name = spec->getFilename();
    if (name.empty()) name = key;
    if (!unicode::is_valid_utf8(name)) name = unicode::repair_utf8(name);
    metadata.emplace_back("embedded_file", name);
    std::string description = spec->getDescription();
    if (!unicode::is_valid_utf8(description)) description = unicode::repair_utf8(description);
    if (!description.empty()) metadata.emplace_back("embedded_file_description", description);
  }
}

}  // namespace

ObjectStrings read_object_strings(const std::string& path, const std::string& bytes, const std::string& password) {
  ObjectStrings out;
  try {
    QPDF pdf;
    pdf.setSuppressWarnings(true);
    pdf.processMemoryFile("PDF", bytes.data(), bytes.size(), password.empty() ? nullptr : password.c_str());
    read_annotations(pdf, out.blocks);
    read_form_fields(pdf, out.blocks);
    read_alt_texts(pdf, out.blocks);
    read_embedded_files(pdf, out.metadata);
  } catch (const std::exception& e) {
    throw Error(ErrorKind::corrupt, path, std::string("damaged PDF (") + e.what() + ")");
  }
  return out;
}

}  // namespace dhr::read::pdf
