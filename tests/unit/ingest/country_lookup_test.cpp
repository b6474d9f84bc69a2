#include "ingest/country_lookup.hpp"

#include <gtest/gtest.h>

using namespace mssops;
using ingest::CountryLookup;

namespace {

domain::Record country(const char* iso3, const char* name, const char* name_fr, const char* m49) {
    domain::Record record;
    record.kind = "countries";
    record.fields = {{"key", std::string(iso3)},
                     {"iso3", std::string(iso3)},
                     {"name", std::string(name)},
                     {"name_fr", std::string(name_fr)},
                     {"m49", std::string(m49)}};
    return record;
}

CountryLookup lookup() {
    return CountryLookup::from_records({country("HTI", "Republic of Haiti", "Haïti", "332"),
                                        country("CAN", "Canada", "Canada", "124"),
                                        country("AFG", "Afghanistan", "Afghanistan", "004"),
                                        country("NGA", "Federal Republic of Nigeria", "Nigéria", "566")});
}

}  // namespace

TEST(country_lookup, reads_acled_numeric_iso_as_alpha_3) {
    EXPECT_EQ(lookup().by_m49("332"), "HTI");
    EXPECT_EQ(lookup().by_m49("4"), "AFG");
    EXPECT_EQ(lookup().by_m49("004"), "AFG");
    EXPECT_EQ(lookup().by_m49("999"), std::nullopt);
    EXPECT_EQ(lookup().by_m49("HTI"), std::nullopt);
}

TEST(country_lookup, reads_names_as_files_and_fts_write_them) {
    EXPECT_EQ(lookup().by_name("Canada"), "CAN");
    EXPECT_EQ(lookup().by_name("Canada, Government of"), "CAN");
    EXPECT_EQ(lookup().by_name("Government of Canada"), "CAN");
    EXPECT_EQ(lookup().by_name("CAN"), "CAN");
    EXPECT_EQ(lookup().by_name("Haiti"), "HTI");
    EXPECT_EQ(lookup().by_name("Nigeria"), "NGA");
    EXPECT_EQ(lookup().by_name("Testland Relief Foundation"), std::nullopt);
}
