#include "write/pdf_content_ops.h"

#include <qpdf/Pl_Buffer.hh>

namespace dhr::write::pdf {
namespace {

class Collector : public QPDFObjectHandle::ParserCallbacks {
 public:
  explicit Collector(std::vector<Operation>& out) : out_(out) {}

  void handleObject(QPDFObjectHandle obj, size_t offset, size_t length) override {
    if (current_.operands.empty() && current_.op.empty()) current_.begin = offset;
    if (obj.isOperator()) {
      current_.op = obj.getOperatorValue();
      current_.end = offset + length;
      out_.push_back(std::move(current_));
      current_ = Operation{};
      return;
    }
    current_.operands.push_back(obj);
    current_.end = offset + length;
  }

  void handleEOF() override {
    if (!current_.operands.empty()) out_.push_back(std::move(current_));
    current_ = Operation{};
  }

 private:
  std::vector<Operation>& out_;
  Operation current_;
};

std::string buffer_text(Pl_Buffer& buf) {
  std::shared_ptr<Buffer> b = buf.getBufferSharedPointer();
  if (!b) return {};
  return std::string(reinterpret_cast<const char*>(b->getBuffer()), b->getSize());
}

}  // namespace

std::vector<Operation> parse_operations(QPDF& pdf, const std::string& content) {
  std::vector<Operation> ops;
  ops.reserve(content.size() / 12);
  Collector collector(ops);
  // A stream holding exactly these bytes, so offsets refer to them. It is never
  // referenced from the document, so the writer leaves it out.
  QPDFObjectHandle stream = QPDFObjectHandle::newStream(&pdf, content);
  stream.parseAsContents(&collector);
  return ops;
}

std::string page_content(QPDFPageObjectHelper& page) {
  Pl_Buffer buf("page content");
  page.pipeContents(&buf);
  return buffer_text(buf);
}

std::string stream_content(QPDFObjectHandle stream) {
  std::shared_ptr<Buffer> b = stream.getStreamData(qpdf_dl_generalized);
  if (!b) return {};
  return std::string(reinterpret_cast<const char*>(b->getBuffer()), b->getSize());
}

}  // namespace dhr::write::pdf
