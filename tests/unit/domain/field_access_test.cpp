#include "domain/field_access.hpp"

#include <gtest/gtest.h>

namespace mssops::domain {
namespace {

TEST(may_read_field, holds_an_incidents_notes_back_from_a_viewer) {
    Principal viewer{.name = "v", .roles = {Role::viewer}};
    EXPECT_FALSE(may_read_field(viewer, "incidents", "notes"));
    EXPECT_TRUE(may_read_field(viewer, "incidents", "fatalities"));
    EXPECT_TRUE(may_read_field(viewer, "engagements", "summary"));
}

TEST(may_read_field, holds_it_back_from_an_anonymous_reader_too) {
    EXPECT_FALSE(may_read_field(Principal{}, "incidents", "notes"));
}

TEST(may_read_field, lets_staff_read_every_field) {
    for (Role role : {Role::admin, Role::editor, Role::liaison})
        EXPECT_TRUE(may_read_field(Principal{.name = "s", .roles = {role}}, "incidents", "notes"));
}

}  // namespace
}  // namespace mssops::domain
