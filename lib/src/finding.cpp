#include "dhr/finding.h"

#include <array>
#include <utility>

namespace dhr {
namespace {

constexpr std::array<std::pair<Category, const char*>, 17> kNames{{
    {Category::person, "PERSON"},
    {Category::age, "AGE"},
    {Category::dob, "DOB"},
    {Category::date_of_death, "DATE_OF_DEATH"},
    {Category::address, "ADDRESS"},
    {Category::postcode, "POSTCODE"},
    {Category::phone, "PHONE"},
    {Category::email, "EMAIL"},
    {Category::nhs_number, "NHS_NUMBER"},
    {Category::ni_number, "NI_NUMBER"},
    {Category::vehicle, "VEHICLE"},
    {Category::handle, "HANDLE"},
    {Category::url, "URL"},
    {Category::school, "SCHOOL"},
    {Category::employer, "EMPLOYER"},
    {Category::pub, "PUB"},
    {Category::place, "PLACE"},
}};

}  // namespace

const char* to_string(Category category) {
  for (const auto& [c, name] : kNames)
    if (c == category) return name;
  return "PERSON";
}

std::optional<Category> category_from_string(std::string_view name) {
  for (const auto& [c, n] : kNames)
    if (name == n) return c;
  return std::nullopt;
}

}  // namespace dhr
