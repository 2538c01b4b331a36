// Building small documents and scan contexts for pattern and age detector tests.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "detect/allow_list.h"
#include "detect/lexicon.h"
#include "detect/scan_context.h"
#include "dhr/document.h"
#include "text/fold.h"

namespace dhr::test {

// A document, its folded texts and an (empty unless filled) lexicon, with a ScanContext
// over them that stays valid as long as this object lives.
class ScanFixture {
 public:
  ScanFixture() = default;
  ScanFixture(const ScanFixture&) = delete;
  ScanFixture& operator=(const ScanFixture&) = delete;

  // One paragraph per text.
  static std::unique_ptr<ScanFixture> paragraphs(const std::vector<std::string>& texts) {
    auto f = std::make_unique<ScanFixture>();
    for (const std::string& t : texts) f->add_paragraph(t);
    return f;
  }

  void add_paragraph(const std::string& text) {
    Block b;
    b.kind = BlockKind::paragraph;
    b.text = text;
    doc.blocks.push_back(std::move(b));
  }

  // A table row by row; cells[r][c] is the text of row r, column c.
  void add_table(const std::vector<std::vector<std::string>>& cells) {
    int table = 0;
    for (const Block& b : doc.blocks)
      if (b.kind == BlockKind::table_cell) table = std::max(table, b.cell.table + 1);
    for (std::size_t r = 0; r < cells.size(); ++r)
      for (std::size_t c = 0; c < cells[r].size(); ++c) {
        Block b;
        b.kind = BlockKind::table_cell;
        b.text = cells[r][c];
        b.cell = {table, static_cast<int>(r), static_cast<int>(c)};
        doc.blocks.push_back(std::move(b));
      }
  }

  const detect::ScanContext& context() {
    folded.clear();
    for (const Block& b : doc.blocks) folded.emplace_back(b.text);
    ctx = std::make_unique<detect::ScanContext>(
        detect::ScanContext{doc, case_file, folded, shared_lexicon != nullptr ? *shared_lexicon : lexicon, allow});
    return *ctx;
  }

  Document doc;
  detect::Lexicon lexicon;
  const detect::Lexicon* shared_lexicon = nullptr;  // used instead of `lexicon` when set
  const CaseFile* case_file = nullptr;

 private:
  std::vector<unicode::FoldedText> folded;
  detect::AllowList allow;
  std::unique_ptr<detect::ScanContext> ctx;
};

}  // namespace dhr::test
