// A content stream as a list of operations (internal), each with the byte range it came
// from, so that a rewrite can copy every operation it does not change byte for byte and
// splice in only the ones it does.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "write/pdf_qpdf.h"

namespace dhr::write::pdf {

struct Operation {
  std::vector<QPDFObjectHandle> operands;
  std::string op;           // the operator ("Tj", "cm", "BI", ...); empty for operands left at the end
  std::size_t begin = 0;    // byte range in the content: from the first operand to the operator's end
  std::size_t end = 0;
};

// Parses content-stream bytes with qpdf's content parser (inline images come through as
// BI, ID with the image dictionary's entries, and EI with the image data). Throws
// std::exception (from qpdf) when the content cannot be tokenised.
std::vector<Operation> parse_operations(QPDF& pdf, const std::string& content);

// The bytes of a page's content (its streams joined with newlines, as qpdf joins them),
// or of a form XObject's stream, decoded.
std::string page_content(QPDFPageObjectHelper& page);
std::string stream_content(QPDFObjectHandle stream);

}  // namespace dhr::write::pdf
