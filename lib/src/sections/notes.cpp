#include "sections/notes.h"

#include <re2/re2.h>

#include <algorithm>

#include <fmt/format.h>

#include "text/fold.h"

namespace dhr::sections {
namespace {

bool found(const Placed& p) { return p.result->status != SectionStatus::missing; }

const Placed* by_id(const std::vector<Placed>& all, std::string_view id) {
  for (const Placed& p : all)
    if (p.spec->id == id) return &p;
  return nullptr;
}

// The found sections not in a longest run that keeps the usual order (equal order numbers
// may come in any order): the fewest sections whose moving would restore the layout.
// Sections sharing one heading ("Conclusions and Recommendations") all take the smallest
// order among them: the combined heading stands where the first of them belongs, and a
// section the model puts between them ("Lessons") may follow it.
std::vector<const Placed*> out_of_order(const std::vector<const Placed*>& in_document_order) {
  const std::size_t n = in_document_order.size();
  std::vector<int> order(n);
  for (std::size_t i = 0; i < n; ++i) {
    order[i] = in_document_order[i]->spec->order;
    for (std::size_t j = 0; j < n; ++j)
      if (in_document_order[j]->result->block == in_document_order[i]->result->block)
        order[i] = std::min(order[i], in_document_order[j]->spec->order);
  }
  std::vector<std::size_t> length(n, 1), previous(n, n);
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = 0; j < i; ++j)
      if (order[j] <= order[i] && length[j] + 1 > length[i]) {
        length[i] = length[j] + 1;
        previous[i] = j;
      }
  std::vector<bool> keep(n, false);
  if (n > 0) {
    // Ties go to the run ending latest, so that a misplaced late section is the one named.
    std::size_t best = 0;
    for (std::size_t i = 0; i < n; ++i)
      if (length[i] >= length[best]) best = i;
    for (std::size_t i = best; i < n; i = previous[i]) keep[i] = true;
  }
  std::vector<const Placed*> out;
  for (std::size_t i = 0; i < n; ++i)
    if (!keep[i]) out.push_back(in_document_order[i]);
  return out;
}

// The first paragraph that tells of the review's contact with the family ("the family
// declined to contribute", "grateful for their participation in this review" after
// condolences to the family), or -1. Words of contact alone are not enough: "his family
// attempted to get help" is part of the story, not of the review.
int family_contact_block(const Document& doc) {
  static const RE2 family(R"(\bfamil(y|ies)\b)");
  static const RE2 contact(R"(\b(contribut|particip|invited|declined|met with|meeting with|interviewed|spoke (with|to)))");
  static const RE2 review(R"(\b(review|panel|chair|author|contribut))");
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& b = doc.blocks[i];
    if (b.kind != BlockKind::paragraph && b.kind != BlockKind::list_item) continue;
    const std::string f = unicode::fold(b.text);
    if (RE2::PartialMatch(f, family) && RE2::PartialMatch(f, contact) && RE2::PartialMatch(f, review))
      return static_cast<int>(i);
  }
  return -1;
}

}  // namespace

std::string where(const SectionResult& r) {
  if (!r.number.empty() && r.page > 0) return fmt::format("{}, page {}", r.number, r.page);
  if (!r.number.empty()) return r.number;
  if (r.page > 0) return fmt::format("page {}", r.page);
  return fmt::format("block {}", r.block);
}

std::vector<SectionNote> make_notes(const Document& doc, const std::vector<Placed>& sections) {
  std::vector<SectionNote> notes;
  const Placed* tor = by_id(sections, "terms_of_reference");

  // Terms of reference after the facts: the Home Office panel looks for them early.
  bool tor_late = false;
  if (tor != nullptr && found(*tor)) {
    for (std::string_view id : {"background", "chronology"}) {
      const Placed* facts = by_id(sections, id);
      if (facts != nullptr && found(*facts) && facts->result->block < tor->result->block) {
        notes.push_back({"tor_late", tor->spec->name,
                         fmt::format("{} ({}) come after {} ({}): they belong near the start, before the facts",
                                     tor->spec->name, where(*tor->result), facts->spec->name, where(*facts->result))});
        tor_late = true;
        break;
      }
    }
  }

  // Sections out of the usual order.
  std::vector<const Placed*> placed;
  for (const Placed& p : sections)
    if (found(p)) placed.push_back(&p);
  std::stable_sort(placed.begin(), placed.end(), [](const Placed* a, const Placed* b) {
    if (a->result->block != b->result->block) return a->result->block < b->result->block;
    return a->spec->order < b->spec->order;  // a combined heading serves both in order
  });
  for (const Placed* p : out_of_order(placed)) {
    if (tor_late && p == tor) continue;  // said more precisely above
    // Name the first section it wrongly follows, or else the first it wrongly precedes.
    const Placed* other = nullptr;
    bool after = true;
    for (const Placed* q : placed) {
      if (q->result->block < p->result->block && q->spec->order > p->spec->order) {
        other = q;
        break;
      }
    }
    if (other == nullptr) {
      after = false;
      for (const Placed* q : placed)
        if (q->result->block > p->result->block && q->spec->order < p->spec->order) {
          other = q;
          break;
        }
    }
    if (other == nullptr) continue;
    notes.push_back({"order", p->spec->name,
                     fmt::format("{} ({}) comes {} {} ({}); the model layout puts it {}", p->spec->name, where(*p->result),
                                 after ? "after" : "before", other->spec->name, where(*other->result),
                                 after ? "before" : "after")});
  }

  // Sections with a minimum length: the equality section above all.
  for (const Placed& p : sections) {
    if (!found(p) || p.spec->min_words <= 0 || p.prose_words >= p.spec->min_words) continue;
    notes.push_back({p.spec->id == "equality" ? "equality_short" : "short", p.spec->name,
                     fmt::format("{} ({}) has only {} words of its own (bullet lists not counted); "
                                 "a substantive section is expected", p.spec->name, where(*p.result), p.prose_words)});
  }

  if (const Placed* family = by_id(sections, "family"); family != nullptr && !found(*family)) {
    const int mention = family_contact_block(doc);
    const std::string number = mention >= 0 ? doc.blocks[static_cast<std::size_t>(mention)].number : std::string();
    notes.push_back({"no_family", family->spec->name,
                     mention >= 0 ? fmt::format("No section on the family's involvement: contact with the family is only "
                                                "mentioned in passing ({})",
                                                number.empty() ? fmt::format("block {}", mention) : number)
                                  : "No section on the family's involvement, and no paragraph tells of the review's "
                                    "contact with the family"});
  }

  const Placed* recs = by_id(sections, "recommendations");
  const Placed* plan = by_id(sections, "action_plan");
  if (recs != nullptr && plan != nullptr && found(*recs) && !found(*plan))
    notes.push_back({"no_action_plan", plan->spec->name,
                     fmt::format("{} ({}) but no {}", recs->spec->name, where(*recs->result), plan->spec->name)});
  return notes;
}

}  // namespace dhr::sections
