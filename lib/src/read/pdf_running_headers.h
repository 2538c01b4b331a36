// Running headers, footers and page numbers (internal).
//
// A line near the top or bottom edge of a page is page furniture when its text, with
// every run of digits read as one "#", recurs in the same margin on many pages ("Page #
// of #", "Overview Report – DHR # – CONFIDENTIAL"), or when it is a page number on its
// own ("12", "Page 12", "- 12 -", "12 of 60"). Such lines leave the text flow, so a
// sentence running over a page break is read without the footer and header between its
// halves. First pages without a header, and odd/even pages with different ones, still
// count: a text has to recur on at least two pages and 30% of them.
#pragma once

#include <string>
#include <vector>

#include "read/pdf_layout.h"

namespace dhr::read::pdf {

// Sets LineRole::header / LineRole::footer on the furniture lines of every page.
void mark_running_headers(std::vector<Page>& pages);

// The comparison key of a margin line: lower case, digit runs as '#', spaces collapsed.
std::string furniture_key(const std::string& text);

// Whether a key is a page number on its own ("#", "page #", "# of #", "- # -").
bool is_page_number_key(const std::string& key);

}  // namespace dhr::read::pdf
