#include "detect/case_matcher.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "detect/allow_list.h"
#include "detect/case_edit_distance.h"
#include "detect/lexicon.h"
#include "detect/scan_context.h"
#include "dhr/case_file.h"
#include "dhr/document.h"
#include "text/fold.h"

namespace dhr::detect {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Not;

// The name-words of the hard cases, and ordinary words one edit from test names.
Lexicon small_lexicon() {
  Lexicon lex;
  for (const char* w : {"will", "hope", "rose", "grace", "mark", "frank", "baker", "wood", "young", "no", "the",
                        "said", "he", "go", "there", "is", "mother", "and", "hale", "marsh", "people", "it", "rain"})
    lex.add_common_word(w);
  for (const char* n : {"tarik", "natasha", "will", "hope", "joy"}) lex.add_given_name(n);
  return lex;
}

struct TestBlock {
  std::string text;
  BlockKind kind = BlockKind::paragraph;
};

// Runs the matcher over blocks; the allow list holds the case file's professionals and
// keep entries, as the Detector builds it.
std::vector<Finding> run(const CaseFile& c, const std::vector<TestBlock>& blocks) {
  const Lexicon lexicon = small_lexicon();
  Document doc;
  std::vector<unicode::FoldedText> folded;
  for (const TestBlock& b : blocks) {
    Block block;
    block.kind = b.kind;
    block.text = b.text;
    doc.blocks.push_back(block);
    folded.emplace_back(b.text);
  }
  std::vector<std::string> allowed = c.keep;
  for (const Professional& p : c.professionals) allowed.push_back(p.name);
  const AllowList allow(allowed, folded);
  const ScanContext ctx{doc, &c, folded, lexicon, allow};
  const CaseMatcher matcher(c, lexicon);
  std::vector<Finding> out;
  matcher.find(ctx, out);
  return out;
}

std::vector<Finding> run(const CaseFile& c, const std::string& text) { return run(c, std::vector<TestBlock>{{text}}); }

Subject subject(std::string name, std::string pseudonym, Gender gender = Gender::unknown,
                std::vector<std::string> aliases = {}) {
  Subject s;
  s.name = std::move(name);
  s.pseudonym = std::move(pseudonym);
  s.gender = gender;
  s.aliases = std::move(aliases);
  return s;
}

CaseFile case_of(std::vector<Subject> subjects, std::vector<std::string> professionals = {}) {
  CaseFile c;
  c.subjects = std::move(subjects);
  for (std::string& p : professionals) c.professionals.push_back({std::move(p), "Panel member", ""});
  return c;
}

CaseFile natasha() { return case_of({subject("Natasha Okafor", "N", Gender::female, {"Tash"})}); }

std::vector<std::string> texts(const std::vector<Finding>& fs) {
  std::vector<std::string> out;
  for (const Finding& f : fs) out.push_back(f.text);
  return out;
}

std::vector<std::string> forms(const std::vector<Finding>& fs) {
  std::vector<std::string> out;
  for (const Finding& f : fs) out.push_back(f.form);
  return out;
}

// --- forms -------------------------------------------------------------------------

TEST(CaseMatcher, FullFirstSurnameAndAlias) {
  const auto f = run(natasha(), "Natasha Okafor lived alone. Natasha told Tash's friend; Okafor was her name.");
  EXPECT_THAT(texts(f), ElementsAre("Natasha Okafor", "Natasha", "Tash", "Okafor"));
  EXPECT_THAT(forms(f), ElementsAre("full", "first", "possessive", "surname"));
  for (const Finding& x : f) {
    EXPECT_EQ(x.category, Category::person);
    EXPECT_EQ(x.subject, "N");
    EXPECT_TRUE(x.candidates.empty());
    EXPECT_EQ(x.rule, "case:" + x.form);
    EXPECT_THAT(x.why, HasSubstr("case subject N"));
    EXPECT_THAT(x.why, Not(HasSubstr("Natasha")));
    EXPECT_THAT(x.why, Not(HasSubstr("Okafor")));
  }
  EXPECT_EQ(f[0].begin, 0u);
  EXPECT_EQ(f[0].end, 14u);
  EXPECT_GT(f[0].confidence, 0.9);
}

TEST(CaseMatcher, TitlesWithAndWithoutFullStop) {
  const auto f = run(natasha(), "Ms Okafor, Mrs. Okafor, Miss Okafor, Mx Okafor, Dr. Okafor, Ms Natasha, Mrs Natasha Okafor.");
  EXPECT_THAT(texts(f), ElementsAre("Ms Okafor", "Mrs. Okafor", "Miss Okafor", "Mx Okafor", "Dr. Okafor", "Ms Natasha",
                                    "Mrs Natasha Okafor"));
  EXPECT_THAT(forms(f), ElementsAre("title_surname", "title_surname", "title_surname", "title_surname", "title_surname",
                                    "title_first", "full"));
  EXPECT_THAT(f[0].why, HasSubstr("title + surname"));
}

TEST(CaseMatcher, MultiWordAliasOnlyWhole) {
  CaseFile c = case_of({subject("Daniel Okafor", "Z", Gender::male, {"Big D", "Danny"})});
  const auto f = run(c, "Big D and Danny met. A big house. Danny Okafor left.");
  EXPECT_THAT(texts(f), ElementsAre("Big D", "Danny", "Danny Okafor"));
  EXPECT_THAT(forms(f), ElementsAre("alias", "alias", "alias"));
}

TEST(CaseMatcher, MiddleNames) {
  CaseFile c = case_of({subject("Natasha Jane Okafor", "N", Gender::female)});
  const auto f = run(c, "Natasha Jane Okafor, also Natasha Okafor and Jane Okafor; Jane.");
  EXPECT_THAT(texts(f), ElementsAre("Natasha Jane Okafor", "Natasha Okafor", "Jane Okafor", "Jane"));
  EXPECT_THAT(forms(f), ElementsAre("full", "full", "full", "first"));
}

TEST(CaseMatcher, ParticlesBelongToTheSurnameAndNeverStandAlone) {
  CaseFile c = case_of({subject("Maria de Souza", "M", Gender::female)});
  const auto f = run(c, "Mrs de Souza said de facto; Maria de Souza; Souza.");
  EXPECT_THAT(texts(f), ElementsAre("Mrs de Souza", "Maria de Souza", "Souza"));
  EXPECT_THAT(forms(f), ElementsAre("title_surname", "full", "surname"));
}

TEST(CaseMatcher, InitialsDottedSpacedAndBare) {
  const auto f = run(natasha(), "N.O. was seen; later N. O. and NO called. The answer was no.");
  EXPECT_THAT(texts(f), ElementsAre("N.O.", "N. O.", "NO"));
  EXPECT_THAT(forms(f), ElementsAre("initials", "initials", "initials"));
  EXPECT_GT(f[0].confidence, f[2].confidence);  // bare initials are less sure
}

TEST(CaseMatcher, SpacedInitialsNeedTheirLastFullStop) {
  // A one-letter pseudonym ending a sentence, then the article: not initials (an
  // anonymised copy would otherwise fail its own verification).
  CaseFile c = case_of({subject("Zoe Ashworth-Hale", "Z", Gender::female)});
  EXPECT_TRUE(run(c, "The case was closed by Z. A recommendation was made.").empty());
  EXPECT_THAT(texts(run(c, "Later Z. A. and Z.A. met.")), ElementsAre("Z. A.", "Z.A."));
}

TEST(CaseMatcher, InitialsNeverTheWordNo) {
  EXPECT_TRUE(run(natasha(), "No. There was no answer; No one came.").empty());
  EXPECT_TRUE(run(natasha(), "NO FURTHER ACTION was recorded.").empty());
  EXPECT_TRUE(run(natasha(), std::vector<TestBlock>{{"NO", BlockKind::heading}}).empty());
}

TEST(CaseMatcher, InitialsNotInsideLongerAbbreviationsOrReportAbbreviations) {
  CaseFile c = case_of({subject("Gary Price", "G", Gender::male), subject("Ida Davies", "D", Gender::female)});
  EXPECT_TRUE(run(c, "The GP referred her to S.I.D.A. services.").empty());
  EXPECT_THAT(texts(run(c, "G.P. and I.D. attended.")), ElementsAre("G.P.", "I.D."));
}

TEST(CaseMatcher, InitialsSharedByTwoSubjectsAreAmbiguous) {
  CaseFile c = case_of({subject("Natasha Okafor", "N"), subject("Nathan Oakes", "M")});
  const auto f = run(c, "N.O. was seen, NO was not.");
  ASSERT_EQ(f.size(), 1u);  // bare initials only when one subject has them
  EXPECT_TRUE(f[0].subject.empty());
  EXPECT_THAT(f[0].candidates, ElementsAre("N", "M"));
}

TEST(CaseMatcher, PossessivesCoverTheNameOnly) {
  CaseFile c = case_of({subject("Natasha Okafor", "N", Gender::female), subject("James Reeves", "J", Gender::male)});
  const auto f = run(c, "Natasha's flat, Natasha\u2019s car, James' dog, Mr Reeves\u2019 van, NATASHA'S.");
  EXPECT_THAT(texts(f), ElementsAre("Natasha", "Natasha", "James", "Mr Reeves", "NATASHA"));
  EXPECT_THAT(forms(f), ElementsAre("possessive", "possessive", "possessive", "possessive", "upper"));
  EXPECT_THAT(f[3].why, HasSubstr("possessive"));
}

TEST(CaseMatcher, QuotedNameEndingInSIsNotPossessive) {
  CaseFile c = case_of({subject("James Reeves", "J", Gender::male)});
  const auto f = run(c, "He called himself 'James' then.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].form, "first");
}

TEST(CaseMatcher, UpperCaseHeadingsAndTables) {
  CaseFile c = case_of({subject("Lewis Young", "Z", Gender::male)});
  const auto f = run(c, std::vector<TestBlock>{{"3.2 LEWIS YOUNG\u2019S HISTORY OF VIOLENCE", BlockKind::heading},
                                               {"LEWIS", BlockKind::table_cell}});
  EXPECT_THAT(texts(f), ElementsAre("LEWIS YOUNG", "LEWIS"));
  EXPECT_THAT(forms(f), ElementsAre("upper", "upper"));
}

TEST(CaseMatcher, DiacriticsEitherWay) {
  CaseFile c = case_of({subject("Zo\u00eb Ashworth-Hale", "Z", Gender::female), subject("Zoe Smith", "S")});
  const auto f = run(c, "Zoe Ashworth-Hale and ZO\u00cb ASHWORTH-HALE; Zo\u00eb Smith.");
  EXPECT_THAT(texts(f), ElementsAre("Zoe Ashworth-Hale", "ZO\u00cb ASHWORTH-HALE", "Zo\u00eb Smith"));
  EXPECT_EQ(f[0].subject, "Z");
  EXPECT_EQ(f[2].subject, "S");
}

TEST(CaseMatcher, HyphenatedAndApostropheNames) {
  CaseFile c = case_of({subject("Amara Hughes-Mbeki", "A", Gender::female), subject("Bernard O'Connell", "E", Gender::male)});
  const auto f = run(c,
                     "Ms Hughes-Mbeki, Ms Hughes- Mbeki, Ms Hughes-\nMbeki, Ms Hughes\u2013Mbeki, HughesMbeki; "
                     "Mr O\u2019Connell, O'Connell's, Mr. O'Connell.");
  EXPECT_THAT(texts(f), ElementsAre("Ms Hughes-Mbeki", "Ms Hughes- Mbeki", "Ms Hughes-\nMbeki", "Ms Hughes\u2013Mbeki",
                                    "HughesMbeki", "Mr O\u2019Connell", "O'Connell", "Mr. O'Connell"));
  EXPECT_THAT(forms(f), ElementsAre("title_surname", "split", "split", "title_surname", "surname", "title_surname",
                                    "possessive", "title_surname"));
}

TEST(CaseMatcher, NamesSplitAcrossLines) {
  const auto f = run(natasha(), "seen by Natasha\nOkafor, by Natasha  \nOkafor, by Natasha-\nOkafor and by Nata-\nsha.");
  EXPECT_THAT(texts(f), ElementsAre("Natasha\nOkafor", "Natasha  \nOkafor", "Natasha-\nOkafor", "Nata-\nsha"));
  EXPECT_THAT(forms(f), ElementsAre("split", "split", "split", "split"));
}

TEST(CaseMatcher, OffsetsPointAtTheOriginalText) {
  const std::string text = "Caf\u00e9 \u201cNatasha\u201d \u2014 Mrs Okafor.";
  const auto f = run(natasha(), text);
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(text.substr(f[0].begin, f[0].end - f[0].begin), "Natasha");
  EXPECT_EQ(text.substr(f[1].begin, f[1].end - f[1].begin), "Mrs Okafor");
}

// --- misspellings ------------------------------------------------------------------

TEST(CaseMatcher, OneEditMisspellingsOfLongNameParts) {
  CaseFile c = case_of({subject("Natasha Okafor", "N", Gender::female), subject("Zo\u00eb Ashworth-Hale", "Z")});
  const auto f = run(c, "Natsha, Natahsa, Natasxa, Natashia, Okafr and Zo\u00eb Ashwoth-Hale.");
  EXPECT_THAT(texts(f), ElementsAre("Natsha", "Natahsa", "Natasxa", "Natashia", "Okafr", "Zo\u00eb Ashwoth-Hale"));
  for (const Finding& x : f) {
    EXPECT_EQ(x.form, "misspelling");
    EXPECT_LE(x.confidence, 0.7);
  }
  EXPECT_EQ(f[4].subject, "N");
  EXPECT_EQ(f[5].subject, "Z");
}

TEST(CaseMatcher, MisspellingRejectedWhenLowerCaseAWordOrSomeoneElsesName) {
  CaseFile c = case_of({subject("Marsha Okafor", "M", Gender::female), subject("Daniel Reid", "D", Gender::male),
                        subject("Danial Booth", "B", Gender::male)},
                       {"Kieron Lane"});
  c.subjects.push_back(subject("Kieran Boyd", "K", Gender::male));
  const auto f = run(c, "natsha; Later, Marsh said; Danial came; Kieron Lane chaired; Kieron again; Tash.");
  EXPECT_THAT(texts(f), ElementsAre("Danial"));
  EXPECT_EQ(f[0].subject, "B");  // another subject's name, not a misspelling of Daniel
  EXPECT_EQ(f[0].form, "first");
}

TEST(CaseMatcher, CitedAuthorsAreNotMisspellings) {
  CaseFile c = case_of({subject("Megan Hollis", "M", Gender::female)});
  EXPECT_TRUE(run(c, "Humphreys C., Regan L., River D. et al 2005.").empty());
  EXPECT_THAT(texts(run(c, "She met Regan at work.")), ElementsAre("Regan"));
}

TEST(CaseMatcher, KnownNameOneEditAwayIsLessSure) {
  CaseFile c = case_of({subject("Tariq Mahmood", "N", Gender::male)});
  const auto f = run(c, "Her relationship with Tarik began.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].form, "misspelling");
  EXPECT_LE(f[0].confidence, 0.5);
}

TEST(CaseMatcher, OneEditApart) {
  EXPECT_TRUE(one_edit_apart("natasha", "natsha"));
  EXPECT_TRUE(one_edit_apart("natsha", "natasha"));
  EXPECT_TRUE(one_edit_apart("lewis", "lewsi"));
  EXPECT_TRUE(one_edit_apart("tariq", "tarik"));
  EXPECT_FALSE(one_edit_apart("tariq", "tariq"));
  EXPECT_FALSE(one_edit_apart("abc", "bca"));
  EXPECT_FALSE(one_edit_apart("natasha", "nash"));
}

// --- shared surnames ---------------------------------------------------------------

CaseFile okafors(Gender n = Gender::female, Gender d = Gender::male) {
  return case_of({subject("Natasha Okafor", "N", n), subject("Daniel Okafor", "Z", d)});
}

TEST(CaseMatcher, SharedSurnameResolvedByTitleAndGender) {
  const auto f = run(okafors(), "Mr Okafor hit Mrs Okafor; Ms. Okafor and Miss Okafor; Daniel Okafor.");
  EXPECT_THAT(texts(f), ElementsAre("Mr Okafor", "Mrs Okafor", "Ms. Okafor", "Miss Okafor", "Daniel Okafor"));
  EXPECT_EQ(f[0].subject, "Z");
  EXPECT_EQ(f[1].subject, "N");
  EXPECT_EQ(f[2].subject, "N");
  EXPECT_EQ(f[3].subject, "N");
  EXPECT_EQ(f[4].subject, "Z");
  for (const Finding& x : f) EXPECT_FALSE(x.ambiguous());
}

TEST(CaseMatcher, SharedSurnameUnresolvedIsOneAmbiguousFinding) {
  for (const std::string text : {"Okafor was there.", "Dr Okafor was there.", "Mx Okafor was there."}) {
    const auto f = run(okafors(), text);
    ASSERT_EQ(f.size(), 1u) << text;
    EXPECT_TRUE(f[0].subject.empty());
    EXPECT_THAT(f[0].candidates, ElementsAre("N", "Z"));  // the Detector's attribution chooses
    EXPECT_LE(f[0].confidence, 0.5);
    EXPECT_THAT(f[0].why, HasSubstr("ambiguous"));
  }
  const auto f = run(okafors(Gender::unknown, Gender::unknown), "Mr Okafor and Mrs Okafor.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].candidates.size(), 2u);
  EXPECT_EQ(f[1].candidates.size(), 2u);
}

TEST(CaseMatcher, TitleAgainstTheOnlySubjectsGenderIsFlaggedNotAssigned) {
  CaseFile c = case_of({subject("Lewis Young", "Z", Gender::male)});
  const auto f = run(c, "Mrs Young, his mother, called.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_TRUE(f[0].subject.empty());
  EXPECT_THAT(f[0].candidates, ElementsAre("Z"));
  EXPECT_LE(f[0].confidence, 0.4);
}

// --- names that are words ----------------------------------------------------------

CaseFile will_and_hope() {
  return case_of({subject("Will Kenward", "W", Gender::male), subject("Hope Baker", "H", Gender::female),
                  subject("Lewis Young", "Y", Gender::male)});
}

TEST(CaseMatcher, WordNamesWithEvidence) {
  const auto c = will_and_hope();
  EXPECT_THAT(texts(run(c, "Will said he was afraid.")), ElementsAre("Will"));         // a person's verb
  EXPECT_THAT(texts(run(c, "Hope's mother called.")), ElementsAre("Hope"));            // possessive
  EXPECT_THAT(texts(run(c, "The police spoke to Will on Monday.")), ElementsAre("Will"));  // capital mid-sentence
  EXPECT_THAT(texts(run(c, "Mr Young and Mrs Baker.")), ElementsAre("Mr Young", "Mrs Baker"));
  EXPECT_THAT(texts(run(c, "Will Kenward and Hope Baker.")), ElementsAre("Will Kenward", "Hope Baker"));
}

TEST(CaseMatcher, WordNamesWithoutEvidence) {
  const auto c = will_and_hope();
  EXPECT_TRUE(run(c, "He will go. There is hope, and a baker; young people.").empty());
  EXPECT_TRUE(run(c, "Will it rain? Hope is all there is.").empty());
  EXPECT_TRUE(run(c, "Young people attended the Young People's Service.").empty());
  EXPECT_TRUE(run(c, std::vector<TestBlock>{{"Hope", BlockKind::heading}}).empty());
}

TEST(CaseMatcher, WordNameAtSentenceStartNeedsAFirmMentionNearby) {
  const auto c = will_and_hope();
  // Named in full in the previous block: "Will" at the start of a sentence is him.
  auto f = run(c, std::vector<TestBlock>{{"Will Kenward moved in."}, {"Will? Yes."}});
  EXPECT_THAT(texts(f), ElementsAre("Will Kenward", "Will"));
  EXPECT_THAT(f[1].why, HasSubstr("named nearby"));
  // Three blocks away: not near enough.
  f = run(c, std::vector<TestBlock>{{"Will Kenward moved in."}, {"x."}, {"y."}, {"Will? Yes."}});
  EXPECT_THAT(texts(f), ElementsAre("Will Kenward"));
  // A name-word with good evidence of its own vouches for one nearby; a weak guess does not.
  f = run(c, std::vector<TestBlock>{{"They spoke to Will at home."}, {"Will? Yes."}});
  EXPECT_THAT(texts(f), ElementsAre("Will", "Will"));
  f = run(c, std::vector<TestBlock>{{"Will, then aged 7, was there."}, {"Will? Yes."}});
  EXPECT_THAT(texts(f), ElementsAre("Will"));
  // A word after it reads as the word's own phrase, named nearby or not: "Will be",
  // "Frank and open"; a capitalised word after it names something else ("Mecca Bingo").
  f = run(c, std::vector<TestBlock>{{"Will Kenward moved in."}, {"Will be there, the GP said."}});
  EXPECT_THAT(texts(f), ElementsAre("Will Kenward"));
  f = run(c, std::vector<TestBlock>{{"Hope Baker moved in."}, {"Hope Street was where she worked."}});
  EXPECT_THAT(texts(f), ElementsAre("Hope Baker"));
  // Surnames that are words never rely on a mention nearby.
  f = run(c, std::vector<TestBlock>{{"Lewis Young moved in."}, {"Young, by then, it rained."}});
  EXPECT_THAT(texts(f), ElementsAre("Lewis Young"));
  EXPECT_THAT(texts(f), ElementsAre("Lewis Young"));
}

TEST(CaseMatcher, WordNamesInNoteStyle) {
  const auto c = will_and_hope();
  // Chronology cells and notes: a verb, a past tense, an adverb and a verb, or a colon.
  auto cell = [&](const std::string& text) { return texts(run(c, std::vector<TestBlock>{{text, BlockKind::table_cell}})); };
  EXPECT_THAT(cell("Will attends GP with chest pain."), ElementsAre("Will"));
  EXPECT_THAT(cell("Hope cautioned for common assault."), ElementsAre("Hope"));
  EXPECT_THAT(cell("Young arrested at the scene."), ElementsAre("Young"));
  EXPECT_THAT(cell("Young not seen by officers."), ElementsAre("Young"));
  EXPECT_THAT(cell("Hope: bruised cheek."), ElementsAre("Hope"));
  // ... and the word's own uses stay words.
  EXPECT_TRUE(cell("Young people's service contacted.").empty());
  EXPECT_TRUE(cell("Hope is all there is.").empty());
}

TEST(CaseMatcher, WordNamesByHowGivenNamesAreUsed) {
  const auto c = will_and_hope();
  EXPECT_THAT(texts(run(c, "Will, then aged 7, told an officer.")), ElementsAre("Will"));
  EXPECT_THAT(texts(run(c, "Her daughter Hope was there. Hope Daughter 12")), ElementsAre("Hope", "Hope"));
  EXPECT_THAT(texts(run(c, "Will and Joy live with their aunt. Joy & Hope too.")), ElementsAre("Will", "Hope"));
  EXPECT_THAT(texts(run(c, std::vector<TestBlock>{{"Name", BlockKind::table_cell}, {"Hope", BlockKind::table_cell}})),
              ElementsAre("Hope"));
  // None of these says "person".
  EXPECT_THAT(texts(run(c, "Hope and despair. Will power. Hope, however, faded.")), ElementsAre("Hope"));  // the comma
  EXPECT_TRUE(run(c, std::vector<TestBlock>{{"Hope springs eternal", BlockKind::table_cell}}).empty());
}

TEST(CaseMatcher, ASentenceLeftOpenContinuesInTheNextBlock) {
  const auto c = will_and_hope();
  // A PDF line: the block before ends mid-sentence, so "Will" here is capitalised mid-sentence.
  EXPECT_THAT(texts(run(c, std::vector<TestBlock>{{"The officers spoke to"}, {"Will about the night."}})),
              ElementsAre("Will"));
  EXPECT_TRUE(run(c, std::vector<TestBlock>{{"The officers left."}, {"Will it rain today?"}}).empty());
}

TEST(CaseMatcher, ANameSplitBetweenBlocks) {
  CaseFile c = case_of({subject("Jonah Grace", "J", Gender::male), subject("Amy Okafor", "A", Gender::female),
                        subject("Ben Okafor", "B", Gender::male)});
  auto f = run(c, std::vector<TestBlock>{{"The judge describes Jonah"}, {"Grace as a threat."}});
  EXPECT_THAT(texts(f), ElementsAre("Jonah", "Grace"));
  EXPECT_THAT(forms(f), ElementsAre("split", "split"));
  EXPECT_EQ(f[1].subject, "J");
  // The first name decides between two subjects sharing the surname.
  f = run(c, std::vector<TestBlock>{{"seen with Ben"}, {"Okafor later."}});
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].subject, "B");
}

TEST(CaseMatcher, NamesInsideAddressesAreThePatternDetectorsFinding) {
  const auto f = run(natasha(), "Email natasha.okafor@example.com or @tash.okafor, see www.okafor.example; Natasha.");
  EXPECT_THAT(texts(f), ElementsAre("Natasha"));
}

TEST(CaseMatcher, FourLetterNamesOnlyBySwappedLetters) {
  CaseFile c = case_of({subject("Hope Kendrick", "H", Gender::female), subject("Ruth Lane", "R", Gender::female)});
  auto f = run(c, "Hpoe was pregnant. Rtuh agreed.");
  EXPECT_THAT(texts(f), ElementsAre("Hpoe", "Rtuh"));
  EXPECT_THAT(forms(f), ElementsAre("misspelling", "misspelling"));
  EXPECT_TRUE(run(c, "Hops and Roth; Rut.").empty());
}

TEST(CaseMatcher, ShortNamesWithALetterTypedTwice) {
  CaseFile c = case_of({subject("Hope Kendrick", "H", Gender::female), subject("Lee Dunn", "L", Gender::male)});
  auto f = run(c, "Hopee and Leee; Hoppe too.");
  EXPECT_THAT(texts(f), ElementsAre("Hopee", "Leee", "Hoppe"));
  EXPECT_THAT(forms(f), ElementsAre("misspelling", "misspelling", "misspelling"));
  EXPECT_TRUE(run(c, "Hopes; Leed.").empty());
}

TEST(CaseMatcher, InitialsOfATwoWordSurname) {
  CaseFile c = case_of({subject("Seán Ní Bhriain", "S", Gender::male)});
  const auto f = run(c, "S.N. was seen; Mr Ní Bhriain; S.N.B. and S.B.");
  EXPECT_THAT(texts(f), ElementsAre("S.N.", "Mr Ní Bhriain", "S.N.B.", "S.B."));
  EXPECT_EQ(f[1].form, "title_surname");
}

TEST(CaseMatcher, ACapitalisedRoleBeforeANameWordDoesNotExplainIt) {
  const auto c = will_and_hope();
  EXPECT_THAT(texts(run(c, "The action taken by the Officer Will about it.")), ElementsAre("Will"));
  EXPECT_TRUE(run(c, "The Will House project.").empty());
  EXPECT_TRUE(run(c, "The new Domestic Abuse Will into law.").empty());  // a title-case phrase
}

TEST(CaseMatcher, BareInitialsAreNotCapitalisedShortWords) {
  CaseFile c = case_of({subject("Olive Kemp", "O", Gender::female), subject("Gary Price", "G", Gender::male)});
  EXPECT_TRUE(run(c, "The assaults were OK, she said; the GP agreed at 10 AM.").empty());
}

// --- professionals, keep entries, blocks -------------------------------------------

TEST(CaseMatcher, ProfessionalSharingASurname) {
  CaseFile c = case_of({subject("Tom Hughes", "T", Gender::male)}, {"Richard Hughes"});
  auto f = run(c, "Richard Hughes chaired the panel. Tom Hughes did not attend.");
  EXPECT_THAT(texts(f), ElementsAre("Tom Hughes"));
  f = run(c, "Mr Hughes was seen.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].subject, "T");
  EXPECT_THAT(f[0].why, HasSubstr("professional"));
  EXPECT_LT(f[0].confidence, 0.9);
}

TEST(CaseMatcher, KeepEntriesStay) {
  CaseFile c = case_of({subject("Clare Smith", "C", Gender::female)});
  c.keep.push_back("Clare\u2019s Law");
  const auto f = run(c, "A Clare's Law disclosure was made to Clare's sister.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].begin, 37u);
}

TEST(CaseMatcher, HiddenBlocksAreScannedRepeatedTextIsNot) {
  const auto f = run(natasha(), std::vector<TestBlock>{{"Natasha", BlockKind::comment},
                                                        {"Okafor report", BlockKind::metadata},
                                                        {"Natasha Okafor", BlockKind::tracked_insertion},
                                                        {"Mrs Okafor", BlockKind::tracked_deletion},
                                                        {"Photo of Natasha", BlockKind::alt_text}});
  ASSERT_EQ(f.size(), 4u);
  EXPECT_EQ(f[0].block, 0u);
  EXPECT_EQ(f[1].block, 1u);
  EXPECT_EQ(f[2].block, 3u);
  EXPECT_EQ(f[3].block, 4u);
}

TEST(CaseMatcher, SubjectWithoutPseudonymIsLabelledByPlace) {
  CaseFile c = case_of({subject("Natasha Okafor", "")});
  const auto f = run(c, "Natasha.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].subject, "#1");
}

TEST(CaseMatcher, ShortNamesAloneOnlyCapitalised) {
  CaseFile c = case_of({subject("Zo\u00eb Hale", "Z", Gender::female, {"Zo"})});
  EXPECT_THAT(texts(run(c, "Zo said; zo; zoology.")), ElementsAre("Zo"));
}

}  // namespace
}  // namespace dhr::detect
