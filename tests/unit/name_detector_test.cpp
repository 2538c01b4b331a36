#include "detect/name_detector.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "detect/allow_list.h"
#include "detect/merge_findings.h"
#include "detect/names_tokens.h"
#include "dhr/detect.h"
#include "text/fold.h"

namespace dhr::detect {
namespace {

// A small lexicon built by hand: fast, and each test says what the lists hold.
Lexicon small_lexicon() {
  Lexicon lex;
  for (const char* w : {"will", "hope", "rose", "grace", "mark", "frank", "baker", "wood", "young", "police", "court",
                        "zo", "lea", "the", "and", "of", "on", "said", "told", "son", "mother", "partner", "was", "met",
                        "few", "head", "chair", "long"})
    lex.add_common_word(w);
  for (const char* g : {"natasha", "tariq", "zoe", "zo", "will", "rose", "grace", "mark", "frank", "hope", "lewis",
                        "bernard", "kam", "chris", "john", "george", "clare", "imran", "leanne", "richard", "julie", "malcolm"})
    lex.add_given_name(g, NameGender::unknown, 5000);
  for (const char* s : {"okafor", "mahmood", "whitlock", "hughes", "baker", "wood", "young", "eliot", "sandhu", "few",
                        "mason", "kenward", "qadir", "police", "court", "long", "ross", "stafford", "connell"})
    lex.add_surname(s);
  for (const char* n : {"march", "june", "mr", "mrs", "ms", "dr", "victim", "perpetrator", "review", "panel", "england"})
    lex.add_not_name(n);
  for (const char* h : {"hospital", "trust", "law", "council", "police", "road", "nhs"}) lex.add_agency_head(h);
  lex.add_place({"Cannock", "Staffordshire", false, "town"});
  lex.add_place({"Stafford", "Staffordshire", false, "town"});
  lex.add_place({"Staffordshire", "", true, "county"});
  lex.add_never_identifier("Clare's Law");
  lex.add_never_identifier("West Midlands Police");
  return lex;
}

struct Scan {
  Document doc;
  std::vector<Finding> findings;
};

Block block(std::string text, BlockKind kind = BlockKind::paragraph) {
  Block b;
  b.kind = kind;
  b.text = std::move(text);
  return b;
}

Scan scan(const Lexicon& lex, std::vector<Block> blocks, std::vector<std::string> allow_extra = {}) {
  Scan s;
  s.doc.blocks = std::move(blocks);
  std::vector<unicode::FoldedText> folded;
  for (const Block& b : s.doc.blocks) folded.emplace_back(b.text);
  std::vector<std::string> phrases = lex.never_identifiers();
  phrases.insert(phrases.end(), allow_extra.begin(), allow_extra.end());
  const AllowList allow(phrases, folded);
  const ScanContext ctx{s.doc, nullptr, folded, lex, allow};
  std::vector<Finding> raw;
  NameDetector(lex).find(ctx, raw);
  s.findings = merge_findings(std::move(raw), allow);
  return s;
}

std::vector<std::string> texts(const Scan& s) {
  std::vector<std::string> out;
  for (const Finding& f : s.findings) out.push_back(f.text);
  return out;
}

using ::testing::ElementsAre;

TEST(NameDetector, TitleAndSurname) {
  const Lexicon lex = small_lexicon();
  const Scan s = scan(lex, {block("The officer spoke to Mrs Hughes-Mbeki and to Mr. Okafor at the house.")});
  EXPECT_EQ(texts(s), (std::vector<std::string>{"Mrs Hughes-Mbeki", "Mr. Okafor"}));
  const Finding& f = s.findings[1];
  EXPECT_EQ(f.category, Category::person);
  EXPECT_TRUE(f.subject.empty());
  EXPECT_EQ(f.form, "residual");
  EXPECT_EQ(f.rule, "names:title+name");
  EXPECT_NE(f.why.find("title 'mr'"), std::string::npos);
  EXPECT_GE(f.confidence, 0.85);
}

TEST(NameDetector, PoliceRanksNeedANameAfterThem) {
  const Lexicon lex = small_lexicon();
  const Scan s = scan(lex, {block("DC Mahmood attended. The PC was left on. Sgt Baker took the call.")});
  EXPECT_EQ(texts(s), (std::vector<std::string>{"DC Mahmood", "Sgt Baker"}));
}

TEST(NameDetector, LetterPseudonymsAndRolesAreNeverFindings) {
  const Lexicon lex = small_lexicon();
  const Scan s = scan(lex, {block("Mr E told the Victim that Mr. Z and S1 had met N at the house of PFP.")});
  EXPECT_TRUE(s.findings.empty()) << testing::PrintToString(texts(s));
}

TEST(NameDetector, FullNamesIncludingWordNamesAndApostrophes) {
  const Lexicon lex = small_lexicon();
  const Scan s = scan(lex, {block("Natasha Okafor lived with Will Kenward and Bernard O'Connell."),
                            block("Lewis Young was arrested.")});
  EXPECT_EQ(texts(s), (std::vector<std::string>{"Natasha Okafor", "Will Kenward", "Bernard O'Connell", "Lewis Young"}));
  EXPECT_EQ(s.findings[0].rule, "names:full");
}

TEST(NameDetector, NameSplitAcrossALine) {
  const Lexicon lex = small_lexicon();
  const Scan s = scan(lex, {block("It was reported that Tariq\nMahmood had left.")});
  ASSERT_EQ(s.findings.size(), 1u);
  EXPECT_EQ(s.findings[0].text, "Tariq\nMahmood");
}

TEST(NameDetector, GivenNameThatIsNoWordIsANameAlone) {
  const Lexicon lex = small_lexicon();
  const Scan s = scan(lex, {block("The Police spoke to Tariq on the phone. Tariq's mother was there.")});
  EXPECT_EQ(texts(s), (std::vector<std::string>{"Tariq", "Tariq"}));  // the possessive 's is outside the span
}

TEST(NameDetector, WordNamesNeedEvidence) {
  const Lexicon lex = small_lexicon();
  // Words at a sentence start, and capitalised words with no evidence: nothing.
  EXPECT_TRUE(scan(lex, {block("Will the agency act? Hope was lost. Young people were present.")}).findings.empty());
  // A relation before it, or a possessive relation after it: a name.
  const Scan s = scan(lex, {block("She lived with her son Will at the flat."), block("Later, Rose's mother rang.")});
  EXPECT_EQ(texts(s), (std::vector<std::string>{"Will", "Rose"}));
  EXPECT_EQ(s.findings[0].rule, "names:relation");
  EXPECT_NE(s.findings[0].why.find("'son'"), std::string::npos);
}

TEST(NameDetector, RelationCarriesOverAnd) {
  const Lexicon lex = small_lexicon();
  const Scan s = scan(lex, {block("The panel thanks her children, Hope and Mark, for their help.")});
  EXPECT_EQ(texts(s), (std::vector<std::string>{"Hope", "Mark"}));
}

TEST(NameDetector, RelationInATableRow) {
  const Lexicon lex = small_lexicon();
  std::vector<Block> blocks;
  for (const char* t : {"Hope", "Daughter", "12"}) {
    Block b = block(t, BlockKind::table_cell);
    b.cell = {0, 1, static_cast<int>(blocks.size())};
    blocks.push_back(b);
  }
  const Scan s = scan(lex, std::move(blocks));
  EXPECT_EQ(texts(s), (std::vector<std::string>{"Hope"}));
}

TEST(NameDetector, NamesFoundOnceAreFoundEverywhere) {
  const Lexicon lex = small_lexicon();
  const Scan s = scan(lex, {block("Rose Whitlock reported an assault."), block("Rose was noted to have a cut."),
                            block("Police visited Rose and Mr Whitlock."), block("BACKGROUND OF ROSE WHITLOCK", BlockKind::heading)});
  EXPECT_EQ(texts(s), (std::vector<std::string>{"Rose Whitlock", "Rose", "Rose", "Mr Whitlock", "ROSE WHITLOCK"}));
  EXPECT_EQ(s.findings[1].rule, "names:same_name");
}

TEST(NameDetector, MisspellingsNicknamesAndInitialsOfNamesInTheDocument) {
  const Lexicon lex = small_lexicon();
  const Scan s = scan(lex, {block("Imran Qadir and Leanne Baker met Zoe Hughes."), block("Later Imarn rang; Immy shouted at Lea."),
                            block("Records show I.Q. was known to police. Zo's mother rang.")});
  EXPECT_EQ(texts(s), (std::vector<std::string>{"Imran Qadir", "Leanne Baker", "Zoe Hughes", "Imarn", "Immy", "Lea", "I.Q.", "Zo"}));
  EXPECT_EQ(s.findings[3].rule, "names:misspelling");
  EXPECT_EQ(s.findings[4].rule, "names:nickname");
  EXPECT_EQ(s.findings[6].rule, "names:initials");
}

// A word's shape is the same whether its block is all ASCII (shapes counted as the words
// are read) or not (each word's letters read again, decoded).
TEST(NameTokens, ShapesAgreeInAsciiAndNonAsciiText) {
  const std::string words = "McAteer DCs iPhone WILL will O'Connell A 42 Ab eBay X-Ray";
  auto shapes = [](const std::string& text) {
    const unicode::FoldedText folded(text);
    std::vector<Shape> out;
    for (const NameToken& t : tokenize_words(text, folded)) out.push_back(t.shape);
    return out;
  };
  const std::vector<Shape> ascii = shapes(words);
  std::vector<Shape> other = shapes(words + " Zo\xC3\xAB");  // "Zoë" makes the text non-ASCII
  ASSERT_EQ(other.size(), ascii.size() + 1);
  EXPECT_EQ(other.back(), Shape::cap);
  other.pop_back();
  EXPECT_EQ(ascii, other);
  EXPECT_EQ(ascii, (std::vector<Shape>{Shape::cap, Shape::other, Shape::other, Shape::upper, Shape::lower, Shape::cap,
                                       Shape::other, Shape::other, Shape::cap, Shape::other, Shape::cap}));
}

// Initials with a space between them, or with an accented capital (a letter of two bytes),
// are found too; a run of more initials, or capitals without full stops, is not.
TEST(NameDetector, InitialsSpacedOrAccentedButNotInsideLongerRuns) {
  const Lexicon lex = small_lexicon();
  const Scan s = scan(lex, {block("Zoe Hughes moved."), block("Later Z. H. rang, and \xC5\xBD.H. wrote."),
                            block("The S.Z.H.A. board and ZH met.")});
  EXPECT_EQ(texts(s), (std::vector<std::string>{"Zoe Hughes", "Z. H.", "\xC5\xBD.H."}));
  EXPECT_EQ(s.findings[1].rule, "names:initials");
  EXPECT_EQ(s.findings[2].rule, "names:initials");
}

TEST(NameDetector, AgenciesLawsPlacesMonthsAndHeadingsAreNotNames) {
  const Lexicon lex = small_lexicon();
  const Scan s = scan(lex, {block("She was taken to George Eliot Hospital by West Midlands Police in March."),
                            block("A Clare's Law disclosure was made under Clare’s Law."),
                            block("They moved to Stafford, Staffordshire in June."),
                            block("England and Wales")});
  EXPECT_TRUE(s.findings.empty()) << testing::PrintToString(texts(s));
}

TEST(NameDetector, DeterminerMakesAThingOfAWordName) {
  const Lexicon lex = small_lexicon();
  EXPECT_TRUE(scan(lex, {block("They met at the Rose and Crown later.")}).findings.empty());
}

TEST(NameDetector, ProfessionalsInThePanelListAreNotReported) {
  const Lexicon lex = small_lexicon();
  const Scan s = scan(lex, {block("Review Panel Membership", BlockKind::heading),
                            block("Independent Chair and Author – Kam Sandhu"),
                            block("Staffordshire Police – John Mason; Detective Inspector"),
                            block("Introduction", BlockKind::heading),
                            block("Ms. Sandhu met Natasha Okafor's mother. John Mason agreed.")});
  EXPECT_EQ(texts(s), (std::vector<std::string>{"Natasha Okafor"}));
  EXPECT_THAT(professionals_named_in(s.doc, &lex), ElementsAre("Kam Sandhu", "John Mason"));
}

TEST(NameDetector, ProfessionalsNamedInProseAsChairOrAuthor) {
  const Lexicon lex = small_lexicon();
  Document doc;
  doc.blocks = {block("The Review Panel was chaired and this report was written by Chris Few, an Independent Consultant."),
                block("1.4.2 The Independent Author, Mr Malcolm Ross, was appointed at an early stage."),
                block("The panel, chaired by Richard Hughes, met four times. Its members were Julie Long (Staffordshire Police)."),
                block("Zoë informed the Review Panel Chair that Tariq Mahmood had hit her.")};
  EXPECT_THAT(professionals_named_in(doc, &lex), ElementsAre("Chris Few", "Malcolm Ross", "Richard Hughes", "Julie Long"));
  // Without a lexicon the shape alone decides.
  EXPECT_THAT(professionals_named_in(doc), ElementsAre("Chris Few", "Malcolm Ross", "Richard Hughes", "Julie Long"));
}

TEST(NameDetector, SubjectsInAPanelSentenceAreNotProfessionals) {
  const Lexicon lex = small_lexicon();
  Document doc;
  doc.blocks = {block("The Review Panel comprised the following post holders:"),
                block("To establish how effective agencies were in identifying Natasha Okafor's vulnerability."),
                block("Introduction", BlockKind::heading)};
  EXPECT_TRUE(professionals_named_in(doc, &lex).empty());
}

TEST(NameDetector, CaseFileAllowListIsHonoured) {
  const Lexicon lex = small_lexicon();
  const Scan s = scan(lex, {block("Natasha Okafor met Richard Hughes.")}, {"Richard Hughes"});
  EXPECT_EQ(texts(s), (std::vector<std::string>{"Natasha Okafor"}));
}

TEST(NameDetector, FindingsPointAtTheOriginalText) {
  const Lexicon lex = small_lexicon();
  const Scan s = scan(lex, {block("“Zoë’s friend” said Zoë Hughes.")});
  ASSERT_EQ(s.findings.size(), 2u);
  for (const Finding& f : s.findings) EXPECT_EQ(s.doc.blocks[0].text.substr(f.begin, f.end - f.begin), f.text);
  EXPECT_EQ(s.findings[0].text, "Zoë");  // the curly ’s stays outside
  EXPECT_EQ(s.findings[1].text, "Zoë Hughes");
}

}  // namespace
}  // namespace dhr::detect

namespace dhr::detect {
namespace {

// The real dictionaries: the hard cases of a DHR report, end to end through the lists.
TEST(NameDetectorRealLexicon, HardCasesWithTheShippedLists) {
  const Lexicon lex = Lexicon::load(find_data_dir());
  const Scan s = scan(lex, {block("Review Panel Membership", BlockKind::heading),
                            block("Staffordshire Police – Ruth Okonjo; Detective Inspector"),
                            block("Background", BlockKind::heading),
                            block("Natasha Okafor lived in Cannock with her son Will. Mrs Hughes-Mbeki, a neighbour, "
                                  "said that Natasha's partner had been violent. Ms Okonjo met Mr E and the Victim."),
                            block("A Clare's Law disclosure was made by West Midlands Police. Natasha was taken to "
                                  "George Eliot Hospital in March. Young people and Hope House were mentioned."),
                            block("NATASHA OKAFOR")});
  EXPECT_EQ(texts(s), (std::vector<std::string>{"Natasha Okafor", "Will", "Mrs Hughes-Mbeki", "Natasha", "Natasha",
                                                "NATASHA OKAFOR"}));
}

}  // namespace
}  // namespace dhr::detect
