// On every backend: incidents scoped to a country (a mission's host country) and counted per cited
// source; a country's aggregate is answered from the rollups while the store holds no other country,
// and by a scan once it does, with the same answer.
#include "store/incident_store.hpp"

#include <gtest/gtest.h>

#include <map>

#include "unit/store/store_fixture.hpp"

using namespace mssops;
using namespace mssops::store;
using namespace mssops::store::testing;

namespace {

class IncidentScopeTest : public StoreTest {
protected:
    void add(const std::string& key, const std::string& country, const std::string& admin1,
             std::int64_t fatalities, const std::string& source = "acled-file") {
        domain::Fields fields{{"key", key},
                              {"date", std::string("2024-11-04")},
                              {"event_type", std::string("Riots")},
                              {"admin1", admin1},
                              {"fatalities", fatalities}};
        if (!country.empty()) fields["country"] = country;
        if (!source.empty()) fields["source_id"] = source;
        auto created = store_->incidents().create(fields, alice_);
        ASSERT_TRUE(created) << created.error().field << ": " << created.error().message;
    }
    std::map<std::string, std::int64_t> events_by_unit(const std::string& country) {
        AggregateQuery query{AggregateBy::adm1, domain::IncidentPeriod::month};
        query.country = country;
        auto rows = store_->incidents().aggregate(query);
        EXPECT_TRUE(rows) << rows.error().message;
        std::map<std::string, std::int64_t> events;
        if (rows)
            for (const auto& row : *rows) events[row.unit] += row.events;
        return events;
    }
};

}  // namespace

TEST_P(IncidentScopeTest, aggregates_and_lists_only_the_events_of_a_country) {
    must_create(records(), "sources", source_fields("acled-file"));
    add("hti1", "HTI", "Ouest", 2);
    add("hti2", "HTI", "Nord", 1);
    // Only Haiti is stored: the rollups answer.
    EXPECT_EQ(events_by_unit("HTI"), (std::map<std::string, std::int64_t>{{"Nord", 1}, {"Ouest", 1}}));
    add("nga1", "NGA", "Lagos", 0);
    add("none1", "", "Ouest", 0, "");
    // Another country (and an event of none) is stored: a scan answers, the same for Haiti.
    EXPECT_EQ(events_by_unit("HTI"), (std::map<std::string, std::int64_t>{{"Nord", 1}, {"Ouest", 1}}));
    EXPECT_EQ(events_by_unit("NGA"), (std::map<std::string, std::int64_t>{{"Lagos", 1}}));
    IncidentQuery list;
    list.country = "HTI";
    EXPECT_EQ(store_->incidents().list(list).value().total, 2);
    list.country.reset();
    list.source_id = "acled-file";
    EXPECT_EQ(store_->incidents().list(list).value().total, 3);
}

TEST_P(IncidentScopeTest, a_scanned_country_aggregate_sums_the_days_of_each_period) {
    must_create(records(), "sources", source_fields("acled-file"));
    add("hti1", "HTI", "Ouest", 2);
    add("nga1", "NGA", "Lagos", 0);
    domain::Fields later{{"key", std::string("hti2")},
                         {"date", std::string("2024-11-20")},
                         {"event_type", std::string("Riots")},
                         {"admin1", std::string("Ouest")},
                         {"fatalities", std::int64_t{3}},
                         {"country", std::string("HTI")},
                         {"source_id", std::string("acled-file")}};
    ASSERT_TRUE(store_->incidents().create(later, alice_));
    AggregateQuery query{AggregateBy::adm1, domain::IncidentPeriod::month};
    query.country = "HTI";
    auto rows = store_->incidents().aggregate(query);
    ASSERT_TRUE(rows) << rows.error().message;
    ASSERT_EQ(rows->size(), 1u);
    EXPECT_EQ((*rows)[0].period, "2024-11");
    EXPECT_EQ((*rows)[0].period_start, "2024-11-01");
    EXPECT_EQ((*rows)[0].unit, "Ouest");
    EXPECT_EQ((*rows)[0].events, 2);
    EXPECT_EQ((*rows)[0].fatalities, 5);
}

TEST_P(IncidentScopeTest, counts_the_live_incidents_citing_each_source) {
    must_create(records(), "sources", source_fields("acled-file"));
    must_create(records(), "sources", source_fields("other-file"));
    add("a", "HTI", "Ouest", 0);
    add("b", "HTI", "Ouest", 0);
    add("c", "HTI", "Ouest", 0, "other-file");
    add("d", "HTI", "Ouest", 0, "");
    auto retired = store_->incidents().find_by_key("b");
    ASSERT_TRUE(retired);
    ASSERT_TRUE(store_->incidents().retire(retired->id, alice_));
    auto counts = store_->incidents().citation_counts();
    ASSERT_TRUE(counts) << counts.error().message;
    ASSERT_EQ(counts->size(), 2u);
    EXPECT_EQ((*counts)[0].source_id, "acled-file");
    EXPECT_EQ((*counts)[0].incidents, 1);
    EXPECT_EQ((*counts)[1].source_id, "other-file");
    EXPECT_EQ((*counts)[1].incidents, 1);
}

INSTANTIATE_TEST_SUITE_P(backends, IncidentScopeTest, ::testing::ValuesIn(test_backends()));
