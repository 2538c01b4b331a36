// The street and locality of an address, as the policy and the learned streets use them.
#include "detect/address_parts.h"

#include <gtest/gtest.h>

namespace dhr::detect {
namespace {

const std::vector<std::string> kTypes = {"avenue", "close", "court", "crescent", "grove", "hill", "lane", "rd",
                                         "road", "street"};

Lexicon places() {
  Lexicon lex;
  lex.add_place({"Chichester", "West Sussex", false, "city"});
  lex.add_place({"Derbyshire", "", true, "county"});
  lex.add_place({"Stoke-on-Trent", "Staffordshire", false, "city"});
  return lex;
}

TEST(AddressParts, StreetOfAnAddress) {
  EXPECT_EQ(street_of_address("Flat 2, 14 Mill Lane, Thrapston NN14 4JG", kTypes), "Mill Lane");
  EXPECT_EQ(street_of_address("Rose Cottage, Church Street, Bosham", kTypes), "Church Street");
  EXPECT_EQ(street_of_address("12 St Mary's Road, Stoke-on-Trent", kTypes), "St Mary's Road");
  EXPECT_EQ(street_of_address("Flat 9, Amber Court, 150 Preston Road, Brighton", kTypes), "Amber Court");
  EXPECT_EQ(street_of_address("the house", kTypes), "");
}

TEST(AddressParts, LocalityTheAddressGivesGazetteerOrNot) {
  const Lexicon lex = places();
  EXPECT_EQ(locality_of_address("14 Mill Lane, Thrapston NN14 4JG", kTypes, lex), "Thrapston");
  EXPECT_EQ(locality_of_address("2 The Street, Bosham, Chichester PO18 8AB", kTypes, lex), "Chichester");
  EXPECT_EQ(locality_of_address("Holly Cottage, Main Road, Hathersage, Derbyshire", kTypes, lex), "Hathersage");
  EXPECT_EQ(locality_of_address("4 Hope Street, stoke-on-trent ST4 1AB", kTypes, lex), "Stoke-on-Trent");
  EXPECT_EQ(locality_of_address("Flat 3, 41 Hoe Street, Walthamstow, London E17 4SA", kTypes, lex), "London");
  // A street or a block is no locality.
  EXPECT_EQ(locality_of_address("9, Amber Court", kTypes, lex), "");
  EXPECT_EQ(locality_of_address("14 Mill Lane", kTypes, lex), "");
}

}  // namespace
}  // namespace dhr::detect
