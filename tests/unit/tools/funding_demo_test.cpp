#include "funding_demo.hpp"

#include <gtest/gtest.h>

#include "app/funding_query.hpp"
#include "unit/app/seeded_store.hpp"

namespace mssops::tools {
namespace {

class FundingDemo : public app::SeededStore {
protected:
    ingest::FundingReference reference() {
        auto loaded = ingest::load_funding_reference(std::string(MSSOPS_SOURCE_DIR) + "/data", "");
        EXPECT_TRUE(loaded) << loaded.error().message;
        return loaded ? *loaded : ingest::FundingReference{};
    }

    std::int64_t flows_of(const std::string& mission) {
        store::ListQuery query;
        query.kind = "funding_flows";
        query.mission = mission;
        query.limit = 1;
        auto page = store().records().list(query);
        EXPECT_TRUE(page) << page.error().message;
        return page ? page->total : -1;
    }
};

TEST_F(FundingDemo, writes_its_flows_and_spending_cited_to_a_source_marked_synthetic) {
    std::int64_t before = flows_of("mss-haiti");
    auto report = write_funding_demo(store(), reference(), FundingDemoOptions{.mission = "mss-haiti"});
    ASSERT_TRUE(report) << report.error().field << ": " << report.error().message;
    EXPECT_EQ(report->mission, "mss-haiti");
    EXPECT_EQ(report->flows, 24u);
    EXPECT_EQ(report->expenditures, 48);  // 12 months x 4 categories.
    EXPECT_EQ(flows_of("mss-haiti"), before + 24);
    auto source = store().records().find_by_key("sources", funding_demo_source);
    ASSERT_TRUE(source) << source.error().message;
    ASSERT_NE(source->text("synthetic"), nullptr);
    EXPECT_EQ(*source->text("synthetic"), "yes");
    // The funding summary reads the demo's spending: there is a burn now.
    auto summary =
        app::funding_summary(store().records(), reference(), app::FundingSummaryQuery{.slug = "mss-haiti"});
    ASSERT_TRUE(summary) << summary.error().message;
    EXPECT_TRUE(summary->summary.burn);
}

TEST_F(FundingDemo, a_second_run_is_refused_whole_and_adds_nothing) {
    auto first = write_funding_demo(store(), reference(), FundingDemoOptions{.mission = "mss-haiti"});
    ASSERT_TRUE(first) << first.error().message;
    std::int64_t after_first = flows_of("mss-haiti");
    // Its first round pledges flows the last round paid: a status may not go back without a correction.
    auto again = write_funding_demo(store(), reference(), FundingDemoOptions{.mission = "mss-haiti"});
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().message.rfind(
                  "status: cannot move a flow from paid back to pledged; mark the change as a correction", 0),
              0u)
        << again.error().message;
    EXPECT_EQ(flows_of("mss-haiti"), after_first);
}

TEST_F(FundingDemo, makes_a_synthetic_mission_when_the_store_holds_several) {
    auto report = write_funding_demo(store(), reference(), FundingDemoOptions{});
    ASSERT_TRUE(report) << report.error().message;
    EXPECT_EQ(report->mission, "demo-mission");
    auto mission = store().records().find_by_key("missions", "demo-mission");
    ASSERT_TRUE(mission) << mission.error().message;
    EXPECT_EQ(*mission->text("name"), "Synthetic demo mission (not real data)");
}

}  // namespace
}  // namespace mssops::tools
