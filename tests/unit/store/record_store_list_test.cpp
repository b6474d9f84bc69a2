#include "store/record_store.hpp"

#include <algorithm>

#include "unit/store/store_fixture.hpp"

namespace mssops::store::testing {
namespace {

using domain::ErrorCode;

/// Deployments by Kenya in June 2024 (day), Jamaica in January 2025 (month) and Belize in 2025 (year).
class RecordListTest : public StoreTest {
protected:
    void SetUp() override {
        StoreTest::SetUp();
        if (HasFatalFailure()) return;
        must_create(records(), "sources", source_fields("article"));
        must_create(records(), "missions", mission_fields("mss-haiti", "article"));
        must_create(records(), "deployment_events", deployment_fields("ken-1", "KEN", "2024-06-25", 400));
        must_create(records(), "deployment_events", deployment_fields("jam-1", "JAM", "2025-01", 20));
        must_create(records(), "deployment_events", deployment_fields("blz-1", "BLZ", "2025", 2));
    }

    std::vector<std::string> keys(const ListQuery& query) {
        auto page = records().list(query);
        if (!page) {
            ADD_FAILURE() << page.error().field << ": " << page.error().message;
            return {};
        }
        std::vector<std::string> found;
        for (const auto& record : page->items) found.push_back(record.key());
        return found;
    }

    static ListQuery deployments() { return ListQuery{.kind = "deployment_events"}; }
};

TEST_P(RecordListTest, lists_every_live_record_of_a_kind_in_date_order) {
    auto page = records().list(deployments());
    ASSERT_TRUE(page);
    EXPECT_EQ(page->total, 3);
    EXPECT_EQ(page->limit, 100);
    EXPECT_EQ(page->offset, 0);
    EXPECT_EQ(keys(deployments()), (std::vector<std::string>{"ken-1", "jam-1", "blz-1"}));
}

TEST_P(RecordListTest, a_month_precision_date_falls_in_a_range_touching_its_month) {
    auto query = deployments();
    query.from = "2025-01-31";
    query.to = "2025-02-15";
    EXPECT_EQ(keys(query), (std::vector<std::string>{"jam-1", "blz-1"}));
}

TEST_P(RecordListTest, a_range_before_the_month_leaves_it_out) {
    auto query = deployments();
    query.from = "2024-06-01";
    query.to = "2024-12-31";
    EXPECT_EQ(keys(query), (std::vector<std::string>{"ken-1"}));
}

TEST_P(RecordListTest, from_alone_and_to_alone_are_open_ended) {
    auto after = deployments();
    after.from = "2024-06-26";
    EXPECT_EQ(keys(after), (std::vector<std::string>{"jam-1", "blz-1"}));
    auto before = deployments();
    before.to = "2024-06-25";
    EXPECT_EQ(keys(before), (std::vector<std::string>{"ken-1"}));
}

TEST_P(RecordListTest, filters_by_country_and_mission) {
    auto query = deployments();
    query.country = "JAM";
    EXPECT_EQ(keys(query), (std::vector<std::string>{"jam-1"}));
    query.country.reset();
    query.mission = "other-mission";
    EXPECT_TRUE(keys(query).empty());
    query.mission = "mss-haiti";
    EXPECT_EQ(keys(query).size(), 3u);
}

TEST_P(RecordListTest, filters_by_equal_field_values) {
    auto query = deployments();
    query.equals = {{"personnel_type", "police"}, {"country", "KEN"}};
    EXPECT_EQ(keys(query), (std::vector<std::string>{"ken-1"}));
    query.equals = {{"count", "20"}};
    EXPECT_EQ(keys(query), (std::vector<std::string>{"jam-1"}));
}

TEST_P(RecordListTest, an_equal_filter_on_a_list_field_matches_a_member) {
    domain::Fields engagement{{"key", std::string("call")},
                              {"date", std::string("2024-11-07")},
                              {"engagement_kind", std::string("call")},
                              {"topics", domain::TextList{"transition_to_un_pko", "funding"}},
                              {"summary", std::string("A call")},
                              {"source_id", std::string("article")}};
    must_create(records(), "engagements", engagement);
    ListQuery query{.kind = "engagements", .equals = {{"topics", "funding"}}};
    EXPECT_EQ(keys(query), (std::vector<std::string>{"call"}));
    query.equals = {{"topics", "fund"}};
    EXPECT_TRUE(keys(query).empty());
}

TEST_P(RecordListTest, pages_report_the_total_that_match) {
    auto query = deployments();
    query.limit = 2;
    auto first = records().list(query);
    ASSERT_TRUE(first);
    EXPECT_EQ(first->total, 3);
    EXPECT_EQ(first->items.size(), 2u);
    query.offset = 2;
    auto second = records().list(query);
    ASSERT_TRUE(second);
    EXPECT_EQ(second->total, 3);
    ASSERT_EQ(second->items.size(), 1u);
    EXPECT_EQ(second->items[0].key(), "blz-1");
    query.offset = 10;
    auto beyond = records().list(query);
    ASSERT_TRUE(beyond);
    EXPECT_EQ(beyond->total, 3);
    EXPECT_TRUE(beyond->items.empty());
}

TEST_P(RecordListTest, lists_all_records_past_the_page_size_in_one_read_and_in_date_order) {
    std::vector<Change> changes;
    for (int day = 0; day < 1200; ++day) {
        const std::string date = "2023-" + std::string(day % 12 < 9 ? "0" : "") +
                                 std::to_string(day % 12 + 1) + "-" + std::string(day % 28 < 9 ? "0" : "") +
                                 std::to_string(day % 28 + 1);
        changes.push_back(
            {"deployment_events", deployment_fields("bulk-" + std::to_string(day), "KEN", date, 1)});
    }
    ASSERT_TRUE(records().apply(changes, Actor{"test"}));
    auto query = deployments();
    query.limit = 5;
    query.offset = 7;  // Ignored: every match comes back.
    auto all = list_all_records(records(), query);
    ASSERT_TRUE(all) << all.error().message;
    ASSERT_EQ(all->size(), 1203u);
    // Full dates sort as text; the last two (2025-01 and 2025) are month and year precision.
    EXPECT_TRUE(std::is_sorted(all->begin(), all->end() - 2, [](const Record& a, const Record& b) {
        return *domain::text_of(a.fields, "date") < *domain::text_of(b.fields, "date");
    }));
    EXPECT_EQ((*all)[1200].key(), "ken-1");
    EXPECT_EQ(all->back().key(), "blz-1");
}

TEST_P(RecordListTest, a_limit_outside_1_to_1000_is_invalid) {
    for (std::int64_t limit : {0, 1001}) {
        auto query = deployments();
        query.limit = limit;
        auto page = records().list(query);
        ASSERT_FALSE(page);
        EXPECT_EQ(page.error().code, ErrorCode::invalid_input);
        EXPECT_EQ(page.error().field, "limit");
        EXPECT_EQ(page.error().message, "must be between 1 and 1000, got " + std::to_string(limit));
    }
}

TEST_P(RecordListTest, a_negative_offset_is_invalid) {
    auto query = deployments();
    query.offset = -1;
    auto page = records().list(query);
    ASSERT_FALSE(page);
    EXPECT_EQ(page.error().field, "offset");
    EXPECT_EQ(page.error().message, "must be 0 or more, got -1");
}

TEST_P(RecordListTest, a_from_that_is_not_an_iso_day_is_invalid) {
    auto query = deployments();
    query.from = "2025-01";
    auto page = records().list(query);
    ASSERT_FALSE(page);
    EXPECT_EQ(page.error().code, ErrorCode::invalid_input);
    EXPECT_EQ(page.error().field, "from");
}

TEST_P(RecordListTest, a_from_after_to_is_invalid) {
    auto query = deployments();
    query.from = "2025-02-01";
    query.to = "2025-01-01";
    auto page = records().list(query);
    ASSERT_FALSE(page);
    EXPECT_EQ(page.error().field, "from");
    EXPECT_EQ(page.error().message, "must not be after to (2025-01-01), got 2025-02-01");
}

TEST_P(RecordListTest, filters_a_kind_does_not_have_are_invalid) {
    ListQuery dated{.kind = "countries", .from = "2025-01-01"};
    auto page = records().list(dated);
    ASSERT_FALSE(page);
    EXPECT_EQ(page.error().field, "from");
    EXPECT_EQ(page.error().message, "countries have no date to filter on");

    ListQuery by_mission{.kind = "sources", .mission = "mss-haiti"};
    page = records().list(by_mission);
    ASSERT_FALSE(page);
    EXPECT_EQ(page.error().field, "mission");
    EXPECT_EQ(page.error().message, "sources have no mission to filter on");

    ListQuery unknown_field{.kind = "sources", .equals = {{"colour", "red"}}};
    page = records().list(unknown_field);
    ASSERT_FALSE(page);
    EXPECT_EQ(page.error().field, "colour");
    EXPECT_EQ(page.error().message, "sources have no field \"colour\"");
}

TEST_P(RecordListTest, listing_incidents_is_refused) {
    auto page = records().list({.kind = "incidents"});
    ASSERT_FALSE(page);
    EXPECT_EQ(page.error().field, "kind");
}

INSTANTIATE_TEST_SUITE_P(backends, RecordListTest, ::testing::ValuesIn(test_backends()));

}  // namespace
}  // namespace mssops::store::testing
