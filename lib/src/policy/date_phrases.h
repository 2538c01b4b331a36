// Generalising a date inside a phrase (internal): "born 12 March 1988" -> "born in 1988",
// "died on 2nd January 2012" -> "died in January 2012", "DOB: 12/03/1988" -> "DOB: 1988".
#pragma once

#include <string>
#include <string_view>

namespace dhr::policy {

enum class DateKeep { year, month_year, nothing };

// Rewrites the date in `phrase`. When the phrase starts with `verb` ("born", "died",
// any case) followed by "on"/"the", the result reads "<verb> in <what is kept>".
// `nothing` puts "[date of birth]" / "[date of death]" in place of the date.
std::string generalise_date(std::string_view phrase, DateKeep keep, std::string_view verb);

}  // namespace dhr::policy
