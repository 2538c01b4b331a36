#include "verify/verify_output.h"

#include <set>

#include <fmt/format.h>

#include "dhr/error.h"
#include "dhr/reader.h"
#include "text/context.h"
#include "text/fold.h"
#include "text/utf8.h"
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

// A date of birth given as a year alone ("DOB 1943"): the policy keeps the year, so the
// year in the output is no survivor.
bool year_only(const Edit& e) {
  if (e.category != Category::dob) return false;
  int digits = 0;
  for (char c : e.original) digits += c >= '0' && c <= '9';
  if (digits != 4 || e.original.find_first_of("/-.") != std::string::npos) return false;
  const std::string folded = unicode::fold(e.original);
  for (std::string_view month : {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"})
    if (folded.find(month) != std::string::npos) return false;  // "March 1988" is more than a year
  return true;
}

struct Needle {
  std::string folded;  // what to search, folded (spaces collapsed; digits squeezed if `digits`)
  std::string what;    // how to describe it without quoting it
  std::string text;    // the identifier (for reports with names)
  bool digits = false; // compare with separators between digits removed
  bool name = false;   // a subject's name or a word of it: accepted inside a kept phrase
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// "07700 900-123" -> "07700900123": separators between digits do not make a number new.
std::string squeeze_digits(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if ((c == ' ' || c == '.' || c == '-') && i > 0 && i + 1 < s.size() && is_digit(s[i - 1]) && is_digit(s[i + 1]))
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
  while (!out.empty() && out.front() == ' ') out.erase(0, 1);
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::vector<Needle> needles_for(const CaseFile& c, const Plan& plan, const Detector& detector) {
  std::vector<Needle> out;
  std::set<std::string> seen;
  auto add = [&](const std::string& text, std::string what, bool digits, bool name) {
    const std::string f = collapse_spaces(unicode::fold(text));
    if (f.size() < 2 || !seen.insert(f).second) return;
    out.push_back({digits ? squeeze_digits(f) : f, std::move(what), text, digits, name});
  };
  for (const Subject& s : c.subjects) {
    add(s.name, fmt::format("subject {}: full name", s.pseudonym), false, true);
    for (const auto& a : s.aliases)
      if (!detector.needs_context(a)) add(a, fmt::format("subject {}: alias", s.pseudonym), false, true);
    // Each word of the name that is not an ordinary word or a town ("Okafor" yes, "Hope"
    // and "Wickham" no: the detector, which weighs their context, covers those in the
    // reader's check, and this check must not refuse what detection reads as a word).
    std::string word;
    for (std::size_t i = 0; i <= s.name.size(); ++i) {
      if (i == s.name.size() || s.name[i] == ' ') {
        if (word.size() >= 3 && !detector.needs_context(word))
          add(word, fmt::format("subject {}: a word of the name", s.pseudonym), false, true);
        word.clear();
      } else {
        word += s.name[i];
      }
    }
  }
  for (const Edit& e : plan.edits) {
    if (!is_structured(e.category) || year_only(e)) continue;
    std::string original = e.original;
    // An address is searched by its street part (after a flat's number: "Flat 3, 41 Hoe
    // Street" by "41 Hoe Street"); a date of birth by its date.
    if (e.category == Category::address) {
      std::string first = original.substr(0, original.find(','));
      const std::string folded_first = unicode::fold(first);
      for (std::string_view unit : {"flat ", "apartment ", "apt ", "unit ", "room ", "maisonette ", "studio "})
        if (folded_first.starts_with(unit) && original.find(',') != std::string::npos) {
          const std::size_t b = original.find(',') + 1;
          first = original.substr(b, original.find(',', b) - b);
        }
      original = first;
    }
    if (e.category == Category::dob)
      for (std::string_view lead : {"born on the ", "born on ", "born ", "Born on the ", "Born on ", "Born "})
        if (original.starts_with(lead)) original.erase(0, lead.size());
    const bool digits = e.category == Category::phone || e.category == Category::nhs_number;
    add(original, fmt::format("{} (edited)", to_string(e.category)), digits, false);
  }
  return out;
}

bool is_word_byte(char c) { return std::isalnum(static_cast<unsigned char>(c)) || (static_cast<unsigned char>(c) & 0x80); }

// A text folded for the raw search, spaces collapsed, with a map back to the original.
struct SearchText {
  std::string text;                  // folded, runs of spaces as one
  std::vector<std::uint32_t> folded_at;  // per byte of text: its offset in the folded text
  unicode::FoldedText folded;

  explicit SearchText(std::string_view original) : folded(original) {
    const std::string& f = folded.text();
    text.reserve(f.size());
    folded_at.reserve(f.size());
    for (std::size_t i = 0; i < f.size(); ++i) {
      if (f[i] == ' ' && !text.empty() && text.back() == ' ') continue;
      text += f[i];
      folded_at.push_back(static_cast<std::uint32_t>(i));
    }
  }
  // The original byte range of text bytes [b, e).
  std::pair<std::uint32_t, std::uint32_t> original(std::size_t b, std::size_t e) const {
    return folded.original_range(folded_at[b], folded_at[e - 1] + 1);
  }
};

// Whole-word occurrences of needle in hay, as byte ranges of hay.
std::vector<std::pair<std::size_t, std::size_t>> occurrences(const std::string& hay, const std::string& needle) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  for (std::size_t pos = hay.find(needle); pos != std::string::npos; pos = hay.find(needle, pos + 1)) {
    const std::size_t end = pos + needle.size();
    if ((pos == 0 || !is_word_byte(hay[pos - 1])) && (end >= hay.size() || !is_word_byte(hay[end])))
      out.emplace_back(pos, end);
  }
  return out;
}

void check_with_reader(const std::string& path, const CaseFile& c, const Plan& plan, const Detector& detector,
                       const std::vector<std::string>& forms, Verification& v) {
  Document doc;
  try {
    doc = read_document(path);
  } catch (const Error& e) {
    v.survivors.push_back({"the output cannot be read back: " + e.message(), path, "reader+detector", "", ""});
    return;
  }
  v.checks.push_back(fmt::format("reader+detector: {} blocks read back and scanned with the case file", doc.blocks.size()));
  std::set<std::string> edited;
  for (const Edit& e : plan.edits)
    if (is_structured(e.category) && !year_only(e)) edited.insert(collapse_spaces(unicode::fold(e.original)));
  for (const Finding& f : detector.scan(doc, &c)) {
    const Block& b = doc.blocks[f.block];
    std::string what;
    if (f.category == Category::person && (!f.subject.empty() || !f.candidates.empty())) {
      const std::string who = f.subject.empty() ? "ambiguous subject" : "subject " + f.subject;
      what = fmt::format("{}: {}", who, f.form.empty() ? "name" : f.form);
    } else if (is_structured(f.category) && edited.contains(collapse_spaces(unicode::fold(f.text)))) {
      what = fmt::format("{} (edited)", to_string(f.category));
    } else {
      continue;
    }
    v.survivors.push_back({std::move(what), where(b), "reader+detector",
                           unicode::masked_context(b.text, f.begin, f.end, forms), f.text});
  }
}

// The raw content, searched for every needle. A subject's name word is accepted where
// it lies inside a phrase the detector keeps, judged on the raw text itself by the
// detector's own keep rule (Detector::kept_phrases): "Clare's Law", a professional.
void check_raw(const std::string& path, const CaseFile& c, const Plan& plan, const Detector& detector,
               const std::vector<std::string>& forms, Verification& v) {
  const std::vector<Needle> needles = needles_for(c, plan, detector);
  for (const RawPart& part : read_raw_content(path, v.checks)) {
    // Each line of the raw text a block (XML parts have a line per paragraph and per
    // attribute value), so kept phrases are found as in a document.
    Document lines;
    std::size_t start = 0;
    while (start <= part.text.size()) {
      const std::size_t end = std::min(part.text.find('\n', start), part.text.size());
      Block b;
      b.text = unicode::repair_utf8(std::string_view(part.text).substr(start, end - start));
      lines.blocks.push_back(std::move(b));
      start = end + 1;
    }
    std::vector<KeptPhrase> kept;
    bool kept_known = false;
    for (std::size_t li = 0; li < lines.blocks.size(); ++li) {
      const std::string& line = lines.blocks[li].text;
      if (line.empty()) continue;
      const SearchText hay(line);
      const std::string squeezed = squeeze_digits(hay.text);
      for (const Needle& n : needles) {
        if (n.digits) {
          if (!occurrences(squeezed, n.folded).empty())
            v.survivors.push_back({n.what, part.where, "raw", "", n.text});
          continue;
        }
        for (const auto& [fb, fe] : occurrences(hay.text, n.folded)) {
          const auto [ob, oe] = hay.original(fb, fe);
          if (n.name) {
            if (!kept_known) {  // only when a name word is met: most outputs have none
              kept = detector.kept_phrases(lines, &c);
              kept_known = true;
            }
            const KeptPhrase* inside = nullptr;
            for (const KeptPhrase& k : kept)
              if (k.block == li && k.begin <= ob && k.end >= oe) inside = &k;
            if (inside != nullptr) {
              v.accepted.push_back({n.what, part.where, inside->reason,
                                    unicode::masked_context(line, ob, oe, forms),
                                    line.substr(inside->begin, inside->end - inside->begin)});
              continue;
            }
          }
          v.survivors.push_back({n.what, part.where, "raw", unicode::masked_context(line, ob, oe, forms, "[...]"), n.text});
        }
      }
    }
  }
}

}  // namespace

std::vector<std::string> name_forms(const CaseFile& effective, const Detector&) {
  // Every word, ordinary words too: a message may over-mask "will", never show "Will".
  std::set<std::string> out;
  auto add_words = [&](const std::string& name) {
    out.insert(name);
    std::string word;
    for (std::size_t i = 0; i <= name.size(); ++i) {
      if (i == name.size() || name[i] == ' ' || name[i] == '-') {
        if (word.size() >= 2) out.insert(word);
        word.clear();
      } else {
        word += name[i];
      }
    }
  };
  for (const Subject& s : effective.subjects) {
    add_words(s.name);
    for (const std::string& a : s.aliases) add_words(a);
  }
  // Longest first, so that a full name is masked whole.
  std::vector<std::string> sorted(out.begin(), out.end());
  std::stable_sort(sorted.begin(), sorted.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  return sorted;
}

Verification verify_output(const std::string& path, const CaseFile& effective, const Plan& plan,
                           const Detector& detector) {
  Verification v;
  const std::vector<std::string> forms = name_forms(effective, detector);
  check_with_reader(path, effective, plan, detector, forms, v);
  check_raw(path, effective, plan, detector, forms, v);
  return v;
}

}  // namespace dhr::verify
