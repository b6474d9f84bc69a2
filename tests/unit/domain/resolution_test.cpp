#include "domain/resolution.hpp"

#include <gtest/gtest.h>

using namespace mssops::domain;

namespace {

Record resolution_2751() {
    Record record;
    record.kind = "resolutions";
    record.fields = {{"key", std::string("unsc-res-2751")},
                     {"body", std::string("unsc")},
                     {"number", std::int64_t{2751}},
                     {"adopted", std::string("2024-09-30")},
                     {"action", std::string("extend")},
                     {"mission", std::string("mss-haiti")},
                     {"mandate_end", std::string("2025-10-02")},
                     {"penholders", TextList{"USA", "ECU"}},
                     {"unanimous", std::string("yes")},
                     {"source_id", std::string("article")}};
    return record;
}

}  // namespace

TEST(resolution, reads_an_extension_and_labels_it_by_number) {
    auto resolution = resolution_from(resolution_2751());
    ASSERT_TRUE(resolution);
    EXPECT_EQ(resolution->action, MandateAction::extend);
    EXPECT_EQ(resolution->outcome, VoteOutcome::adopted);
    EXPECT_EQ(resolution->mandate_end->to_text(), "2025-10-02");
    EXPECT_EQ(resolution->penholders, (TextList{"USA", "ECU"}));
    EXPECT_TRUE(resolution->unanimous);
    EXPECT_FALSE(resolution->has_recorded_vote());
    EXPECT_EQ(resolution->label(), "resolution 2751");
}

TEST(resolution, rejects_a_bad_mandate_end_naming_the_field) {
    Record record = resolution_2751();
    record.fields["mandate_end"] = std::string("2 October 2025");
    auto resolution = resolution_from(record);
    ASSERT_FALSE(resolution);
    EXPECT_EQ(resolution.error().field, "resolutions[unsc-res-2751].mandate_end");
    EXPECT_EQ(
        resolution.error().message,
        "must be a date as YYYY, YYYY-MM or YYYY-MM-DD (optionally followed by ~ for approximate), got \"2 "
        "October 2025\"");
}
