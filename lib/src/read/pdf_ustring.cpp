#include "read/pdf_ustring.h"

#include "text/utf8.h"

namespace dhr::read::pdf {

std::string to_utf8(const poppler::ustring& s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    char32_t c = s[i];
    if (c < 0x80) {
      out += static_cast<char>(c);
      continue;
    }
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s.size() && s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF) {
      c = 0x10000 + ((c - 0xD800) << 10) + (s[i + 1] - 0xDC00);
      ++i;
    } else if (c >= 0xD800 && c <= 0xDFFF) {
      c = 0xFFFD;
    }
    unicode::append_utf8(out, c);
  }
  while (!out.empty() && out.back() == '\0') out.pop_back();
  return out;
}

}  // namespace dhr::read::pdf
