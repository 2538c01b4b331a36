// Where a street address ends (internal): the `address_town` check of pattern files.
//
// An address pattern matches "14 Station Road" and greedily whatever capitalised words
// follow a comma as the town ("14 Station Road, Cannock"), then an optional postcode.
// Capitals after a comma are not always a town ("... 14 Station Road, Mr Z said"), so the
// town is kept only when the text shows it is one: a postcode follows it, the lexicon
// knows it as a place, or it closes a clause (",", ".", ";", ")" or the end) and is not
// an ordinary word or a title. Otherwise the address is cut back to the street.
#pragma once

#include "detect/pattern_checks.h"

namespace dhr::detect {

// Always accepts; narrows args.end to the street when the town is not one.
bool check_address_town(CheckArgs& args);

}  // namespace dhr::detect
