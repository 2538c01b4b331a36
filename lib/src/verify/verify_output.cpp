#include "verify/verify_output.h"

#include <re2/re2.h>

#include <set>

#include <fmt/format.h>

#include "dhr/error.h"
#include "dhr/reader.h"
#include "text/fold.h"
#include "verify/raw_content.h"

namespace dhr::verify {
namespace {

// Categories whose edited originals are searched for verbatim in the raw content.
bool is_structured(Category c) {
  switch (c) {
    case Category::postcode: case Category::phone: case Category::email: case Category::nhs_number:
    case Category::ni_number: case Category::vehicle: case Category::handle: case Category::dob:
    case Category::address: case Category::url:
      return true;
    default:
      return false;
  }
}

struct Needle {
  std::string folded;  // what to search, folded
  std::string what;    // how to describe it without quoting it
  std::string text;    // the identifier (for reports with names)
  bool digits = false; // compare with separators between digits removed
};

// "07700 900-123" -> "07700900123": separators between digits do not make a number new.
std::string squeeze_digits(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if ((c == ' ' || c == '.' || c == '-') && i > 0 && i + 1 < s.size() && std::isdigit(static_cast<unsigned char>(s[i - 1])) &&
        std::isdigit(static_cast<unsigned char>(s[i + 1])))
      continue;
    out += c;
  }
  return out;
}

std::string collapse_spaces(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == ' ' && !out.empty() && out.back() == ' ') continue;
    out += c;
  }
  return out;
}

std::vector<Needle> needles_for(const CaseFile& c, const Plan& plan, const Detector& detector) {
  std::vector<Needle> out;
  std::set<std::string> seen;
  auto add = [&](const std::string& text, std::string what, bool digits = false) {
    std::string f = collapse_spaces(unicode::fold(text));
    while (!f.empty() && f.front() == ' ') f.erase(0, 1);
    while (!f.empty() && f.back() == ' ') f.pop_back();
    if (f.size() < 2 || !seen.insert(f).second) return;
    out.push_back({digits ? squeeze_digits(f) : f, std::move(what), text, digits});
  };
  for (const Subject& s : c.subjects) {
    add(s.name, fmt::format("subject {}: full name", s.pseudonym));
    for (const auto& a : s.aliases)
      if (!detector.is_ordinary_word(a)) add(a, fmt::format("subject {}: alias", s.pseudonym));
    // Each word of the name that is not an ordinary word ("Okafor" yes, "Hope" no: the
    // detector, which weighs context, covers those).
    std::string word;
    for (std::size_t i = 0; i <= s.name.size(); ++i) {
      if (i == s.name.size() || s.name[i] == ' ') {
        if (word.size() >= 3 && !detector.is_ordinary_word(word))
          add(word, fmt::format("subject {}: a word of the name", s.pseudonym));
        word.clear();
      } else {
        word += s.name[i];
      }
    }
  }
  for (const Edit& e : plan.edits) {
    if (!is_structured(e.category)) continue;
    std::string original = e.original;
    // An address is searched by its street part; a date of birth by its date.
    if (e.category == Category::address) original = original.substr(0, original.find(','));
    if (e.category == Category::dob)
      for (std::string_view lead : {"born on the ", "born on ", "born ", "Born on the ", "Born on ", "Born "})
        if (original.starts_with(lead)) original.erase(0, lead.size());
    const bool digits = e.category == Category::phone || e.category == Category::nhs_number;
    add(original, fmt::format("{} (edited)", to_string(e.category)), digits);
  }
  return out;
}

// Text of the phrases that may legitimately contain a subject's name word (professionals,
// `keep` entries), blanked out of the searched text so they do not count.
std::string mask_allowed(std::string folded, const CaseFile& c) {
  std::vector<std::string> phrases;
  for (const Professional& p : c.professionals) phrases.push_back(unicode::fold(p.name));
  for (const auto& k : c.keep) phrases.push_back(unicode::fold(k));
  for (const std::string& p : phrases) {
    if (p.empty()) continue;
    std::size_t pos = 0;
    while ((pos = folded.find(p, pos)) != std::string::npos) {
      folded.replace(pos, p.size(), std::string(p.size(), ' '));
      pos += p.size();
    }
  }
  return folded;
}

bool is_word_byte(char c) { return std::isalnum(static_cast<unsigned char>(c)) || (static_cast<unsigned char>(c) & 0x80); }

bool contains_word(const std::string& hay, const std::string& needle) {
  std::size_t pos = 0;
  while ((pos = hay.find(needle, pos)) != std::string::npos) {
    const bool left = pos == 0 || !is_word_byte(hay[pos - 1]);
    const std::size_t end = pos + needle.size();
    const bool right = end >= hay.size() || !is_word_byte(hay[end]);
    if (left && right) return true;
    ++pos;
  }
  return false;
}

void check_with_reader(const std::string& path, const CaseFile& c, const Plan& plan, const Detector& detector,
                       Verification& v) {
  Document doc;
  try {
    doc = read_document(path);
  } catch (const Error& e) {
    v.survivors.push_back({"the output cannot be read back: " + e.message(), path, "reader+detector", ""});
    return;
  }
  v.checks.push_back(fmt::format("reader+detector: {} blocks read back and scanned with the case file", doc.blocks.size()));
  std::set<std::string> edited;
  for (const Edit& e : plan.edits)
    if (is_structured(e.category)) edited.insert(collapse_spaces(unicode::fold(e.original)));
  for (const Finding& f : detector.scan(doc, &c)) {
    const Block& b = doc.blocks[f.block];
    std::string where = to_string(b.kind);
    if (b.page > 0) where += fmt::format(", page {}", b.page);
    if (!b.number.empty()) where += ", " + b.number;
    if (f.category == Category::person && (!f.subject.empty() || !f.candidates.empty())) {
      const std::string who = f.subject.empty() ? "ambiguous subject" : "subject " + f.subject;
      v.survivors.push_back({fmt::format("{}: {}", who, f.form.empty() ? "name" : f.form), where, "reader+detector", f.text});
    } else if (is_structured(f.category) && edited.contains(collapse_spaces(unicode::fold(f.text)))) {
      v.survivors.push_back({fmt::format("{} (edited)", to_string(f.category)), where, "reader+detector", f.text});
    }
  }
}

void check_raw(const std::string& path, const CaseFile& c, const Plan& plan, const Detector& detector, Verification& v) {
  const std::vector<Needle> needles = needles_for(c, plan, detector);
  for (const RawPart& part : read_raw_content(path, v.checks)) {
    const std::string folded = mask_allowed(collapse_spaces(unicode::fold(part.text)), c);
    const std::string squeezed = squeeze_digits(folded);
    for (const Needle& n : needles)
      if (contains_word(n.digits ? squeezed : folded, n.folded)) v.survivors.push_back({n.what, part.where, "raw", n.text});
  }
}

}  // namespace

std::vector<std::string> name_forms(const CaseFile& effective, const Detector& detector) {
  std::vector<std::string> out;
  for (const Needle& n : needles_for(effective, Plan{}, detector)) out.push_back(n.text);
  return out;
}

Verification verify_output(const std::string& path, const CaseFile& effective, const Plan& plan,
                           const Detector& detector) {
  Verification v;
  check_with_reader(path, effective, plan, detector, v);
  check_raw(path, effective, plan, detector, v);
  return v;
}

}  // namespace dhr::verify
