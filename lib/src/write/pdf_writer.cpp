// write_anonymised_pdf: the order of the work (see dhr/pdf_writer.h for what each step
// means to a user, and the pdf_*.h files beside this one for how each is done).
//
// The order matters: edit geometry comes from the Document (Poppler's boxes) before qpdf
// touches anything; pages are rewritten before the hidden parts are scrubbed, because
// scrubbing walks every object and must see the new content streams' neighbours only;
// the Info dictionary is replaced last so that nothing re-reads the old one; and the file
// is written once, from memory, atomically.
//
// Fail closed: a page whose geometry cannot be trusted is not rasterised (not built yet)
// but refused — dhr::Error (unsupported) naming the page and the reason, and no output.
#include "dhr/pdf_writer.h"

#include <filesystem>
#include <map>
#include <optional>

#include <fmt/format.h>

#include "dhr/error.h"
#include "dhr/output.h"
#include "dhr/reader.h"
#include "read/file_access.h"
#include "write/pdf_content_ops.h"
#include "write/pdf_content_rewrite.h"
#include "write/pdf_edit_geometry.h"
#include "write/pdf_fonts.h"
#include "write/pdf_hidden_parts.h"
#include "write/pdf_page_space.h"
#include "write/pdf_qpdf.h"
#include "write/pdf_show_rewrite.h"
#include "write/pdf_standard_font.h"
#include "write/pdf_text_rules.h"

#include <qpdf/QPDFExc.hh>

namespace dhr {
namespace {

using namespace write::pdf;

bool same_file(const std::string& a, const std::string& b) {
  std::error_code ec;
  return std::filesystem::exists(a, ec) && std::filesystem::exists(b, ec) && std::filesystem::equivalent(a, b, ec);
}

// A resource name for the replacement font that the page's font dictionary does not use.
std::string free_font_name(QPDFObjectHandle resources) {
  QPDFObjectHandle fonts = resources.isDictionary() ? resources.getKey("/Font") : QPDFObjectHandle();
  std::string name = "/DhrHelvetica";
  for (int i = 1; fonts.isDictionary() && fonts.hasKey(name); ++i) name = "/DhrHelvetica" + std::to_string(i);
  return name;
}

// Adds the font under `name` to the page's resources (which may be shared by other
// pages: they gain an entry they never use, which costs nothing).
void add_font(QPDFPageObjectHelper& page, const std::string& name, QPDFObjectHandle font) {
  QPDFObjectHandle p = page.getObjectHandle();
  QPDFObjectHandle resources = p.getKey("/Resources");
  if (!resources.isDictionary()) {
    resources = QPDFObjectHandle::newDictionary();
    p.replaceKey("/Resources", resources);
  }
  QPDFObjectHandle fonts = resources.getKey("/Font");
  if (!fonts.isDictionary()) {
    fonts = QPDFObjectHandle::newDictionary();
    resources.replaceKey("/Font", fonts);
  }
  fonts.replaceKey(name, font);
}

class PdfWriter {
 public:
  PdfWriter(const std::string& source, const Document& doc, const std::vector<Edit>& edits, PdfWriteReport& report)
      : source_(source), doc_(doc), edits_(edits), report_(report), rules_(doc, edits) {}

  std::string run(const std::string& bytes, const std::string& password) {
    const std::map<int, std::vector<Segment>> segments = edit_segments(doc_, edits_);
    pdf_.setSuppressWarnings(true);
    pdf_.processMemoryFile(source_.c_str(), bytes.data(), bytes.size(), password.empty() ? nullptr : password.c_str());
    QPDFPageDocumentHelper pages_helper(pdf_);
    pages_helper.pushInheritedAttributesToPage();
    std::vector<QPDFPageObjectHelper> pages = pages_helper.getAllPages();
    if (static_cast<int>(pages.size()) != doc_.pages)
      throw Error(ErrorKind::corrupt, source_, "the PDF no longer matches the document read from it (page count)");

    for (std::size_t i = 0; i < pages.size(); ++i) {
      const int number = static_cast<int>(i) + 1;
      const auto it = segments.find(number);
      rewrite_page(pages[i], number, it == segments.end() ? nullptr : &it->second);
    }
    say_page_work();
    report_.strings_rewritten = scrub_hidden_parts(pdf_, rules_, fonts_, report_.actions).strings_rewritten;
    return write_out();
  }

 private:
  void rewrite_page(QPDFPageObjectHelper& page, int number, const std::vector<Segment>* segments) {
    QPDFObjectHandle resources = page.getObjectHandle().getKey("/Resources");
    const std::string helvetica = free_font_name(resources);
    std::optional<PageMarks> marks;
    if (segments != nullptr) marks.emplace(*segments);
    ContentRewriter rewriter(pdf_, fonts_, rules_, marks ? &*marks : nullptr, helvetica);
    std::optional<std::string> content;
    try {
      content = rewriter.rewrite(page_content(page), resources, page_space(page).from_user);
    } catch (const Error&) {
      throw;
    } catch (const std::exception&) {
      if (!marks) throw;
      marks->untrusted = "content that cannot be read operation by operation";
    }
    if (marks) {
      if (marks->untrusted.empty() && !marks->hits.all_covered())
        marks->untrusted = fmt::format("{} glyphs of its edits are not drawn where Poppler saw them", marks->hits.uncovered());
      if (!marks->untrusted.empty())
        throw Error(ErrorKind::unsupported, source_,
                    fmt::format("page {} cannot be redacted safely ({}); no output written", number, marks->untrusted));
      report_.glyphs_removed += marks->glyphs_removed;
      report_.replacements_drawn += marks->pieces_drawn;
      lossy_ = lossy_ || marks->lossy;
    }
    if (!content) return;
    page.getObjectHandle().replaceKey("/Contents", QPDFObjectHandle::newStream(&pdf_, *content));
    if (marks) ++report_.pages_rewritten;
    if (rewriter.helvetica_used()) {
      if (!helvetica_font_.isInitialized()) helvetica_font_ = make_helvetica_font(pdf_);
      add_font(page, helvetica, helvetica_font_);
    }
  }

  void say_page_work() {
    if (report_.pages_rewritten > 0)
      report_.actions.push_back(fmt::format("removed {} glyphs from the content of {} {} and drew {} {} in Helvetica",
                                            report_.glyphs_removed, report_.pages_rewritten,
                                            report_.pages_rewritten == 1 ? "page" : "pages", report_.replacements_drawn,
                                            report_.replacements_drawn == 1 ? "replacement" : "replacements"));
    if (lossy_) report_.actions.push_back("drew some replacements with characters Helvetica lacks spelled in ASCII");
  }

  // The whole file afresh: only objects still referenced, streams compressed, object
  // streams, no encryption, no earlier revision.
  std::string write_out() {
    QPDFWriter w(pdf_);
    w.setOutputMemory();
    w.setPreserveEncryption(false);
    w.setObjectStreamMode(qpdf_o_generate);
    w.setCompressStreams(true);
    w.setDecodeLevel(qpdf_dl_generalized);
    w.write();
    std::shared_ptr<Buffer> b = w.getBufferSharedPointer();
    return b ? std::string(reinterpret_cast<const char*>(b->getBuffer()), b->getSize()) : std::string();
  }

  const std::string& source_;
  const Document& doc_;
  const std::vector<Edit>& edits_;
  PdfWriteReport& report_;
  TextRules rules_;
  QPDF pdf_;
  FontCache fonts_;
  QPDFObjectHandle helvetica_font_;
  bool lossy_ = false;
};

}  // namespace

void write_anonymised_pdf(const std::string& source_path, const Document& doc, const std::vector<Edit>& edits,
                          const std::string& out_path, PdfWriteReport& report, const std::string& password) {
  if (same_file(out_path, source_path))
    throw Error(ErrorKind::usage, out_path, "refusing to overwrite the input file");
  if (doc.format != Format::pdf)
    throw Error(ErrorKind::usage, source_path, "write_anonymised_pdf needs a document read from a PDF");
  report = PdfWriteReport{};
  const std::string bytes = read::read_file_bytes(source_path, ReadOptions{}.max_file_bytes);
  std::string out;
  try {
    out = PdfWriter(source_path, doc, edits, report).run(bytes, password);
  } catch (const Error&) {
    throw;
  } catch (const QPDFExc& e) {
    // qpdf's messages can quote the file's objects: they are not passed on.
    if (e.getErrorCode() == qpdf_e_password)
      throw Error(ErrorKind::encrypted, source_path, "encrypted PDF: give the password with --password");
    throw Error(ErrorKind::corrupt, source_path, "damaged PDF (qpdf could not rewrite it)");
  } catch (const std::exception&) {
    throw Error(ErrorKind::corrupt, source_path, "damaged PDF (qpdf could not rewrite it)");
  }
  write_file_atomically(out_path, out, source_path);
}

}  // namespace dhr
