// Matching the compiled case names against the words of one block (internal, for the
// case matcher). One pass left to right: at each word, a hash look-up says which name
// parts may start there; from those, the longest run of one person's parts (with a title
// before and a possessive after) becomes one mention.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "detect/case_names.h"
#include "detect/case_tokens.h"
#include "detect/scan_context.h"
#include "dhr/finding.h"

namespace dhr::detect {

struct CaseMention {
  Finding finding;
  std::vector<std::uint32_t> owners;  // the subject owners it may be (one when resolved)
  bool pending = false;  // a name that is also a word, waiting for a firm mention nearby
  bool firm = false;     // resolved to one subject, and not a name-word taken on evidence:
                         // vouches for name-words nearby
};

class CaseBlockScan {
 public:
  CaseBlockScan(const CaseNames& names, const ScanContext& ctx) : names_(names), ctx_(ctx) {}
  // Appends the mentions in block `block` to out.
  void scan(std::size_t block, std::vector<CaseMention>& out);

 private:
  struct Hit {
    std::uint32_t part;
    std::uint32_t end;  // token index after the part
    bool approx;        // one atom is one edit off
    bool broken;        // a line break or line-end hyphen inside the part
  };
  struct State {
    std::uint32_t owner;
    std::uint32_t first_part;
    std::uint32_t end;
    std::uint8_t seq;
    std::uint8_t last_order;
    std::uint16_t nparts;
    std::uint8_t kinds;  // one bit per PartKind
    bool approx;
    bool broken;
  };
  struct Chain {
    std::size_t title = SIZE_MAX;  // token index of the title, if any
    Gender title_gender = Gender::unknown;
    std::size_t start = 0;         // first name token
    std::size_t end = 0;           // token after the last
    std::vector<State> best;       // the longest valid states, one per owner
  };

  void rejoin_broken_words();
  std::size_t step(std::size_t i, std::vector<CaseMention>& out);
  bool build_chain(std::size_t start, Chain& chain);
  std::size_t emit_chain(const Chain& chain, std::vector<CaseMention>& out);
  std::size_t initials(std::size_t i, std::vector<CaseMention>& out);

  // Hits starting at token i, as a range of hits_.
  std::pair<std::size_t, std::size_t> hits(std::size_t i);
  bool may_hit(std::size_t i) const;  // false: hits(i) is certainly empty
  void match_rest(std::uint32_t part, std::size_t i, bool approx, std::vector<Hit>& out);
  bool may_be_misspelt(std::size_t i) const;
  bool long_and_capitalised(std::size_t i) const;
  bool cited_author(std::size_t i) const;

  bool possessive_after(std::size_t start, std::size_t end) const;
  bool capital_unexplained(std::size_t start, std::size_t end) const;
  bool person_verb_after(std::size_t end) const;
  bool followed_by_capital(std::size_t end) const;     // "Mecca Bingo": another capitalised word (no name)
  bool followed_by_lower_word(std::size_t end) const;  // "Junior doctors": a lower-case word
  bool other_name(std::size_t i) const;
  std::string word_name_evidence(const Chain& chain, const NamePart& part, bool possessive) const;
  bool inside_address(std::uint32_t fbegin, std::uint32_t fend) const;
  bool ends_block(const Chain& chain) const;

  void add(std::vector<CaseMention>& out, std::uint32_t fbegin, std::uint32_t fend, std::vector<std::uint32_t> owners,
           bool resolved, const std::string& form, double confidence, const std::string& detail, bool pending);

  const CaseNames& names_;
  const ScanContext& ctx_;
  std::size_t block_ = 0;
  BlockWords w_;
  std::vector<Hit> hits_;  // memo of hits per token, for the current chain
  std::vector<std::pair<std::size_t, std::pair<std::size_t, std::size_t>>> hit_ranges_;
  std::vector<State> states_;
  std::vector<std::uint32_t> scratch_;

  // A name that ended its block, which the next block may finish ("Jonah" | "Grace as a
  // threat ..." when a PDF line or a page ends inside the name).
  struct Carry {
    std::vector<State> states;
    std::size_t mention = SIZE_MAX;  // its mention in `out`, if one was made
  };
  Carry carry_;       // from the previous block
  Carry next_carry_;  // for the next block
  std::size_t previous_block_ = SIZE_MAX;
};

}  // namespace dhr::detect
