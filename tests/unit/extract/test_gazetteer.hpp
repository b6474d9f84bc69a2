#pragma once

#include <string>
#include <vector>

#include "domain/record.hpp"
#include "extract/gazetteer.hpp"

namespace mssops::extract::testing {

inline domain::Record record(std::string kind, domain::Fields fields) {
    domain::Record out;
    out.kind = std::move(kind);
    out.fields = std::move(fields);
    return out;
}

/// A small store's worth of names, written for these tests (not the reference data set).
inline std::vector<domain::Record> test_records() {
    std::vector<domain::Record> out;
    auto country = [&](std::string iso3, std::string name, std::string name_fr) {
        out.push_back(
            record("countries", {{"key", iso3}, {"iso3", iso3}, {"name", name}, {"name_fr", name_fr}}));
    };
    country("KEN", "Kenya", "Kenya");
    country("HTI", "Haiti", "Haïti");
    country("USA", "United States of America", "États-Unis d’Amérique");
    country("JAM", "Jamaica", "Jamaïque");
    country("CHN", "China", "Chine");
    country("RUS", "Russian Federation", "Fédération de Russie");
    country("PAK", "Pakistan", "Pakistan");
    country("GTM", "Guatemala", "Guatemala");
    country("SLV", "El Salvador", "El Salvador");
    country("BHS", "Bahamas", "Bahamas");
    country("ECU", "Ecuador", "Équateur");
    country("CAN", "Canada", "Canada");
    country("FRA", "France", "France");
    out.push_back(record("persons", {{"key", std::string("amina-odhiambo")},
                                     {"name", std::string("Amina W. Odhiambo")},
                                     {"role", std::string("Foreign Minister of Kenya")},
                                     {"country", std::string("KEN")}}));
    out.push_back(record("persons", {{"key", std::string("paul-desrosiers")},
                                     {"name", std::string("Paul Desrosiers")},
                                     {"role", std::string("Minister of Justice of Haiti")},
                                     {"country", std::string("HTI")}}));
    out.push_back(record("organisations", {{"key", std::string("unsc")},
                                           {"name", std::string("United Nations Security Council")},
                                           {"acronym", std::string("UNSC")}}));
    out.push_back(record("organisations", {{"key", std::string("transitional-presidential-council")},
                                           {"name", std::string("Transitional Presidential Council")},
                                           {"acronym", std::string("TPC")},
                                           {"country", std::string("HTI")}}));
    out.push_back(record("organisations", {{"key", std::string("mss-trust-fund")},
                                           {"name", std::string("Trust Fund for the MSS")}}));
    out.push_back(
        record("missions", {{"key", std::string("mss-haiti")},
                            {"name", std::string("Multinational Security Support Mission in Haiti")},
                            {"acronym", std::string("MSS")},
                            {"lead_nation", std::string("KEN")}}));
    return out;
}

inline const Gazetteer& test_gazetteer() {
    static const Gazetteer gazetteer = Gazetteer::from_records(test_records());
    return gazetteer;
}

}  // namespace mssops::extract::testing
