// The plain text and Markdown reader.
//
// Plain-text reports come from many places (pdftotext, copy and paste, the seeds), so
// structure is recovered from the lines themselves: Markdown `#` headings, numbered and
// upper-case heading lines, paragraph numbers (also when they stand on a line of their
// own, as pdftotext leaves them), bullets, pipe and tab-separated tables. Wrapped lines
// are joined into paragraphs; in plain text a blank line inside a wrapped sentence (a
// common extraction artefact) does not end the paragraph.
#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "dhr/error.h"
#include "dhr/reader.h"
#include "read/block_builder.h"
#include "read/file_access.h"
#include "text/utf8.h"

namespace dhr {
namespace {

using read::BlockBuilder;

struct Line {
  std::uint32_t begin = 0;  // byte offset of the content (after indentation) in the file
  std::string_view text;    // content without indentation, newline or trailing spaces
  int indent = 0;           // leading spaces (a tab counts 4)
  int page = 1;
};

enum class LineKind { blank, md_heading, table_row, table_rule, bullet, numbered, number_only, text };

struct Classified {
  LineKind kind = LineKind::text;
  int level = 0;                 // heading level (#) or bullet depth
  std::string number;            // the paragraph number / list label, without spaces
  std::uint32_t content_skip = 0;  // bytes of the line before the content proper
};

// Patterns for the start of a line. Paragraph numbers: "1.2", "3.21.", "2.", "a)", "(b)",
// "iv." "(ii)". A bare "2" is not a number (it is usually a page number or table value).
const RE2& number_re() {
  static const RE2 re(R"(^((?:\d{1,3}(?:\.\d{1,3})+\.?)|(?:\d{1,3}\.)|(?:[a-z]\))|(?:\([a-z]\))|(?:[ivx]{1,5}[.)])|(?:\([ivx]{1,5}\)))(\s+|$))");
  return re;
}
const RE2& bullet_re() {
  static const RE2 re("^([-*+\xE2\x80\xA2\xE2\x96\xAA\xE2\x97\xA6\xE2\x97\x8F\xC2\xB7\xEF\x82\xB7\xEF\x82\xA7]|o)\\s+");
  return re;
}
const RE2& md_heading_re() {
  static const RE2 re(R"(^(#{1,6})\s+)");
  return re;
}
const RE2& table_rule_re() {
  static const RE2 re(R"(^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$)");
  return re;
}

// RE2's \s: the white space a pattern below needs after a mark or number.
bool is_regex_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }

// Whether a line's first bytes can open a bullet (bullet_re): one of its ASCII marks or "o"
// before white space, or the first byte of one of its multi-byte marks.
bool may_open_bullet(std::string_view s) {
  switch (static_cast<unsigned char>(s.front())) {
    case '-': case '*': case '+': case 'o':
      return s.size() > 1 && is_regex_space(s[1]);
    case 0xE2: case 0xC2: case 0xEF:
      return true;
    default:
      return false;
  }
}

// Whether a line's first bytes can open a paragraph number (number_re): one to three
// digits and a full stop, a bracket, a letter and a bracket, or up to five Roman-numeral
// letters and a full stop or bracket. Most lines are prose and fail at the first byte.
bool may_open_number(std::string_view s) {
  const char c = s.front();
  if (c == '(') return true;
  if (c >= 'a' && c <= 'z' && s.size() > 1 && s[1] == ')') return true;
  std::size_t k = 0;
  if (c >= '0' && c <= '9') {
    while (k < s.size() && k < 3 && s[k] >= '0' && s[k] <= '9') ++k;
    return k < s.size() && s[k] == '.';
  }
  while (k < s.size() && k < 5 && (s[k] == 'i' || s[k] == 'v' || s[k] == 'x')) ++k;
  return k > 0 && k < s.size() && (s[k] == '.' || s[k] == ')');
}

bool is_upper_heading_line(std::string_view s) {
  // Upper-case heading: at least 3 letters, no lower-case letter, not too long.
  int upper = 0;
  for (unsigned char c : s) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++upper;
  }
  return upper >= 3 && s.size() <= 120;
}

// Words a line cannot end on unless it goes on: "The purpose of a DHR is to".
constexpr std::string_view kDanglingWords[] = {"to", "and", "or", "of", "the", "a", "an", "by", "with", "for",
                                               "in", "on", "at", "that", "is", "was", "were", "be", "as", "from",
                                               "her", "his", "their", "mr", "mrs", "ms", "miss", "dr"};
constexpr std::size_t kLongestDanglingWord = 5;
static_assert([] {
  std::size_t longest = 0;
  for (std::string_view w : kDanglingWords) longest = std::max(longest, w.size());
  return longest;
}() == kLongestDanglingWord, "kLongestDanglingWord must be the length of the longest word");

// The same words as a pattern, in any case, as a whole word at the end of a line.
const RE2& dangling_re() {
  static const RE2 re = [] {
    std::string words;
    for (std::string_view w : kDanglingWords) words.append(words.empty() ? "" : "|").append(w);
    return "(?i)\\b(" + words + ")$";
  }();
  return re;
}

bool is_regex_word_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// Whether a line visibly needs a continuation: it stops on a comma, a hyphen or a word
// that cannot end a sentence or a title ("The purpose of a DHR is to").
bool ends_dangling(std::string_view s) {
  if (s.empty()) return false;
  const char last = s.back();
  if (last == ',' || last == '-' || last == '(' || last == '&') return true;
  // The last word, as the regex's \b sees words: a run of ASCII letters, digits and '_'.
  std::size_t start = s.size();
  while (start > 0 && is_regex_word_byte(s[start - 1])) --start;
  const std::string_view word = s.substr(start);
  if (start > 0 && static_cast<unsigned char>(s[start - 1]) >= 0x80) {
    // A word that ends or goes on in non-ASCII letters: (?i) also folds a few of those
    // (the long s, the Kelvin sign) to ASCII, so the regex decides.
    return RE2::PartialMatch(re2::StringPiece(s.data(), s.size()), dangling_re());
  }
  if (word.empty() || word.size() > kLongestDanglingWord) return false;
  char lower[kLongestDanglingWord];
  for (std::size_t k = 0; k < word.size(); ++k)
    lower[k] = word[k] >= 'A' && word[k] <= 'Z' ? static_cast<char>(word[k] - 'A' + 'a') : word[k];
  const std::string_view w(lower, word.size());
  return std::find(std::begin(kDanglingWords), std::end(kDanglingWords), w) != std::end(kDanglingWords);
}

// A numbered line reads as a heading ("2. Terms of Reference", "1.3 Process of the
// Review") when the rest is short, starts with a capital, has no sentence punctuation
// at the end and does not stop on a word that needs a continuation ("The purpose is to").
bool is_numbered_heading(std::string_view rest) {
  if (rest.empty() || rest.size() > 80) return false;
  if (!(rest[0] >= 'A' && rest[0] <= 'Z')) return false;
  // A colon ends a lead-in ("1.3 A DHR is defined as:"), not a numbered heading.
  const char last = rest.back();
  if (last == '.' || last == ',' || last == ';' || last == '?' || last == '!' || last == ':') return false;
  if (ends_dangling(rest)) return false;
  int words = 1;
  for (char c : rest) words += (c == ' ');
  return words <= 12;
}

Classified classify(const Line& line, bool markdown) {
  Classified c;
  std::string_view s = line.text;
  if (s.empty()) {
    c.kind = LineKind::blank;
    return c;
  }
  re2::StringPiece input(s.data(), s.size());
  re2::StringPiece m1;
  // Each pattern is asked only of lines whose first bytes it could match: most lines are
  // prose, and a text file is read line by line.
  if (s.front() == '#' && RE2::PartialMatch(input, md_heading_re(), &m1)) {
    c.kind = LineKind::md_heading;
    c.level = static_cast<int>(m1.size());
    c.content_skip = static_cast<std::uint32_t>(s.find_first_not_of(" \t", m1.size()));
    return c;
  }
  if (s.find("---") != std::string_view::npos && RE2::FullMatch(input, table_rule_re())) {
    c.kind = LineKind::table_rule;
    return c;
  }
  if (s.front() == '|' || (!markdown && s.find('\t') != std::string_view::npos)) {
    c.kind = LineKind::table_row;
    return c;
  }
  if (re2::StringPiece rest = input; may_open_bullet(s) && RE2::Consume(&rest, bullet_re())) {
    c.kind = LineKind::bullet;
    c.level = 1 + line.indent / 2;
    c.content_skip = static_cast<std::uint32_t>(rest.data() - s.data());
    // "- 1.1 text": a numbered paragraph that a converter turned into a list item.
    re2::StringPiece num;
    re2::StringPiece after = rest;
    if (!after.empty() && may_open_number(std::string_view(after.data(), after.size())) &&
        RE2::Consume(&after, number_re(), &num) && num.find('.') != re2::StringPiece::npos &&
        num.size() >= 3) {
      c.kind = LineKind::numbered;
      c.number = std::string(num);
      c.content_skip = static_cast<std::uint32_t>(after.data() - s.data());
    }
    return c;
  }
  re2::StringPiece num;
  re2::StringPiece rest = input;
  if (may_open_number(s) && RE2::Consume(&rest, number_re(), &num)) {
    c.number = std::string(num);
    c.kind = rest.empty() ? LineKind::number_only : LineKind::numbered;
    c.content_skip = static_cast<std::uint32_t>(rest.data() - s.data());
    return c;
  }
  c.kind = LineKind::text;
  return c;
}

// Markup that is not text: Markdown emphasis and the HTML tags converters leave behind.
// Returns the length of a markup token at the start of s, or 0.
std::size_t markup_length(std::string_view s) {
  static constexpr std::string_view tokens[] = {"**", "__", "<b>", "</b>", "<i>", "</i>", "<u>", "</u>",
                                                "<strong>", "</strong>", "<em>", "</em>", "<br>", "<br/>"};
  for (std::string_view t : tokens)
    if (s.starts_with(t)) return t.size();
  return 0;
}

// Appends line content to the builder with file anchors, dropping markup tokens and
// Markdown backslash escapes, so that the text holds only what a reader sees.
void append_content(BlockBuilder& b, std::string_view s, std::uint32_t file_offset, bool* all_bold) {
  std::size_t run_start = 0;
  bool saw_bold_open = false;
  auto flush = [&](std::size_t until) {
    if (until > run_start)
      b.append(s.substr(run_start, until - run_start), SourceKind::file_bytes, 0, 0,
               file_offset + static_cast<std::uint32_t>(run_start), static_cast<std::uint32_t>(until - run_start));
  };
  // Markup and escapes start with one of four bytes: every other byte is text, passed
  // over with one table look-up.
  static constexpr auto kOpensMarkup = [] {
    std::array<bool, 256> t{};
    t['*'] = t['_'] = t['<'] = t['\\'] = true;
    return t;
  }();
  for (std::size_t i = 0; i < s.size();) {
    if (!kOpensMarkup[static_cast<unsigned char>(s[i])]) {
      ++i;
      continue;
    }
    const std::size_t m = markup_length(s.substr(i));
    if (m > 0) {
      if (i == 0 && (s.substr(0, 2) == "**" || s.substr(0, 3) == "<b>")) saw_bold_open = true;
      flush(i);
      i += m;
      run_start = i;
      continue;
    }
    if (s[i] == '\\' && i + 1 < s.size() && std::ispunct(static_cast<unsigned char>(s[i + 1]))) {
      flush(i);
      run_start = i + 1;
      i += 2;
      continue;
    }
    ++i;
  }
  flush(s.size());
  if (all_bold != nullptr) *all_bold = saw_bold_open;
}

bool ends_sentence(std::string_view s) {
  while (!s.empty() && (s.back() == '*' || s.back() == '"' || s.back() == ')' || s.back() == '\'')) s.remove_suffix(1);
  if (s.empty()) return true;
  const char c = s.back();
  return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' ||
         s.ends_with("\xE2\x80\x9D") || s.ends_with("\xE2\x80\x99");  // closing curly quotes
}

bool starts_lower(std::string_view s) { return !s.empty() && s[0] >= 'a' && s[0] <= 'z'; }

class TextReader {
 public:
  TextReader(std::string path, std::string bytes, bool markdown)
      : path_(std::move(path)), bytes_(std::move(bytes)), markdown_(markdown) {}

  Document read() {
    split_lines();
    typical_length_ = typical_line_length();
    doc_.path = path_;
    doc_.format = markdown_ ? Format::markdown : Format::text;
    // Each line classified once: take_line also looks at the next line's kind.
    classified_.reserve(lines_.size());
    for (const Line& line : lines_) classified_.push_back(classify(line, markdown_));
    for (std::size_t i = 0; i < lines_.size(); ++i) take_line(i);
    flush();
    doc_.pages = saw_form_feed_ ? page_ : 0;
    return std::move(doc_);
  }

 private:
  void split_lines() {
    std::string_view all(bytes_);
    std::uint32_t pos = 0;
    if (all.starts_with("\xEF\xBB\xBF")) pos = 3;  // byte order mark
    int page = 1;
    while (pos <= all.size()) {
      std::size_t nl = all.find('\n', pos);
      if (nl == std::string_view::npos) nl = all.size();
      std::string_view raw = all.substr(pos, nl - pos);
      std::uint32_t begin = pos;
      // Form feeds (pdftotext's page breaks) count pages and are not text.
      while (!raw.empty() && raw.front() == '\f') {
        ++page;
        saw_form_feed_ = true;
        raw.remove_prefix(1);
        ++begin;
      }
      Line line;
      line.page = page;
      std::size_t k = 0;
      while (k < raw.size() && (raw[k] == ' ' || raw[k] == '\t')) {
        line.indent += raw[k] == '\t' ? 4 : 1;
        ++k;
      }
      // A tab-separated row may start with an empty cell; keep leading tabs there.
      if (!markdown_ && k > 0 && raw.find('\t', k) != std::string_view::npos) k = 0;
      raw.remove_prefix(k);
      begin += static_cast<std::uint32_t>(k);
      while (!raw.empty() && (raw.back() == '\r' || raw.back() == ' ' || raw.back() == '\f' ||
                              (markdown_ && raw.back() == '\\'))) {
        if (raw.back() == '\f') saw_form_feed_ = true;
        raw.remove_suffix(1);
      }
      // A line of only tabs or spaces is blank.
      if (raw.find_first_not_of(" \t") == std::string_view::npos) raw = {};
      line.begin = begin;
      line.text = raw;
      lines_.push_back(line);
      if (nl == all.size()) break;
      pos = static_cast<std::uint32_t>(nl + 1);
    }
  }

  // The length of a full wrapped line: lines at least this long were probably wrapped.
  std::size_t typical_line_length() const {
    std::vector<std::size_t> lengths;
    for (const Line& l : lines_)
      if (l.text.size() > 20) lengths.push_back(l.text.size());
    if (lengths.empty()) return 80;
    std::sort(lengths.begin(), lengths.end());
    return lengths[lengths.size() * 3 / 4];
  }

  // Shorter than a full wrapped line: a heading, or the last line of a paragraph.
  bool is_short(const Line& line) const { return line.text.size() * 10 < typical_length_ * 7; }

  // In plain text, a short line (the last line of a paragraph, or a title) ends its
  // paragraph when the next line starts with a capital and the short line does not
  // visibly dangle (pdftotext-style text without blank lines between paragraphs).
  bool ends_paragraph_here(const Line& next) const {
    return !markdown_ && last_line_ != nullptr && is_short(*last_line_) && !ends_dangling(last_line_->text) &&
           !starts_lower(next.text);
  }

  // Whether a text line after a blank line still belongs to the open paragraph: only in
  // plain text, only when the paragraph visibly did not end (no closing punctuation,
  // and a full-length line or a lower-case continuation).
  bool continues_across_blank(const Line& next) const {
    if (markdown_ || !open_ || last_line_ == nullptr) return false;
    if (ends_sentence(last_line_->text)) return false;
    return starts_lower(next.text) || !is_short(*last_line_);
  }

  void take_line(std::size_t i) {
    const Line& line = lines_[i];
    page_ = line.page;
    const Classified& c = classified_[i];
    if (c.kind != LineKind::table_row && c.kind != LineKind::table_rule) in_table_ = false;
    switch (c.kind) {
      case LineKind::blank:
        saw_blank_ = true;
        return;
      case LineKind::table_rule:
        return;
      case LineKind::table_row:
        flush();
        take_table_row(line);
        break;
      case LineKind::md_heading:
        flush();
        start(BlockKind::heading, line);
        current_.block().level = c.level;
        add_text(line, c.content_skip);
        flush();
        break;
      case LineKind::number_only:
        flush();
        pending_number_ = c.number;
        break;
      case LineKind::bullet:
        flush();
        start(BlockKind::list_item, line);
        current_.block().level = c.level;
        add_text(line, c.content_skip);
        break;
      case LineKind::numbered:
        flush();
        // "1. National Probation Service" directly followed by "2. ...": a numbered list.
        start(next_is_numbered(i) && c.number.find('.') == c.number.size() - 1 ? BlockKind::list_item
                                                                                 : BlockKind::paragraph,
              line);
        current_.block().number = c.number;
        if (current_.block().kind == BlockKind::list_item) current_.block().level = 1;
        add_text(line, c.content_skip);
        if (current_.block().kind == BlockKind::list_item) break;
        if (is_numbered_heading(line.text.substr(c.content_skip)) && is_short(line) && next_is_break(i)) {
          current_.block().kind = BlockKind::heading;
          current_.block().level = static_cast<int>(std::count(c.number.begin(), c.number.end(), '.')) +
                                   (c.number.back() == '.' ? 0 : 1);
          flush();
        }
        break;
      case LineKind::text:
        if (open_ && current_.block().kind != BlockKind::heading && !ends_paragraph_here(line) &&
            (!saw_blank_ || continues_across_blank(line))) {
          join_line(line);
        } else {
          flush();
          const bool upper = is_upper_heading_line(line.text);
          start(upper ? BlockKind::heading : BlockKind::paragraph, line);
          if (upper) current_.block().level = 1;
          if (!pending_number_.empty()) {
            current_.block().number = pending_number_;
            pending_number_.clear();
            if (upper) current_.block().kind = BlockKind::paragraph;
          }
          add_text(line, 0);
          if (upper) flush();
        }
        break;
    }
    saw_blank_ = false;
  }

  // Whether line i is followed by a blank line, the end, or a new structural line —
  // i.e. it stands alone, as a heading does.
  bool next_is_break(std::size_t i) const {
    if (i + 1 >= lines_.size()) return true;
    return classified_[i + 1].kind != LineKind::text;
  }

  bool next_is_numbered(std::size_t i) const {
    return i + 1 < lines_.size() && classified_[i + 1].kind == LineKind::numbered;
  }

  void start(BlockKind kind, const Line& line) {
    current_.block().kind = kind;
    current_.block().page = saw_form_feed_ ? line.page : 0;
    if (!pending_number_.empty() && kind == BlockKind::paragraph) {
      current_.block().number = pending_number_;
      pending_number_.clear();
    }
    open_ = true;
  }

  void add_text(const Line& line, std::uint32_t skip) {
    const bool first_line = current_.empty();
    bool opens_bold = false;
    append_content(current_, line.text.substr(skip), line.begin + skip, &opens_bold);
    // A paragraph wholly in **bold** (or <b>) reads as a heading in unstyled reports.
    if (first_line)
      current_.block().bold = opens_bold && (line.text.ends_with("**") || line.text.ends_with("</b>"));
    last_line_ = &line;
  }

  void join_line(const Line& line) {
    // End-of-line hyphen before a lower-case continuation: keep the hyphen, drop the
    // break ("co-" + "ordinated" -> "co-ordinated"), so hyphenated names stay whole.
    const std::string& t = current_.text();
    const bool hyphen = t.size() >= 2 && t.back() == '-' && std::isalpha(static_cast<unsigned char>(t[t.size() - 2])) &&
                        starts_lower(line.text);
    if (!hyphen) current_.append_synthetic(" ");
    current_.block().bold = false;
    add_text(line, 0);
  }

  void take_table_row(const Line& line) {
    if (!in_table_) {
      ++table_index_;
      row_ = -1;
    }
    in_table_ = true;
    ++row_;
    std::string_view s = line.text;
    const char sep = s.front() == '|' ? '|' : '\t';
    std::uint32_t pos = 0;
    if (sep == '|') pos = 1;
    int col = 0;
    while (pos <= s.size()) {
      std::size_t end = s.find(sep, pos);
      if (end == std::string_view::npos) end = s.size();
      if (sep == '|' && end == s.size() && pos == s.size()) break;  // after a closing pipe
      std::string_view cell = s.substr(pos, end - pos);
      const std::size_t lead = cell.find_first_not_of(' ');
      const std::size_t trail = cell.find_last_not_of(' ');
      if (sep == '\t' && cell.empty() && end < s.size() && end + 1 <= s.size() && pos > 0) {
        pos = static_cast<std::uint32_t>(end + 1);  // runs of tabs separate one pair of cells
        continue;
      }
      if (lead != std::string_view::npos) {
        BlockBuilder b(BlockKind::table_cell);
        b.block().cell = {table_index_, row_, col};
        b.block().page = saw_form_feed_ ? line.page : 0;
        append_content(b, cell.substr(lead, trail - lead + 1), line.begin + pos + static_cast<std::uint32_t>(lead), nullptr);
        if (!b.empty()) doc_.blocks.push_back(b.finish());
      }
      ++col;
      if (end == s.size()) break;
      pos = static_cast<std::uint32_t>(end + 1);
    }
  }

  void flush() {
    if (open_) {
      current_.trim_end();
      if (!current_.empty()) doc_.blocks.push_back(current_.finish());
      else current_ = BlockBuilder();
    }
    open_ = false;
    last_line_ = nullptr;
  }

  std::string path_;
  std::string bytes_;
  bool markdown_;
  std::vector<Line> lines_;
  std::vector<Classified> classified_;  // per line
  std::size_t typical_length_ = 80;
  Document doc_;
  BlockBuilder current_;
  bool open_ = false;
  bool saw_blank_ = false;
  bool saw_form_feed_ = false;
  bool in_table_ = false;
  int table_index_ = -1;
  int row_ = -1;
  int page_ = 1;
  std::string pending_number_;
  const Line* last_line_ = nullptr;
};

}  // namespace

Document read_text(const std::string& path, const ReadOptions& options) {
  std::string bytes = read::read_file_bytes(path, options.max_file_bytes);
  if (bytes.empty()) throw Error(ErrorKind::corrupt, path, "empty file");
  const std::size_t bad = unicode::find_invalid_utf8(bytes);
  if (bad != std::string::npos)
    throw Error(ErrorKind::corrupt, path, fmt::format("invalid UTF-8 at byte {} (save the file as UTF-8)", bad));
  const std::string ext = read::extension_of(path);
  const bool markdown = (ext == "md" || ext == "markdown");
  return TextReader(path, std::move(bytes), markdown).read();
}

}  // namespace dhr
