#include "dhr/policy.h"

#include <gtest/gtest.h>

#include "policy/age_bands.h"
#include "policy/date_phrases.h"

namespace dhr {
namespace {

using policy::age_band_phrase;
using policy::band_words;
using policy::DateKeep;
using policy::generalise_date;

TEST(AgeBands, KeepLegalThresholds) {
  EXPECT_EQ(band_words(9), "under 16");
  EXPECT_EQ(band_words(15), "under 16");
  EXPECT_EQ(band_words(16), "16 or 17");
  EXPECT_EQ(band_words(17), "16 or 17");
  EXPECT_EQ(band_words(18), "18 or 19");
  EXPECT_EQ(band_words(19), "18 or 19");
  EXPECT_EQ(band_words(20), "early twenties");
  EXPECT_EQ(band_words(34), "mid-thirties");
  EXPECT_EQ(band_words(38), "late thirties");
  EXPECT_EQ(band_words(58), "late fifties");
  EXPECT_EQ(band_words(71), "early seventies");
}

TEST(AgeBands, PhrasesStillRead) {
  EXPECT_EQ(age_band_phrase("38|year_old_adjective|woman", "a 38 year old woman", "her"), "a woman in her late thirties");
  EXPECT_EQ(age_band_phrase("28|year_old_adjective|man", "A 28-year-old man", "his"), "A man in his late twenties");
  EXPECT_EQ(age_band_phrase("20|year_old_adjective|son", "20 year old son", "his"), "son in his early twenties");
  EXPECT_EQ(age_band_phrase("81|year_old_adjective|agency worker", "an 81 year old agency worker", "her"),
            "an agency worker in her early eighties");
  EXPECT_EQ(age_band_phrase("34|aged", "aged 34", "her"), "in her mid-thirties");
  EXPECT_EQ(age_band_phrase("16|aged", "aged 16", "his"), "aged 16 or 17");
  EXPECT_EQ(age_band_phrase("12|aged", "Aged 12", "his"), "Aged under 16");
  EXPECT_EQ(age_band_phrase("71|parenthesised", "(71)", "his"), "(early seventies)");
  EXPECT_EQ(age_band_phrase("17|years_months", "17 years 9 months", "his"), "16 or 17");
  EXPECT_EQ(age_band_phrase("33|age_label", "Age: 33", "her"), "Age: early thirties");
  EXPECT_EQ(age_band_phrase("33|table", "33", "their"), "early thirties");
  EXPECT_EQ(age_band_phrase("23-31|aged_range", "aged 23-31 years", "their"), "in their twenties and thirties");
  EXPECT_EQ(age_band_phrase("22|years_old", "around 22 years old", "her"), "in her early twenties");
  EXPECT_EQ(age_band_phrase("9m|year_old_noun", "a 9 month old", "their"), "a person aged under 16");
  EXPECT_EQ(age_band_phrase("45|age_of", "from the age of 45", "her"), "from her mid-forties");
  EXPECT_EQ(age_band_phrase("17|year_old_before_name", "17-year-old", "her"), "16- or 17-year-old");
  EXPECT_EQ(age_band_phrase("28|year_old_before_name", "the 28 year old", "his"), "the late-twenties");
  EXPECT_EQ(age_band_phrase("18|birthday", "18th birthday", "her"), "birthday");
}

TEST(DatePhrases, BirthToYearDeathToMonth) {
  EXPECT_EQ(generalise_date("born 12 March 1988", DateKeep::year, "born"), "born in 1988");
  EXPECT_EQ(generalise_date("Born on the 12th of March 1988", DateKeep::year, "born"), "Born in 1988");
  EXPECT_EQ(generalise_date("DOB: 12/03/1988", DateKeep::year, "born"), "DOB: 1988");
  EXPECT_EQ(generalise_date("12.03.88", DateKeep::year, "born"), "1988");
  EXPECT_EQ(generalise_date("died on 2nd January 2012", DateKeep::month_year, "died"), "died in January 2012");
  EXPECT_EQ(generalise_date("Date of death: 02/01/2012", DateKeep::month_year, "died"), "Date of death: January 2012");
  EXPECT_EQ(generalise_date("born 12 March 1988", DateKeep::nothing, "born"), "born [date of birth]");
  EXPECT_EQ(generalise_date("no date here", DateKeep::year, "born"), "[date]");  // fail closed
}

Document doc_of(std::vector<std::string> texts) {
  Document d;
  for (auto& t : texts) {
    Block b;
    b.text = std::move(t);
    d.blocks.push_back(std::move(b));
  }
  return d;
}

Finding finding(const Document& d, std::size_t block, std::string_view text, Category c, std::string subject = {},
                std::string form = {}, std::size_t nth = 0) {
  std::size_t pos = 0;
  for (std::size_t i = 0; i <= nth; ++i) pos = d.blocks[block].text.find(text, i == 0 ? 0 : pos + 1);
  Finding f;
  f.block = block;
  f.begin = static_cast<std::uint32_t>(pos);
  f.end = static_cast<std::uint32_t>(pos + text.size());
  f.text = std::string(text);
  f.category = c;
  f.subject = std::move(subject);
  f.form = std::move(form);
  f.confidence = 0.95;
  return f;
}

CaseFile okafor_case() {
  CaseFile c;
  c.subjects.push_back({"Natasha Okafor", {}, "victim", "N", Gender::female, {}});
  c.subjects.push_back({"Daniel Okafor", {}, "perpetrator", "Mr Z", Gender::male, {}});
  c.subjects.push_back({"James Hughes-Mbeki", {}, "friend", "the friend", Gender::male, {}});
  return c;
}

std::optional<PlaceInfo> test_places(std::string_view name) {
  if (name == "Cannock") return PlaceInfo{"Cannock", "Staffordshire", false};
  if (name == "Staffordshire") return PlaceInfo{"Staffordshire", "", true};
  return std::nullopt;
}

std::string anonymised(const Document& d, const std::vector<Finding>& f, const CaseFile& c) {
  const Plan p = plan_edits(d, f, c, test_places);
  const Document out = apply_edits(d, p.edits);
  std::string all;
  for (const Block& b : out.blocks) all += b.text + "\n";
  return all;
}

TEST(Policy, SubjectsBecomeTheirPseudonymInEveryForm) {
  const Document d = doc_of({"Natasha's mother said Mrs Okafor was afraid of Mr Okafor.",
                             "NATASHA OKAFOR", "the friend: James' car was seen. James Hughes-Mbeki left.",
                             "He met James Hughes-Mbeki."});
  const CaseFile c = okafor_case();
  std::vector<Finding> f = {
      finding(d, 0, "Natasha", Category::person, "N", "possessive"),
      finding(d, 0, "Mrs Okafor", Category::person, "N", "title_surname"),
      finding(d, 0, "Mr Okafor", Category::person, "Mr Z", "title_surname"),
      finding(d, 1, "NATASHA OKAFOR", Category::person, "N", "upper"),
      finding(d, 2, "James", Category::person, "the friend", "possessive"),
      finding(d, 2, "James Hughes-Mbeki", Category::person, "the friend", "full"),
      finding(d, 3, "James Hughes-Mbeki", Category::person, "the friend", "full"),
  };
  EXPECT_EQ(anonymised(d, f, c),
            "N's mother said N was afraid of Mr Z.\n"
            "N\n"
            "the friend: the friend's car was seen. The friend left.\n"
            "He met the friend.\n");
}

TEST(Policy, NamesSplitIntoTwoFindingsBecomeOnePseudonym) {
  const Document d = doc_of({"Natasha Okafor went home."});
  std::vector<Finding> f = {finding(d, 0, "Natasha", Category::person, "N", "first"),
                            finding(d, 0, "Okafor", Category::person, "N", "surname")};
  EXPECT_EQ(anonymised(d, f, okafor_case()), "N went home.\n");
}

TEST(Policy, AgesDatesAddressesAndNeutralPhrases) {
  const Document d = doc_of({"Natasha Okafor, a 38 year old woman, was born 12 March 1988 and lived at 14 Station Road, "
                             "Cannock WS11 1AB. Call 07700 900123 or natasha@example.com.",
                             "The Red Lion is a pub; she worked for Acme Logistics Ltd and her son attended "
                             "St Mary's Primary School.",
                             "She died on 2nd January 2012 in Cannock."});
  std::vector<Finding> f = {
      finding(d, 0, "Natasha Okafor", Category::person, "N", "full"),
      finding(d, 0, "a 38 year old woman", Category::age, "", "38|year_old_adjective|woman"),
      finding(d, 0, "born 12 March 1988", Category::dob, "", "born_date"),
      finding(d, 0, "14 Station Road, Cannock WS11 1AB", Category::address, "", "street_address"),
      finding(d, 0, "07700 900123", Category::phone),
      finding(d, 0, "natasha@example.com", Category::email),
      finding(d, 1, "Red Lion", Category::pub),
      finding(d, 1, "Acme Logistics Ltd", Category::employer),
      finding(d, 1, "St Mary's Primary School", Category::school),
      finding(d, 2, "died on 2nd January 2012", Category::date_of_death, "", "died_on"),
      finding(d, 2, "Cannock", Category::place),
  };
  f[3].locality = "Cannock";  // as the detector reads it off the address
  EXPECT_EQ(anonymised(d, f, okafor_case()),
            "N, a woman in her late thirties, was born in 1988 and lived at an address in Cannock. Call [phone number] "
            "or [email address].\n"
            "A local pub is a pub; she worked for a local employer and her son attended a local primary school.\n"
            "She died in January 2012 in Cannock.\n");
}

TEST(Policy, PlacesByCountyOrRemoved) {
  const Document d = doc_of({"She lived in Cannock, Staffordshire."});
  std::vector<Finding> f = {finding(d, 0, "Cannock", Category::place), finding(d, 0, "Staffordshire", Category::place)};
  CaseFile c = okafor_case();
  c.policy.places = Policy::Places::county;
  EXPECT_EQ(anonymised(d, f, c), "She lived in a town in Staffordshire, Staffordshire.\n");
  c.policy.places = Policy::Places::remove;
  EXPECT_EQ(anonymised(d, f, c), "She lived in a town, Staffordshire.\n");
}

TEST(Policy, ResidualNamesFlaggedOrGivenFreshLettersConsistently) {
  const Document d = doc_of({"Grace Adeyemi met E. Later Grace and Ms Adeyemi spoke."});
  std::vector<Finding> f = {finding(d, 0, "Grace Adeyemi", Category::person),
                            finding(d, 0, "Grace", Category::person, "", "", 1),
                            finding(d, 0, "Ms Adeyemi", Category::person)};
  CaseFile c = okafor_case();
  Plan flagged = plan_edits(d, f, c, test_places);
  EXPECT_TRUE(flagged.edits.empty());
  EXPECT_EQ(flagged.for_review.size(), 3u);

  c.policy.unknown_names = Policy::UnknownNames::pseudonymise;
  // E stands alone in the text and N is taken: the first free letter is B.
  EXPECT_EQ(anonymised(d, f, c), "B met E. Later B and B spoke.\n");
  const Plan p = plan_edits(d, f, c, test_places);
  ASSERT_FALSE(p.key.empty());
  EXPECT_EQ(p.key.back().pseudonym, "B");
  EXPECT_EQ(p.key.back().source, "residual");
}

TEST(Policy, UnsettledMentionsAreWrittenWithTheBestGuessAndListedNeverAsAlternatives) {
  const Document d = doc_of({"Okafor was seen."});
  Finding f = finding(d, 0, "Okafor", Category::person);
  f.candidates = {"N", "Mr Z"};
  f.subject = "Mr Z";
  f.needs_decision = true;
  const Plan p = plan_edits(d, {f}, okafor_case(), test_places);
  ASSERT_EQ(p.edits.size(), 1u);
  EXPECT_EQ(p.edits[0].replacement, "Mr Z");
  EXPECT_EQ(p.edits[0].replacement.find('['), std::string::npos);
  EXPECT_EQ(p.for_review.size(), 1u);
  // Settled by the evidence: written, not listed.
  f.needs_decision = false;
  EXPECT_TRUE(plan_edits(d, {f}, okafor_case(), test_places).for_review.empty());
}

TEST(Policy, SubjectsWithoutPseudonymGetOneAndTheKeySaysSo) {
  const Document d = doc_of({"Will Okafor attended."});
  CaseFile c = okafor_case();
  c.subjects.push_back({"Will Okafor", {}, "child", "", Gender::male, {}});
  const Plan p = plan_edits(d, {}, c, test_places);
  ASSERT_EQ(p.key.size(), 4u);
  EXPECT_EQ(p.key[3].source, "convention");
  EXPECT_FALSE(p.key[3].pseudonym.empty());
  EXPECT_NE(p.key[3].pseudonym, "A");
  EXPECT_NE(p.key[3].pseudonym, "N");
}

}  // namespace
}  // namespace dhr
