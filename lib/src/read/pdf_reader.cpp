// Placeholder until the pdf reader lands (being written now); never committed to main as is.
#include "dhr/error.h"
#include "dhr/reader.h"
namespace dhr {
Document read_pdf(const std::string& path, const ReadOptions&) {
  throw Error(ErrorKind::unsupported, path, "pdf reader not built yet");
}
}  // namespace dhr
