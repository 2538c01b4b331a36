#include "write/pdf_hidden_parts.h"

#include <fmt/format.h>

#include <qpdf/QPDFEmbeddedFileDocumentHelper.hh>

#include "text/utf8.h"
#include "write/pdf_content_ops.h"
#include "write/pdf_content_rewrite.h"
#include "write/pdf_object_strings.h"

namespace dhr::write::pdf {
namespace {

std::string plural(std::size_t n, const char* one, const char* many) { return fmt::format("{} {}", n, n == 1 ? one : many); }

bool is_name(QPDFObjectHandle o, const char* name) { return o.isName() && o.getName() == name; }

std::string utf8_of(QPDFObjectHandle s) {
  if (!s.isString()) return {};
  std::string t = s.getUTF8Value();
  return unicode::is_valid_utf8(t) ? t : unicode::repair_utf8(t);
}

// Keys that hold hidden data wherever they stand: XMP (catalogue, pages, images, fonts),
// application private data, associated files, additional (scripted) actions.
void remove_hidden_keys(QPDFObjectHandle dict, ScrubCounts& counts) {
  if (dict.hasKey("/Metadata")) {
    dict.removeKey("/Metadata");
    ++counts.metadata_streams;
  }
  for (const char* key : {"/PieceInfo", "/AF", "/AA"}) dict.removeKey(key);
}

// An action a link may keep: going somewhere in this file, or to a web address that
// names nobody.
bool harmless_action(QPDFObjectHandle action, const TextRules& rules) {
  if (!action.isDictionary()) return !action.isInitialized() || action.isNull();
  QPDFObjectHandle s = action.getKey("/S");
  if (is_name(s, "/GoTo") || is_name(s, "/Named")) return !action.hasKey("/Next");
  if (is_name(s, "/URI")) return !rules.touches(utf8_of(action.getKey("/URI"))) && !action.hasKey("/Next");
  return false;
}

void scrub_annotations(QPDFPageObjectHelper& page, const TextRules& rules, ScrubCounts& counts) {
  QPDFObjectHandle p = page.getObjectHandle();
  QPDFObjectHandle annots = p.getKey("/Annots");
  if (annots.isNull() || !annots.isInitialized()) return;
  QPDFObjectHandle kept = QPDFObjectHandle::newArray();
  if (annots.isArray()) {
    for (QPDFObjectHandle a : annots.getArrayAsVector()) {
      if (!a.isDictionary() || !is_name(a.getKey("/Subtype"), "/Link")) {
        ++counts.annotations_removed;
        continue;
      }
      QPDFObjectHandle dest = a.getKey("/Dest");
      if (!harmless_action(a.getKey("/A"), rules) || (dest.isString() && rules.touches(utf8_of(dest)))) {
        ++counts.links_removed;
        continue;
      }
      for (const char* key : {"/Contents", "/T", "/NM", "/RC", "/Popup", "/AA"}) a.removeKey(key);
      kept.appendItem(a);
    }
  }
  if (kept.getArrayNItems() == 0) p.removeKey("/Annots");
  else p.replaceKey("/Annots", kept);
}

void scrub_catalogue(QPDF& pdf, ScrubCounts& counts) {
  QPDFObjectHandle root = pdf.getRoot();
  counts.embedded_files = QPDFEmbeddedFileDocumentHelper(pdf).getEmbeddedFiles().size();
  QPDFObjectHandle names = root.getKey("/Names");
  if (names.isDictionary()) {
    names.removeKey("/EmbeddedFiles");
    if (names.hasKey("/JavaScript")) counts.javascript_removed = true;
    names.removeKey("/JavaScript");
  }
  if (root.hasKey("/AcroForm")) counts.form_removed = true;
  QPDFObjectHandle open = root.getKey("/OpenAction");
  if (open.isDictionary() && !is_name(open.getKey("/S"), "/GoTo")) {
    if (is_name(open.getKey("/S"), "/JavaScript")) counts.javascript_removed = true;
    root.removeKey("/OpenAction");
  }
  // The form goes with its widgets; a portfolio's collection, signatures' permissions
  // and web-capture data have no place in a published copy either.
  for (const char* key : {"/AcroForm", "/Collection", "/Perms", "/SpiderInfo", "/Legal"}) root.removeKey(key);
  remove_hidden_keys(root, counts);
}

// A fresh Info holding only the (edited) title; the old one is left unreferenced, so the
// writer drops it.
void replace_info(QPDF& pdf, const TextRules& rules, ScrubCounts& counts) {
  QPDFObjectHandle trailer = pdf.getTrailer();
  QPDFObjectHandle old = trailer.getKey("/Info");
  const std::string title = old.isDictionary() ? utf8_of(old.getKey("/Title")) : std::string();
  for (const std::string& key : trailer.getKeys())
    if (key != "/Root" && key != "/Size" && key != "/ID" && key != "/Encrypt") trailer.removeKey(key);  // /Encrypt: qpdf still decrypts with it; the output is not encrypted
  counts.info_replaced = old.isDictionary();
  if (title.find_first_not_of(" \t\r\n") == std::string::npos) return;
  QPDFObjectHandle info = QPDFObjectHandle::newDictionary();
  info.replaceKey("/Title", QPDFObjectHandle::newUnicodeString(rules.apply(title)));
  trailer.replaceKey("/Info", pdf.makeIndirectObject(info));
}

bool is_form(QPDFObjectHandle o) { return o.isStream() && is_name(o.getDict().getKey("/Subtype"), "/Form"); }

}  // namespace

ScrubCounts scrub_hidden_parts(QPDF& pdf, const TextRules& rules, FontCache& fonts, std::vector<std::string>& actions) {
  ScrubCounts counts;
  scrub_catalogue(pdf, counts);
  for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(pdf).getAllPages()) {
    scrub_annotations(page, rules, counts);
    QPDFObjectHandle p = page.getObjectHandle();
    if (p.hasKey("/Thumb")) ++counts.thumbnails;
    p.removeKey("/Thumb");
  }
  ContentRewriter marked(pdf, fonts, rules, nullptr, {});
  for (QPDFObjectHandle o : pdf.getAllObjects()) {
    if (o.isDictionary()) remove_hidden_keys(o, counts);
    if (o.isStream()) remove_hidden_keys(o.getDict(), counts);
    counts.strings_rewritten += rewrite_strings(o, rules);
    if (is_form(o)) {
      QPDFObjectHandle res = o.getDict().getKey("/Resources");
      if (auto content = marked.rewrite(stream_content(o), res, Affine{}))
        o.replaceStreamData(*content, QPDFObjectHandle::newNull(), QPDFObjectHandle::newNull());
    }
  }
  counts.strings_rewritten += marked.marked_content_rewritten();
  replace_info(pdf, rules, counts);

  if (counts.info_replaced) actions.push_back("replaced the document information with the title only");
  if (counts.metadata_streams > 0) actions.push_back("removed " + plural(counts.metadata_streams, "XMP metadata stream", "XMP metadata streams"));
  if (counts.annotations_removed > 0)
    actions.push_back("removed " + plural(counts.annotations_removed, "annotation (comment, form field or attachment)",
                                          "annotations (comments, form fields, attachments)"));
  if (counts.links_removed > 0) actions.push_back("removed " + plural(counts.links_removed, "link that named someone or ran an action", "links that named someone or ran actions"));
  if (counts.form_removed) actions.push_back("removed the interactive form");
  if (counts.embedded_files > 0) actions.push_back("removed " + plural(counts.embedded_files, "embedded file", "embedded files"));
  if (counts.javascript_removed) actions.push_back("removed JavaScript");
  if (counts.thumbnails > 0) actions.push_back("removed " + plural(counts.thumbnails, "page thumbnail", "page thumbnails"));
  if (counts.strings_rewritten > 0)
    actions.push_back("rewrote " + plural(counts.strings_rewritten, "hidden string (outline, structure, destination)",
                                          "hidden strings (outlines, structure, destinations)"));
  return counts;
}

}  // namespace dhr::write::pdf
