#include "domain/flow_history.hpp"

#include <gtest/gtest.h>

using namespace mssops::domain;

namespace {

FlowVersion version(std::string at, FlowStatus status, Cents amount, std::string date) {
    return FlowVersion{
        std::move(at), "user:ops", status, amount, "USD", amount, PartialDate::parse(date, "date").value()};
}

}  // namespace

TEST(flow_status, moves_forward_and_may_skip_committed) {
    EXPECT_TRUE(validate_transition(FlowStatus::pledged, FlowStatus::committed, Correction::no, "status"));
    EXPECT_TRUE(validate_transition(FlowStatus::committed, FlowStatus::paid, Correction::no, "status"));
    EXPECT_TRUE(validate_transition(FlowStatus::pledged, FlowStatus::paid, Correction::no, "status"));
    EXPECT_TRUE(validate_transition(FlowStatus::paid, FlowStatus::paid, Correction::no, "status"));
}

TEST(flow_status, refuses_paid_back_to_pledged_unless_a_correction) {
    auto refused =
        validate_transition(FlowStatus::paid, FlowStatus::pledged, Correction::no, "flows.csv:4:7");
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().field, "flows.csv:4:7");
    EXPECT_EQ(refused.error().message,
              "cannot move a flow from paid back to pledged; mark the change as a correction to do that");
    EXPECT_TRUE(validate_transition(FlowStatus::paid, FlowStatus::pledged, Correction::yes, "status"));
}

TEST(flow_history, follows_one_pledge_until_it_is_paid) {
    auto steps = flow_history({
        version("2024-02-01T10:00:00Z", FlowStatus::pledged, 1000000, "2024-02-01"),
        version("2024-03-15T09:00:00Z", FlowStatus::committed, 1000000, "2024-03-15"),
        version("2024-05-02T12:00:00Z", FlowStatus::paid, 950000, "2024-05-02"),
    });
    ASSERT_EQ(steps.size(), 3u);
    EXPECT_EQ(steps[0].kind, StepKind::created);
    EXPECT_FALSE(steps[0].from.has_value());
    EXPECT_EQ(steps[1].kind, StepKind::advanced);
    EXPECT_EQ(steps[1].from, FlowStatus::pledged);
    EXPECT_EQ(steps[2].kind, StepKind::advanced);
    EXPECT_EQ(steps[2].from, FlowStatus::committed);
    EXPECT_EQ(steps[2].version.amount, 950000);
}

TEST(flow_history, leaves_out_versions_that_changed_nothing_it_tracks) {
    auto steps = flow_history({
        version("2024-02-01T10:00:00Z", FlowStatus::pledged, 1000000, "2024-02"),
        version("2024-02-03T10:00:00Z", FlowStatus::pledged, 1000000, "2024-02"),
        version("2024-02-09T10:00:00Z", FlowStatus::pledged, 1200000, "2024-02"),
    });
    ASSERT_EQ(steps.size(), 2u);
    EXPECT_EQ(steps[1].kind, StepKind::amended);
    EXPECT_EQ(steps[1].version.recorded_at, "2024-02-09T10:00:00Z");
}

TEST(flow_history, marks_a_step_back_as_a_correction) {
    auto steps = flow_history({
        version("2024-02-01T10:00:00Z", FlowStatus::paid, 1000000, "2024-02-01"),
        version("2024-02-02T10:00:00Z", FlowStatus::pledged, 1000000, "2024-02-01"),
    });
    ASSERT_EQ(steps.size(), 2u);
    EXPECT_EQ(steps[1].kind, StepKind::corrected);
    EXPECT_STREQ(to_text(steps[1].kind), "corrected");
}
