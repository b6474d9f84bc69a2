#include <gtest/gtest.h>

#include "app/funding_json.hpp"
#include "app/funding_query.hpp"
#include "app/funding_views.hpp"
#include "domain/kind_names.hpp"
#include "seeded_store.hpp"

namespace mssops::app {
namespace {

using domain::ErrorCode;

using FundingFlows = SeededStore;

TEST(flows_query, reads_limit_offset_status_and_donor) {
    auto query =
        flows_query("mss-haiti", {{"limit", "5"}, {"offset", "2"}, {"status", "paid"}, {"donor", "CAN"}});
    ASSERT_TRUE(query) << query.error().message;
    EXPECT_EQ(query->slug, "mss-haiti");
    EXPECT_EQ(query->limit, 5);
    EXPECT_EQ(query->offset, 2);
    EXPECT_EQ(query->status, domain::FlowStatus::paid);
    EXPECT_EQ(query->donor, "CAN");
}

TEST(flows_query, names_status_when_it_is_not_a_flow_status) {
    auto query = flows_query("mss-haiti", {{"status", "promised"}});
    ASSERT_FALSE(query);
    EXPECT_EQ(query.error().field, "status");
    EXPECT_EQ(query.error().message, "must be one of pledged, committed, paid, got \"promised\"");
}

TEST(flows_query, names_an_unknown_parameter_and_lists_the_known_ones) {
    auto query = flows_query("mss-haiti", {{"page", "2"}});
    ASSERT_FALSE(query);
    EXPECT_EQ(query.error().field, "page");
    EXPECT_EQ(query.error().message, "is not a parameter here; known: limit, offset, status, donor");
}

TEST(flow_history_query, names_id_unless_it_is_a_whole_number_from_one) {
    for (const char* bad : {"abc", "0", "-3", "12x"}) {
        auto query = flow_history_query("mss-haiti", bad);
        ASSERT_FALSE(query) << bad;
        EXPECT_EQ(query.error().field, "id");
        EXPECT_EQ(query.error().message, "must be a flow's numeric id, got \"" + std::string(bad) + "\"");
    }
    EXPECT_EQ(flow_history_query("mss-haiti", "42")->id, 42);
}

TEST_F(FundingFlows, a_page_holds_at_most_limit_flows_of_the_mission_and_counts_them_all) {
    auto all = funding_flows(store().records(), FlowsQuery{.slug = "mss-haiti", .limit = 1000});
    ASSERT_TRUE(all) << all.error().message;
    ASSERT_GE(all->total, 3) << "the data set holds the mission's trust fund contributions";
    EXPECT_EQ(static_cast<std::int64_t>(all->items.size()), all->total);
    for (const auto& flow : all->items) EXPECT_EQ(*flow.text("mission"), "mss-haiti");

    auto page = funding_flows(store().records(), FlowsQuery{.slug = "mss-haiti", .limit = 2, .offset = 1});
    ASSERT_TRUE(page) << page.error().message;
    EXPECT_EQ(page->total, all->total);
    EXPECT_EQ(page->limit, 2);
    EXPECT_EQ(page->offset, 1);
    ASSERT_EQ(page->items.size(), 2u);
    EXPECT_EQ(page->items[0].id, all->items[1].id);
    EXPECT_EQ(page->items[1].id, all->items[2].id);
}

TEST_F(FundingFlows, status_and_donor_filters_keep_only_matching_flows) {
    auto all = funding_flows(store().records(), FlowsQuery{.slug = "mss-haiti", .limit = 1000});
    ASSERT_TRUE(all) << all.error().message;
    std::int64_t paid = 0;
    for (const auto& flow : all->items) paid += *flow.text("status") == "paid";
    auto only_paid =
        funding_flows(store().records(),
                      FlowsQuery{.slug = "mss-haiti", .limit = 1000, .status = domain::FlowStatus::paid});
    ASSERT_TRUE(only_paid) << only_paid.error().message;
    EXPECT_EQ(only_paid->total, paid);
    for (const auto& flow : only_paid->items) EXPECT_EQ(*flow.text("status"), "paid");

    const std::string donor = *all->items.front().text("donor");
    auto of_donor =
        funding_flows(store().records(), FlowsQuery{.slug = "mss-haiti", .limit = 1000, .donor = donor});
    ASSERT_TRUE(of_donor) << of_donor.error().message;
    EXPECT_GE(of_donor->total, 1);
    EXPECT_LT(of_donor->total, all->total);
    for (const auto& flow : of_donor->items) EXPECT_EQ(*flow.text("donor"), donor);
}

TEST_F(FundingFlows, flows_of_an_unknown_mission_are_not_found_naming_slug) {
    auto page = funding_flows(store().records(), FlowsQuery{.slug = "nowhere"});
    ASSERT_FALSE(page);
    EXPECT_EQ(page.error().code, ErrorCode::not_found);
    EXPECT_EQ(page.error().field, "slug");
    EXPECT_EQ(page.error().message, "no mission has key \"nowhere\"");
}

TEST_F(FundingFlows, the_page_maps_to_items_total_limit_and_offset) {
    auto page = funding_flows(store().records(), FlowsQuery{.slug = "mss-haiti", .limit = 1});
    ASSERT_TRUE(page) << page.error().message;
    auto json = flows_page_json(*page);
    EXPECT_EQ(json.at("total").as_int64(), page->total);
    EXPECT_EQ(json.at("limit").as_int64(), 1);
    EXPECT_EQ(json.at("offset").as_int64(), 0);
    ASSERT_EQ(json.at("items").as_array().size(), 1u);
    EXPECT_EQ(json.at("items").as_array()[0].as_object().at("id").as_int64(), page->items[0].id);
}

TEST_F(FundingFlows, history_shows_a_pledge_advanced_to_committed) {
    auto pledged =
        funding_flows(store().records(),
                      FlowsQuery{.slug = "mss-haiti", .limit = 1, .status = domain::FlowStatus::pledged});
    ASSERT_TRUE(pledged) << pledged.error().message;
    ASSERT_EQ(pledged->items.size(), 1u) << "the data set holds a pledge to the mission";
    domain::Record flow = pledged->items.front();
    domain::Fields fields = flow.fields;
    fields["status"] = std::string("committed");
    std::vector<store::Change> changes{{std::string(domain::kinds::funding_flows), fields}};
    ASSERT_TRUE(store().records().apply(changes, store::Actor{"treasurer"}));

    auto history = flow_history(store(), FlowHistoryQuery{"mss-haiti", flow.id});
    ASSERT_TRUE(history) << history.error().message;
    EXPECT_EQ(history->flow.id, flow.id);
    EXPECT_EQ(*history->flow.text("status"), "committed");
    ASSERT_EQ(history->steps.size(), 2u);
    EXPECT_EQ(history->steps[0].kind, domain::StepKind::created);
    EXPECT_EQ(history->steps[0].version.status, domain::FlowStatus::pledged);
    EXPECT_EQ(history->steps[1].kind, domain::StepKind::advanced);
    EXPECT_EQ(history->steps[1].from, domain::FlowStatus::pledged);
    EXPECT_EQ(history->steps[1].version.status, domain::FlowStatus::committed);
    EXPECT_EQ(history->steps[1].version.actor, "treasurer");

    auto json = history_json(*history);
    ASSERT_EQ(json.at("history").as_array().size(), 2u);
    EXPECT_EQ(json.at("history").as_array()[1].as_object().at("step").as_string(), "advanced");
    EXPECT_EQ(json.at("history").as_array()[1].as_object().at("from").as_string(), "pledged");
}

TEST_F(FundingFlows, history_of_a_flow_the_mission_lacks_is_not_found_naming_id) {
    auto history = flow_history(store(), FlowHistoryQuery{"mss-haiti", 999'999});
    ASSERT_FALSE(history);
    EXPECT_EQ(history.error().code, ErrorCode::not_found);
    EXPECT_EQ(history.error().field, "id");
    EXPECT_EQ(history.error().message, "mission \"mss-haiti\" has no funding flow with id 999999");
}

TEST_F(FundingFlows, history_in_an_unknown_mission_is_not_found_naming_slug) {
    auto history = flow_history(store(), FlowHistoryQuery{"nowhere", 1});
    ASSERT_FALSE(history);
    EXPECT_EQ(history.error().code, ErrorCode::not_found);
    EXPECT_EQ(history.error().field, "slug");
}

}  // namespace
}  // namespace mssops::app
