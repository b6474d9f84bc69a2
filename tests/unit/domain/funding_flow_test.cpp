#include "domain/funding_flow.hpp"

#include <gtest/gtest.h>

using namespace mssops::domain;

namespace {

Record pledge() {
    Record record;
    record.kind = "funding_flows";
    record.id = 7;
    record.fields = {{"key", std::string("can-2024-01")},
                     {"donor", std::string("CAN")},
                     {"recipient", std::string("mss-trust-fund")},
                     {"amount", 80000000.0},
                     {"currency", std::string("CAD")},
                     {"status", std::string("pledged")},
                     {"date", std::string("2024-02")},
                     {"source_id", std::string("gac-2024")}};
    return record;
}

}  // namespace

TEST(funding_flow, reads_a_record_into_cents_and_a_status) {
    auto flow = funding_flow_from(pledge());
    ASSERT_TRUE(flow);
    EXPECT_EQ(flow->id, 7);
    EXPECT_EQ(flow->key, "can-2024-01");
    EXPECT_EQ(flow->amount, 8000000000);
    EXPECT_EQ(flow->currency, "CAD");
    EXPECT_FALSE(flow->amount_usd.has_value());
    EXPECT_EQ(flow->status, FlowStatus::pledged);
    EXPECT_EQ(flow->date.to_text(), "2024-02");
    EXPECT_EQ(flow->source_id, "gac-2024");
}

TEST(funding_flow, reads_a_stored_usd_value) {
    Record record = pledge();
    record.fields["amount_usd"] = std::int64_t{59000000};
    auto flow = funding_flow_from(record);
    ASSERT_TRUE(flow);
    EXPECT_EQ(flow->amount_usd, 5900000000);
}

TEST(funding_flow, rejects_an_unknown_status_listing_the_choices) {
    Record record = pledge();
    record.fields["status"] = std::string("disbursed");
    auto flow = funding_flow_from(record);
    ASSERT_FALSE(flow);
    EXPECT_EQ(flow.error().field, "status");
    EXPECT_EQ(flow.error().message, "must be one of pledged, committed, paid, got \"disbursed\"");
}

TEST(funding_flow, rejects_a_record_of_another_kind) {
    Record record = pledge();
    record.kind = "expenditures";
    auto flow = funding_flow_from(record);
    ASSERT_FALSE(flow);
    EXPECT_EQ(flow.error().message, "must be funding_flows, got \"expenditures\"");
}

TEST(funding_flow, names_a_missing_donor) {
    Record record = pledge();
    record.fields.erase("donor");
    auto flow = funding_flow_from(record);
    ASSERT_FALSE(flow);
    EXPECT_EQ(flow.error().field, "donor");
    EXPECT_EQ(flow.error().message, "is required on a funding flow");
}
