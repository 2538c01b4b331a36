// From edits on block text to edits on carriers (internal): the heart of "formatting kept".
//
// An edit covers a byte range of one block's text. The block's anchors say which carrier
// (w:t, a:t, an attribute ...) each byte came from. The edit becomes one CarrierEdit per
// carrier it touches: the first carrier gets the replacement in place of its covered
// bytes; the covered bytes of every later carrier are deleted. So "Nata|sha" (bold "sha")
// becomes "N|" and the bold run is left empty, and " Okafor" in a run of its own loses
// exactly the bytes the edit covered. Synthetic bytes (a tab, a line break, a list
// number) have no carrier: the elements behind a break or tab are found later from the
// edit's first and last carrier (EditSpan), and text Word generates (a list number)
// cannot be edited in the file at all (counted in `without_source`).
//
// Inside an anchor whose source length differs from its text length (NFC changed the
// text, or bytes that were not UTF-8 were repaired) a position maps proportionally, as
// Block::locate does; the ends of every anchor map exactly.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "dhr/document.h"
#include "dhr/policy.h"

namespace dhr::write::docx {

struct CarrierEdit {
  std::uint32_t part = 0;   // index into Document::parts
  std::uint32_t node = 0;   // carrier index in that part
  std::uint32_t begin = 0;  // bytes of carrier_text()
  std::uint32_t end = 0;
  std::string replacement;  // the edit's replacement for its first carrier, empty for the rest
  std::size_t edit = 0;     // index of the edit in the caller's list
  std::string expected;     // the block text the range held, when it maps one to one (a check
                            // that the file is still the one read); empty otherwise
  bool exact = false;       // `expected` is to be checked
};

// An edit that runs over more than one carrier of one part: whatever lies between its
// first and last carrier in document order is inside the edit.
struct EditSpan {
  std::uint32_t part = 0;
  std::uint32_t first = 0;  // carrier indexes
  std::uint32_t last = 0;
};

struct MappedEdits {
  std::vector<CarrierEdit> carriers;  // in the order of the edits
  std::vector<EditSpan> spans;
  std::size_t applied = 0;            // edits with at least one carrier
  std::size_t without_source = 0;     // edits only on synthetic text
};

// Throws dhr::Error (usage) naming doc.path when an edit is outside its document or block.
MappedEdits map_edits(const Document& doc, const std::vector<Edit>& edits);

}  // namespace dhr::write::docx
