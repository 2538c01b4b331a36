// Naming subjects the case file left without a pseudonym (internal helpers behind
// dhr::assign_missing_pseudonyms in dhr/case_file.h).
#pragma once

#include <string>
#include <string_view>

namespace dhr::policy {

// What a role means to the `roles` convention. Roles are free text in case files
// ("victim", "Former partner", "child"), so they are matched loosely: case, spaces and
// hyphens do not matter.
enum class RoleClass { victim, perpetrator, perpetrators_former_partner, child, other };

RoleClass classify_role(std::string_view role);

}  // namespace dhr::policy
