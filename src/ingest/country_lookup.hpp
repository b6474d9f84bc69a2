#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/record.hpp"
#include "domain/result.hpp"
#include "store/record_store.hpp"

namespace mssops::ingest {

/// Finds a country's ISO 3166-1 alpha-3 code from what files write for it: ACLED's numeric `iso`
/// (UN M49, "332" -> HTI), a name in English or French ("Haiti", "Haïti"), a donor name as FTS
/// writes it ("Canada, Government of", "Government of Canada" -> CAN) or the code itself.
class CountryLookup {
public:
    /// From "countries" records (iso3, name, name_fr, m49).
    static CountryLookup from_records(const std::vector<domain::Record>& countries);
    /// From the "countries" records a store holds.
    static domain::Result<CountryLookup> load(store::RecordStore& records);

    /// The alpha-3 code of an M49 number written with or without leading zeros.
    std::optional<std::string> by_m49(std::string_view number) const;
    /// The alpha-3 code of a name, compared by bare_place_name(); an alpha-3 code stands for itself.
    std::optional<std::string> by_name(std::string_view name) const;
    bool empty() const { return by_code_.empty(); }

private:
    std::map<std::string, std::string> by_m49_;   // "332" -> "HTI"
    std::map<std::string, std::string> by_name_;  // "haiti" -> "HTI"
    std::map<std::string, std::string> by_code_;  // "HTI" -> "HTI"
};

}  // namespace mssops::ingest
