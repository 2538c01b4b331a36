// dhr/finding.h — what detection reports: an identifier found in a Document.
//
// A Finding points at a byte range of one block's text (so policy and the writers can
// act on it through the block's anchors), says what kind of identifier it is, whose it is
// when the case file tells, how sure detection is, and why — in words a reviewer can
// check ("case subject N: title + surname", "UK postcode pattern").
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dhr {

enum class Category : std::uint8_t {
  person,      // a person's name (case subject or residual)
  age,         // a person's age
  dob,         // a date of birth
  date_of_death,
  address,     // a street address
  postcode,
  phone,
  email,
  nhs_number,
  ni_number,
  vehicle,     // vehicle registration
  handle,      // social-media handle or profile URL
  url,
  school,
  employer,
  pub,
  place,       // a town or county: for information, kept by default
};

// Upper-case names as used in JSON, truth files and the harness: "PERSON", "NHS_NUMBER".
const char* to_string(Category category);
std::optional<Category> category_from_string(std::string_view name);

struct Finding {
  Category category = Category::person;
  std::size_t block = 0;        // index into Document::blocks
  std::uint32_t begin = 0;      // byte range in that block's text
  std::uint32_t end = 0;
  std::string text;             // the text found (a copy of the range)
  std::string subject;          // pseudonym of the case subject it belongs to, if known (for a
                                // mention several subjects could own: the one the evidence
                                // chose, or the best guess when needs_decision)
  std::vector<std::string> candidates;  // when several subjects could own it: each one's pseudonym
  std::string attribution;      // how `subject` was chosen among the candidates ("title Mrs: the
                                // only adult woman of that surname", "named just before: N")
  bool needs_decision = false;  // the evidence did not settle who it is: a person must confirm
  std::string form;             // person: full, first, surname, title_surname, title_first,
                                // alias, initials, misspelling, upper, split; else a label
  double confidence = 0;        // 0..1
  std::string rule;             // the detector and rule: "case:title_surname", "pattern:uk_postcode"
  std::string why;              // a short explanation for a reviewer
  std::string locality;         // ADDRESS: the town or village the address itself gives, if any

  // A mention whose subject is only a best guess.
  bool ambiguous() const { return needs_decision; }
};

}  // namespace dhr
