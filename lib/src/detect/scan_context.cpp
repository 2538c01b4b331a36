#include "detect/scan_context.h"

namespace dhr::detect {

Finding make_finding(const ScanContext& ctx, std::size_t block, std::uint32_t fbegin, std::uint32_t fend,
                     Category category, double confidence, std::string rule, std::string why) {
  Finding f;
  f.category = category;
  f.block = block;
  const auto [b, e] = ctx.folded[block].original_range(fbegin, fend);
  f.begin = b;
  f.end = e;
  f.text = ctx.doc.blocks[block].text.substr(b, e - b);
  f.confidence = confidence;
  f.rule = std::move(rule);
  f.why = std::move(why);
  return f;
}

}  // namespace dhr::detect
