#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/record.hpp"
#include "domain/result.hpp"

namespace mssops::ingest {

/// ISO 3166-2 subdivision codes and the OCHA P-codes of the same units
/// (data/boundaries/subdivision_codes.json): "HT-OU" <-> "HT01".
class SubdivisionCrosswalk {
public:
    /// Reads the table; invalid_input names the entry that lacks a code or a P-code.
    static domain::Result<SubdivisionCrosswalk> read(const std::filesystem::path& file);
    /// A table from pairs: ISO 3166-2 code -> P-code.
    static SubdivisionCrosswalk from_pairs(std::map<std::string, std::string> pcode_by_code);

    /// The P-code of an ISO 3166-2 code, compared without regard to case.
    std::optional<std::string> pcode(std::string_view code) const;

private:
    std::map<std::string, std::string> pcode_by_code_;  // Upper-case code -> P-code.
};

/// How map_onto_existing() placed a file's units.
struct CrosswalkReport {
    std::int64_t by_code = 0;  // Through the ISO 3166-2 table.
    std::int64_t by_name =
        0;  // By a name an existing unit has (bare_place_name(): "Ouest Department" = Ouest).
};

/// Maps each unit of a file whose P-code the store does not hold onto a P-code it does: through
/// `crosswalk` (an ISO 3166-2 code such as HT-OU), else by the unit's name among the `existing` units'
/// name and name_alt, folded (place_name.hpp). A unit mapped onto an existing one takes that unit's
/// key, P-code, names and parent, and keeps the file's geometry and source. Units that match nothing
/// keep their codes.
CrosswalkReport map_onto_existing(std::vector<domain::Fields>& units,
                                  const std::vector<domain::Record>& existing,
                                  const SubdivisionCrosswalk& crosswalk);

/// Whether a set of units may take the place of the units a level already holds.
enum class Replace { no, yes };

/// Refuses a second set of units at a level that already holds units from another source: conflict
/// naming "--replace", with the counts and sources, unless `replace` is yes. Re-importing the units'
/// own source is an update, not a second set.
domain::Result<void> check_second_set(int level, const std::vector<domain::Record>& existing,
                                      const std::vector<domain::Fields>& units, const std::string& source_id,
                                      Replace replace);

/// The ids of the `existing` units whose P-code the new `units` do not hold: what --replace retires.
std::vector<std::int64_t> units_replaced(const std::vector<domain::Record>& existing,
                                         const std::vector<domain::Fields>& units);

}  // namespace mssops::ingest
