// Placeholder until the docx reader lands (being written now); never committed to main as is.
#include "dhr/error.h"
#include "dhr/reader.h"
namespace dhr {
Document read_docx(const std::string& path, const ReadOptions&) {
  throw Error(ErrorKind::unsupported, path, "docx reader not built yet");
}
}  // namespace dhr
