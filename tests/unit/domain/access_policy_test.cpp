#include "domain/access_policy.hpp"

#include <gtest/gtest.h>

#include "domain/kind_catalog.hpp"

namespace mssops::domain {
namespace {

Principal user(std::string name, std::vector<Role> roles, std::vector<EditDomain> domains = {},
               std::string country = {}) {
    return Principal{std::move(name), std::move(roles), std::move(domains), std::move(country)};
}

Fields event_of(std::string country) {
    return Fields{{"country", country}, {"count", std::int64_t{10}}};
}

TEST(edit_domain_of, gives_every_catalog_kind_a_domain_or_shares_it) {
    for (const KindSpec& kind : all_kinds()) {
        const bool shared = kind.name == "sources" || kind.name == "countries";
        EXPECT_EQ(edit_domain_of(kind.name).has_value(), !shared) << kind.name;
    }
}

TEST(edit_domain_of, puts_each_kind_in_its_domain) {
    EXPECT_EQ(edit_domain_of("deployment_events"), EditDomain::force);
    EXPECT_EQ(edit_domain_of("strength_reports"), EditDomain::force);
    EXPECT_EQ(edit_domain_of("expenditures"), EditDomain::funding);
    EXPECT_EQ(edit_domain_of("incidents"), EditDomain::incidents);
    EXPECT_EQ(edit_domain_of("admin_units"), EditDomain::incidents);
    EXPECT_EQ(edit_domain_of("organisations"), EditDomain::council);
    EXPECT_FALSE(edit_domain_of("sources"));
}

TEST(authorize_write, lets_an_admin_write_anything) {
    const auto admin = user("root", {Role::admin});
    EXPECT_TRUE(authorize_write(admin, "incidents", {}));
    EXPECT_TRUE(authorize_write(admin, "deployment_events", event_of("USA")));
    EXPECT_TRUE(authorize_write(admin, "resolutions", {}));
}

TEST(authorize_write, lets_an_editor_write_its_domain_and_shared_kinds) {
    const auto editor = user("fin", {Role::editor}, {EditDomain::funding});
    EXPECT_TRUE(authorize_write(editor, "funding_flows", {}));
    EXPECT_TRUE(authorize_write(editor, "expenditures", {}));
    EXPECT_TRUE(authorize_write(editor, "sources", {}));
    EXPECT_TRUE(authorize_write(editor, "countries", {}));
}

TEST(authorize_write, refuses_an_editor_outside_its_domain) {
    const auto editor = user("fin", {Role::editor}, {EditDomain::funding});
    auto result = authorize_write(editor, "deployment_events", event_of("KEN"));
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::forbidden);
    EXPECT_EQ(result.error().message, "user 'fin' edits funding, and deployment_events belong to force");
}

TEST(authorize_write, lets_an_editor_of_several_domains_write_each) {
    const auto editor = user("ops", {Role::editor}, {EditDomain::force, EditDomain::incidents});
    EXPECT_TRUE(authorize_write(editor, "incidents", {}));
    EXPECT_TRUE(authorize_write(editor, "missions", {}));
    auto result = authorize_write(editor, "positions", {});
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().message, "user 'ops' edits force, incidents, and positions belong to council");
}

TEST(authorize_write, lets_a_liaison_write_its_own_countrys_events_and_reports) {
    const auto liaison = user("jm", {Role::liaison}, {}, "JAM");
    EXPECT_TRUE(authorize_write(liaison, "deployment_events", event_of("JAM")));
    EXPECT_TRUE(authorize_write(liaison, "strength_reports", event_of("JAM")));
}

TEST(authorize_write, refuses_a_liaison_another_countrys_events) {
    const auto liaison = user("jm", {Role::liaison}, {}, "JAM");
    auto result = authorize_write(liaison, "deployment_events", event_of("KEN"));
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::forbidden);
    EXPECT_EQ(result.error().message,
              "user 'jm' is the liaison of JAM and may not write deployment_events of country 'KEN'");
}

TEST(authorize_write, refuses_a_liaison_a_report_without_a_country) {
    const auto liaison = user("jm", {Role::liaison}, {}, "JAM");
    auto result = authorize_write(liaison, "strength_reports", Fields{{"count", std::int64_t{400}}});
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().message,
              "user 'jm' is the liaison of JAM and may not write strength_reports of country (none)");
}

TEST(authorize_write, refuses_a_liaison_other_kinds) {
    const auto liaison = user("jm", {Role::liaison}, {}, "JAM");
    auto result = authorize_write(liaison, "strength_targets", event_of("JAM"));
    ASSERT_FALSE(result);
    EXPECT_EQ(
        result.error().message,
        "user 'jm' is the liaison of JAM and may write only deployment_events and strength_reports, not "
        "strength_targets");
}

TEST(authorize_write, refuses_a_liaison_without_a_country) {
    const auto liaison = user("jm", {Role::liaison});
    auto result = authorize_write(liaison, "deployment_events", event_of("JAM"));
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().message,
              "user 'jm' is the liaison of no country and may not write deployment_events of country 'JAM'");
}

TEST(authorize_write, refuses_a_viewer) {
    const auto viewer = user("eye", {Role::viewer});
    auto result = authorize_write(viewer, "sources", {});
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::forbidden);
    EXPECT_EQ(result.error().message, "user 'eye' may only read: it holds no admin, editor or liaison role");
}

TEST(authorize_write, asks_an_anonymous_caller_to_sign_in) {
    auto result = authorize_write(Principal{}, "sources", {});
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::unauthorized);
    EXPECT_EQ(result.error().message, "sign in to make changes");
}

TEST(authorize_update, refuses_a_liaison_moving_its_event_to_another_country) {
    const auto liaison = user("jm", {Role::liaison}, {}, "JAM");
    auto result = authorize_update(liaison, "deployment_events", event_of("JAM"), Fields{{"country", "KEN"}});
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().message,
              "user 'jm' is the liaison of JAM and may not write deployment_events of country 'KEN'");
}

TEST(authorize_update, refuses_a_liaison_editing_another_countrys_event_into_its_own) {
    const auto liaison = user("jm", {Role::liaison}, {}, "JAM");
    auto result = authorize_update(liaison, "deployment_events", event_of("KEN"), Fields{{"country", "JAM"}});
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().message,
              "user 'jm' is the liaison of JAM and may not write deployment_events of country 'KEN'");
}

TEST(authorize_update, lets_a_liaison_change_the_count_of_its_own_event) {
    const auto liaison = user("jm", {Role::liaison}, {}, "JAM");
    EXPECT_TRUE(
        authorize_update(liaison, "deployment_events", event_of("JAM"), Fields{{"count", std::int64_t{20}}}));
}

TEST(authorize_update, refuses_a_liaison_removing_the_country) {
    const auto liaison = user("jm", {Role::liaison}, {}, "JAM");
    auto result =
        authorize_update(liaison, "strength_reports", event_of("JAM"), Fields{{"country", std::monostate{}}});
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().message,
              "user 'jm' is the liaison of JAM and may not write strength_reports of country (none)");
}

TEST(authorize_read, refuses_anonymous_reads_by_default) {
    auto result = authorize_read(Principal{}, AnonymousReads::refused);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::unauthorized);
    EXPECT_EQ(result.error().message, "sign in to read: this server does not allow anonymous reads");
}

TEST(authorize_read, allows_anonymous_reads_when_the_setting_is_on) {
    EXPECT_TRUE(authorize_read(Principal{}, AnonymousReads::allowed));
    EXPECT_TRUE(authorize_read(user("eye", {Role::viewer}), AnonymousReads::refused));
}

TEST(authorize_access, lets_anyone_call_open_routes) {
    EXPECT_TRUE(
        authorize_access(Principal{}, AccessLevel::anyone, EditDomain::force, AnonymousReads::refused));
}

TEST(authorize_access, refuses_a_viewer_an_admin_route) {
    auto result = authorize_access(user("eye", {Role::viewer}), AccessLevel::admin, EditDomain::force,
                                   AnonymousReads::refused);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::forbidden);
    EXPECT_EQ(result.error().message, "user 'eye' is not an admin");
}

TEST(authorize_access, asks_an_anonymous_caller_to_sign_in_for_admin_routes) {
    auto result =
        authorize_access(Principal{}, AccessLevel::admin, EditDomain::force, AnonymousReads::allowed);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::unauthorized);
}

TEST(authorize_access, lets_editors_into_their_domain_and_liaisons_into_force) {
    const auto editor = user("fin", {Role::editor}, {EditDomain::funding});
    const auto liaison = user("jm", {Role::liaison}, {}, "JAM");
    EXPECT_TRUE(authorize_access(editor, AccessLevel::editor, EditDomain::funding, AnonymousReads::refused));
    EXPECT_TRUE(authorize_access(liaison, AccessLevel::editor, EditDomain::force, AnonymousReads::refused));
    auto result =
        authorize_access(liaison, AccessLevel::editor, EditDomain::council, AnonymousReads::refused);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().message, "user 'jm' may not edit the council domain");
}

TEST(parse_role, rejects_an_unknown_role) {
    auto result = parse_role("superuser", "roles[0]");
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().field, "roles[0]");
    EXPECT_EQ(result.error().message, "expected one of admin, editor, liaison, viewer, got 'superuser'");
    EXPECT_EQ(parse_role("liaison", "role").value(), Role::liaison);
}

TEST(parse_edit_domain, rejects_an_unknown_domain) {
    auto result = parse_edit_domain("weather", "domains[1]");
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().message, "expected one of force, funding, incidents, council, got 'weather'");
    EXPECT_EQ(parse_edit_domain("council", "domain").value(), EditDomain::council);
}

}  // namespace
}  // namespace mssops::domain
