#include "domain/strength.hpp"

#include <gtest/gtest.h>

using namespace mssops::domain;
using std::chrono::sys_days;

namespace {

DeploymentEvent event(std::string country, DeploymentKind kind, std::int64_t count, std::string date,
                      PersonnelType type = PersonnelType::police) {
    DeploymentEvent result;
    result.key = country + "-" + date;
    result.mission = "mss-haiti";
    result.country = std::move(country);
    result.personnel_type = type;
    result.kind = kind;
    result.count = count;
    result.date = PartialDate::parse(date, "date").value();
    result.source_id = "src-" + result.key;
    return result;
}

sys_days day(const char* text) {
    return parse_iso_day(text, "at").value();
}

std::vector<DeploymentEvent> mixed_events() {
    return {
        event("KEN", DeploymentKind::pledged, 1000, "2023-07"),
        event("KEN", DeploymentKind::arrived, 200, "2024-06-25"),
        event("KEN", DeploymentKind::arrived, 200, "2024-07-16"),
        event("JAM", DeploymentKind::arrived, 24, "2024-09-10"),
        event("KEN", DeploymentKind::rotated_out, 50, "2024-10-01"),
        event("JAM", DeploymentKind::withdrawn, 4, "2024-10-15"),
        event("BLZ", DeploymentKind::arrived, 2, "2024-09-12", PersonnelType::military),
    };
}

}  // namespace

TEST(strength, counts_arrivals_less_rotations_out_and_withdrawals) {
    StrengthAt strength = strength_at(mixed_events(), day("2024-11-07"));
    // KEN 200 + 200 - 50 = 350; JAM 24 - 4 = 20; BLZ 2 military.
    EXPECT_EQ(strength.deployed, 372);
    EXPECT_EQ(strength.deployed_of(PersonnelType::police), 370);
    EXPECT_EQ(strength.deployed_of(PersonnelType::military), 2);
    ASSERT_EQ(strength.contingents.size(), 3u);
    EXPECT_EQ(strength.contingents[0].country, "BLZ");
    EXPECT_EQ(strength.contingents[2].country, "KEN");
    EXPECT_EQ(strength.contingents[2].deployed, 350);
    EXPECT_EQ(strength.contingents[2].arrived, 400);
    EXPECT_EQ(strength.contingents[2].departed, 50);
    EXPECT_TRUE(strength.warnings.empty());
}

TEST(strength, tracks_pledges_apart_from_deployed_personnel) {
    StrengthAt strength = strength_at(mixed_events(), day("2024-11-07"));
    EXPECT_EQ(strength.pledged, 1000);
    // Kenya pledged 1,000 and has 350 on the ground: 650 outstanding.
    EXPECT_EQ(strength.contingents[2].outstanding, 650);
    EXPECT_EQ(strength.outstanding, 650);
}

TEST(strength, counts_only_events_dated_on_or_before_the_day) {
    StrengthAt strength = strength_at(mixed_events(), day("2024-07-15"));
    EXPECT_EQ(strength.deployed, 200);
    EXPECT_EQ(strength.last_event->to_text(), "2024-06-25");
}

TEST(strength, counts_a_month_precision_event_from_the_first_of_its_month_and_flags_it) {
    std::vector<DeploymentEvent> events = {event("KEN", DeploymentKind::arrived, 300, "2024-12")};
    EXPECT_EQ(strength_at(events, day("2024-11-30")).deployed, 0);
    StrengthAt strength = strength_at(events, day("2024-12-01"));
    EXPECT_EQ(strength.deployed, 300);
    EXPECT_TRUE(strength.approximate);
}

TEST(strength, a_cumulative_estimate_sets_the_contingent_total) {
    std::vector<DeploymentEvent> events = mixed_events();
    DeploymentEvent total = event("KEN", DeploymentKind::arrived, 380, "2024-10-20");
    total.basis = DeploymentBasis::cumulative_estimate;
    events.push_back(total);
    StrengthAt strength = strength_at(events, day("2024-11-07"));
    EXPECT_EQ(strength.contingents[2].deployed, 380);
    EXPECT_EQ(strength.contingents[2].arrived, 430);
}

TEST(strength, reports_more_departures_than_arrivals_and_counts_zero) {
    std::vector<DeploymentEvent> events = {event("JAM", DeploymentKind::withdrawn, 5, "2024-10-15")};
    StrengthAt strength = strength_at(events, day("2024-11-07"));
    EXPECT_EQ(strength.deployed, 0);
    ASSERT_EQ(strength.warnings.size(), 1u);
    EXPECT_EQ(strength.warnings[0],
              "JAM police: 5 more departures than arrivals recorded by 2024-11-07; counted as 0 deployed");
}

TEST(strength, groups_by_country_and_by_personnel_type) {
    StrengthAt strength = strength_at(mixed_events(), day("2024-11-07"));
    auto by_type = group_strength(strength, StrengthGrouping::personnel_type);
    ASSERT_EQ(by_type.size(), 2u);
    EXPECT_EQ(by_type[0].label, "military");
    EXPECT_EQ(by_type[0].deployed, 2);
    EXPECT_EQ(by_type[1].label, "police");
    EXPECT_EQ(by_type[1].deployed, 370);
    auto by_country = group_strength(strength, StrengthGrouping::country);
    ASSERT_EQ(by_country.size(), 3u);
    EXPECT_EQ(by_country[1].label, "JAM");
    EXPECT_EQ(by_country[1].deployed, 20);
}

TEST(strength, rejects_an_unknown_grouping) {
    auto grouping = parse_strength_grouping("region", "by");
    ASSERT_FALSE(grouping);
    EXPECT_EQ(grouping.error().field, "by");
    EXPECT_EQ(grouping.error().message, "must be country or personnel_type, got \"region\"");
}

TEST(strength, gives_a_month_end_series_ending_on_the_last_day_asked) {
    auto series = monthly_strength(mixed_events(), day("2024-06-01"), day("2024-10-10"));
    ASSERT_TRUE(series);
    ASSERT_EQ(series->size(), 5u);
    EXPECT_EQ((*series)[0].month, "2024-06");
    EXPECT_EQ((*series)[0].deployed, 200);
    EXPECT_EQ((*series)[1].deployed, 400);
    EXPECT_EQ((*series)[3].deployed, 426);
    EXPECT_EQ((*series)[3].deployed_by_country.at("JAM"), 24);
    EXPECT_EQ(to_iso_day((*series)[4].as_of), "2024-10-10");
    EXPECT_EQ((*series)[4].deployed, 376);
}

TEST(strength, rejects_a_series_that_ends_before_it_starts) {
    auto series = monthly_strength(mixed_events(), day("2024-06-01"), day("2024-05-01"));
    ASSERT_FALSE(series);
    EXPECT_EQ(series.error().field, "to");
    EXPECT_EQ(series.error().message, "must not be before from 2024-06-01, got 2024-05-01");
}
