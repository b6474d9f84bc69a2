#include "ingest/country_lookup.hpp"

#include <charconv>

#include "domain/kind_names.hpp"
#include "ingest/place_name.hpp"

namespace mssops::ingest {
namespace {

// "004" and "4" are the same M49 number: compared as integers, written without zeros.
std::optional<std::string> m49_number(std::string_view text) {
    unsigned value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || end != text.data() + text.size()) return std::nullopt;
    return std::to_string(value);
}

}  // namespace

CountryLookup CountryLookup::from_records(const std::vector<domain::Record>& countries) {
    CountryLookup lookup;
    for (const auto& country : countries) {
        const std::string* iso3 = country.text("iso3");
        if (!iso3) continue;
        lookup.by_code_.emplace(*iso3, *iso3);
        if (const std::string* m49 = country.text("m49"))
            if (auto number = m49_number(*m49)) lookup.by_m49_.emplace(*number, *iso3);
        for (const char* field : {"name", "name_fr"})
            if (const std::string* name = country.text(field))
                lookup.by_name_.emplace(bare_place_name(*name), *iso3);
    }
    return lookup;
}

domain::Result<CountryLookup> CountryLookup::load(store::RecordStore& records) {
    auto countries =
        store::list_all_records(records, store::ListQuery{.kind = std::string(domain::kinds::countries)});
    if (!countries) return countries.error();
    return from_records(*countries);
}

std::optional<std::string> CountryLookup::by_m49(std::string_view number) const {
    auto normal = m49_number(number);
    if (!normal) return std::nullopt;
    auto it = by_m49_.find(*normal);
    if (it == by_m49_.end()) return std::nullopt;
    return it->second;
}

std::optional<std::string> CountryLookup::by_name(std::string_view name) const {
    if (auto it = by_code_.find(std::string(name)); it != by_code_.end()) return it->second;
    auto it = by_name_.find(bare_place_name(name));
    if (it == by_name_.end()) return std::nullopt;
    return it->second;
}

}  // namespace mssops::ingest
