// The parts of an address a policy and the learned streets need (internal): its street and
// its locality. Street types are the address patterns' own list (patterns/address.toml
// street_type), folded and sorted.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "detect/lexicon.h"

namespace dhr::detect {

// The street named in an address ("Flat 2, 14 Mill Lane, Thrapston NN14 4JG" -> "Mill
// Lane"): the capitalised words before the first street-type word; empty when none.
std::string street_of_address(std::string_view address, const std::vector<std::string>& street_types);

// The locality the address itself gives: its last place before the postcode ("..., Bosham,
// Chichester PO18 8AB" -> "Chichester"), a county only when nothing more local is given
// ("..., Hathersage, Derbyshire" -> "Hathersage"), never a street or a block ("9, Amber
// Court"), whether or not the gazetteer knows it (which spells those it knows its way).
// Empty when the address names no locality ("14 Mill Lane").
std::string locality_of_address(std::string_view address, const std::vector<std::string>& street_types,
                                const Lexicon& lexicon);

}  // namespace dhr::detect
