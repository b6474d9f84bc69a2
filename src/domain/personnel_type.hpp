#pragma once

#include <optional>
#include <string_view>

namespace mssops::domain {

/// Who a head count counts; `all` is used by targets and reports that count every type.
enum class PersonnelType { police, military, civilian, all };

/// The enumerator's name, as in JSON: "police".
const char* to_text(PersonnelType type);
/// Reads "police", "military", "civilian" or "all"; nullopt for anything else.
std::optional<PersonnelType> parse_personnel_type(std::string_view text);
/// Whether a count of `counted` contributes to a figure for `wanted` (everything counts toward `all`).
bool counts_toward(PersonnelType counted, PersonnelType wanted);

}  // namespace mssops::domain
