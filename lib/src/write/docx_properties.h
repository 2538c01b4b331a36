// Document properties and settings that name people (internal).
//
// docProps/core.xml keeps who wrote and last saved the file (dc:creator,
// cp:lastModifiedBy): both are emptied whatever they hold; the title, subject,
// description and keywords are rewritten by the edits (the reader anchors them as
// metadata blocks). docProps/app.xml keeps the company, manager, template and hyperlink
// base: all four are emptied. word/settings.xml keeps rsids (editing sessions), document
// variables (w:docVars, often filled by case-management templates), the attached
// template's path and mail-merge data sources: all four are removed (their relationships
// follow through PackageLinks::settle()).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace dhr::write::docx {

struct XmlPart;

// Returns how many fields held text before they were emptied.
std::size_t clear_core_people(XmlPart& core);
std::size_t clear_app_fields(XmlPart& app);

// Returns what was removed, as report words ("rsids", "document variables" ...).
std::vector<std::string> strip_settings(XmlPart& settings);

}  // namespace dhr::write::docx
