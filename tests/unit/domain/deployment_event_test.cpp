#include "domain/deployment_event.hpp"

#include <gtest/gtest.h>

using namespace mssops::domain;

namespace {

Record deployment(Fields fields) {
    Record record;
    record.kind = "deployment_events";
    record.id = 4;
    record.fields = std::move(fields);
    return record;
}

Fields kenyan_arrival() {
    return {{"key", std::string("ken-2024-06-25")}, {"mission", std::string("mss-haiti")},
            {"country", std::string("KEN")},        {"personnel_type", std::string("police")},
            {"count", std::int64_t{200}},           {"event", std::string("arrived")},
            {"date", std::string("2024-06-25")},    {"source_id", std::string("reuters-2024-06-25")}};
}

}  // namespace

TEST(deployment_event, reads_every_field_of_an_arrival) {
    auto event = deployment_event_from(deployment(kenyan_arrival()));
    ASSERT_TRUE(event);
    EXPECT_EQ(event->key, "ken-2024-06-25");
    EXPECT_EQ(event->country, "KEN");
    EXPECT_EQ(event->personnel_type, PersonnelType::police);
    EXPECT_EQ(event->count, 200);
    EXPECT_EQ(event->kind, DeploymentKind::arrived);
    EXPECT_EQ(event->date.to_text(), "2024-06-25");
    EXPECT_EQ(event->basis, DeploymentBasis::reported);
    EXPECT_EQ(event->source_id, "reuters-2024-06-25");
}

TEST(deployment_event, keeps_month_precision_and_a_cumulative_basis) {
    Fields fields = kenyan_arrival();
    fields["date"] = std::string("2024-11");
    fields["basis"] = std::string("cumulative_estimate");
    auto event = deployment_event_from(deployment(fields));
    ASSERT_TRUE(event);
    EXPECT_EQ(event->date.precision, DatePrecision::month);
    EXPECT_EQ(event->basis, DeploymentBasis::cumulative_estimate);
}

TEST(deployment_event, rejects_a_missing_count_naming_the_record) {
    Fields fields = kenyan_arrival();
    fields.erase("count");
    auto event = deployment_event_from(deployment(fields));
    ASSERT_FALSE(event);
    EXPECT_EQ(event.error().field, "deployment_events[ken-2024-06-25].count");
    EXPECT_EQ(event.error().message, "is required, got nothing");
}

TEST(deployment_event, rejects_an_unknown_event_kind_listing_the_choices) {
    Fields fields = kenyan_arrival();
    fields["event"] = std::string("landed");
    auto event = deployment_event_from(deployment(fields));
    ASSERT_FALSE(event);
    EXPECT_EQ(event.error().field, "deployment_events[ken-2024-06-25].event");
    EXPECT_EQ(event.error().message,
              "must be one of pledged, arrived, rotated_out, withdrawn, got \"landed\"");
}

TEST(deployment_event, names_the_record_by_id_when_it_has_no_key) {
    Fields fields = kenyan_arrival();
    fields.erase("key");
    fields["date"] = std::string("June 2024");
    auto event = deployment_event_from(deployment(fields));
    ASSERT_FALSE(event);
    EXPECT_EQ(event.error().field, "deployment_events[4].date");
}
