#include "store/entry_checks.hpp"

#include "store/timestamp.hpp"
#include "unit/store/store_fixture.hpp"

namespace mssops::store::testing {
namespace {

using domain::ErrorCode;
using domain::Fields;
using domain::TextList;

class EntryChecksTest : public StoreTest {
protected:
    void SetUp() override {
        StoreTest::SetUp();
        if (HasFatalFailure()) return;
        must_create(records(), "sources", source_fields("article"));
        must_create(records(), "missions", mission_fields("mss-haiti", "article"));
    }

    /// The Security Council of 2024: the five permanent members and ten elected ones.
    void add_council_of_2024() {
        must_create(records(), "organisations",
                    {{"key", std::string("unsc")},
                     {"name", std::string("UN Security Council")},
                     {"organisation_kind", std::string("un_body")}});
        for (const char* member : {"CHN", "FRA", "GBR", "RUS", "USA"})
            must_create(records(), "council_memberships",
                        {{"body", std::string("unsc")},
                         {"country", std::string(member)},
                         {"seat", std::string("permanent")},
                         {"term_start", std::int64_t{1945}},
                         {"source_id", std::string("article")}});
        for (const char* member : {"DZA", "ECU", "GUY", "JPN", "MLT", "MOZ", "KOR", "SLE", "SVN", "CHE"})
            must_create(records(), "council_memberships",
                        {{"body", std::string("unsc")},
                         {"country", std::string(member)},
                         {"seat", std::string("elected")},
                         {"term_start", std::int64_t{2023}},
                         {"term_end", std::int64_t{2025}},
                         {"source_id", std::string("article")}});
    }

    static Fields resolution(TextList yes, TextList no, std::string outcome) {
        return {{"key", std::string("draft-2024")},     {"body", std::string("unsc")},
                {"adopted", std::string("2024-09-30")}, {"action", std::string("extend")},
                {"outcome", std::move(outcome)},        {"mission", std::string("mss-haiti")},
                {"votes_yes", std::move(yes)},          {"votes_no", std::move(no)},
                {"source_id", std::string("article")}};
    }

    static TextList elected(std::size_t how_many) {
        const TextList all = {"DZA", "ECU", "GUY", "JPN", "MLT", "MOZ", "KOR", "SLE", "SVN", "CHE"};
        return TextList(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(how_many));
    }

    std::int64_t total(const std::string& kind) {
        ListQuery query;
        query.kind = kind;
        query.limit = 1;
        auto page = records().list(query);
        EXPECT_TRUE(page);
        return page ? page->total : -1;
    }

    // A refused write leaves no record and no audit row behind.
    void expect_refused(const std::string& kind, const Fields& fields, const std::string& field,
                        const std::string& message) {
        const std::int64_t before = total(kind);
        const std::size_t audited = audit_count(*store_);
        auto created = records().create(kind, fields, alice_);
        ASSERT_FALSE(created);
        EXPECT_EQ(created.error().code, ErrorCode::invalid_input);
        EXPECT_EQ(created.error().field, field);
        EXPECT_EQ(created.error().message, message);
        EXPECT_EQ(total(kind), before);
        EXPECT_EQ(audit_count(*store_), audited);
    }

    static std::string today() { return utc_timestamp_now().substr(0, 10); }
};

TEST_P(EntryChecksTest, refuses_an_arrival_dated_after_today) {
    expect_refused(
        "deployment_events", deployment_fields("ken-2030", "KEN", "2030-01-01", 100), "date",
        "must not be after today (" + today() +
            ") for an arrived deployment event; only a pledge or a target may be dated in the future, "
            "got 2030-01-01");
}

TEST_P(EntryChecksTest, accepts_a_pledge_dated_after_today) {
    Fields pledge = deployment_fields("ken-pledge-2030", "KEN", "2030-01", 100);
    pledge["event"] = std::string("pledged");
    EXPECT_TRUE(records().create("deployment_events", pledge, alice_));
}

TEST_P(EntryChecksTest, refuses_a_strength_report_dated_after_today) {
    expect_refused(
        "strength_reports",
        {{"mission", std::string("mss-haiti")},
         {"personnel_type", std::string("police")},
         {"count", std::int64_t{744}},
         {"country", std::string("KEN")},
         {"date", std::string("2031-02")},
         {"source_id", std::string("article")}},
        "date",
        "must not be after today (" + today() +
            ") for a strength report; only a pledge or a target may be dated in the future, got 2031-02");
}

TEST_P(EntryChecksTest, refuses_an_update_that_moves_an_arrival_into_the_future) {
    auto created =
        must_create(records(), "deployment_events", deployment_fields("ken-1", "KEN", "2024-06-25", 200));
    auto moved =
        records().update("deployment_events", created.id, {{"date", std::string("2040-06-25")}}, alice_);
    ASSERT_FALSE(moved);
    EXPECT_EQ(moved.error().field, "date");
    EXPECT_EQ(records().get("deployment_events", created.id)->fields, created.fields);
}

TEST_P(EntryChecksTest, refuses_a_country_code_that_names_no_country) {
    expect_refused("deployment_events", deployment_fields("zzz-1", "ZZZ", "2024-06-25", 10), "country",
                   "must be a country's ISO 3166-1 alpha-3 code, got \"ZZZ\", which names no country");
}

TEST_P(EntryChecksTest, refuses_a_resolution_adopted_with_eight_votes_in_favour) {
    add_council_of_2024();
    expect_refused("resolutions",
                   resolution({"CHN", "FRA", "GBR", "USA", "DZA", "ECU", "GUY", "JPN"}, {}, "adopted"),
                   "outcome",
                   "must be failed under UN Charter Art. 27(3) for the recorded vote (failed: 8 in favour, 0 "
                   "against, 0 abstaining; 9 votes in favour needed), got adopted");
}

TEST_P(EntryChecksTest, refuses_a_resolution_adopted_over_a_permanent_members_no) {
    add_council_of_2024();
    TextList yes = elected(10);
    expect_refused(
        "resolutions", resolution(yes, {"RUS"}, "adopted"), "outcome",
        "must be vetoed under UN Charter Art. 27(3) for the recorded vote (vetoed: 10 in favour, 1 "
        "against, 0 abstaining; negative vote of permanent member RUS), got adopted");
}

TEST_P(EntryChecksTest, refuses_a_vote_by_a_state_not_on_the_council_that_year) {
    add_council_of_2024();
    TextList yes = elected(9);
    yes.push_back("CAN");
    expect_refused("resolutions", resolution(yes, {}, "adopted"), "votes_yes",
                   "CAN is not a member of unsc in 2024");
}

TEST_P(EntryChecksTest, refuses_a_member_voting_twice) {
    add_council_of_2024();
    expect_refused("resolutions", resolution(elected(9), {"DZA"}, "adopted"), "votes_no",
                   "DZA is recorded with more than one vote");
}

TEST_P(EntryChecksTest, accepts_a_vote_that_agrees_with_the_charter) {
    add_council_of_2024();
    TextList yes = elected(10);
    for (const char* member : {"CHN", "FRA", "GBR", "USA"}) yes.push_back(member);
    EXPECT_TRUE(records().create("resolutions", resolution(yes, {"RUS"}, "vetoed"), alice_));
}

TEST_P(EntryChecksTest, refuses_a_bad_vote_in_an_import_batch_and_writes_nothing) {
    add_council_of_2024();
    const std::int64_t events_before = total("deployment_events");
    std::vector<Change> changes = {
        {"deployment_events", deployment_fields("ken-ok", "KEN", "2024-06-25", 200)},
        {"resolutions", resolution(elected(8), {}, "adopted")}};
    auto applied = records().apply(changes, alice_);
    ASSERT_FALSE(applied);
    EXPECT_EQ(applied.error().field, "resolutions[1].outcome");
    EXPECT_EQ(total("deployment_events"), events_before);
    EXPECT_EQ(total("resolutions"), 0);
}

TEST_P(EntryChecksTest, an_event_may_name_the_event_it_reports_again) {
    must_create(records(), "deployment_events", deployment_fields("ken-jan-18", "KEN", "2025-01-18", 217));
    auto again = deployment_fields("ken-jan-19", "KEN", "2025-01-19", 217);
    again["same_movement_as"] = std::string("ken-jan-18");
    auto created = records().create("deployment_events", again, alice_);
    ASSERT_TRUE(created) << created.error().field << ": " << created.error().message;
    EXPECT_EQ(*created->text("same_movement_as"), "ken-jan-18");
}

TEST_P(EntryChecksTest, a_same_movement_link_to_another_country_or_kind_or_itself_is_refused) {
    must_create(records(), "deployment_events", deployment_fields("ken-jan-18", "KEN", "2025-01-18", 217));
    auto other_country = deployment_fields("gtm-jan-19", "GTM", "2025-01-19", 217);
    other_country["same_movement_as"] = std::string("ken-jan-18");
    auto refused = records().create("deployment_events", other_country, alice_);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().field, "same_movement_as");
    EXPECT_EQ(refused.error().message,
              "must name an event with the same country as this one (GTM), but \"ken-jan-18\" has KEN");

    auto departure = deployment_fields("ken-out", "KEN", "2025-01-19", 217);
    departure["event"] = std::string("rotated_out");
    departure["same_movement_as"] = std::string("ken-jan-18");
    auto wrong_kind = records().create("deployment_events", departure, alice_);
    ASSERT_FALSE(wrong_kind);
    EXPECT_EQ(
        wrong_kind.error().message,
        "must name an event with the same event as this one (rotated_out), but \"ken-jan-18\" has arrived");

    auto itself = deployment_fields("ken-self", "KEN", "2025-01-19", 217);
    itself["same_movement_as"] = std::string("ken-self");
    auto own = records().create("deployment_events", itself, alice_);
    ASSERT_FALSE(own);
    EXPECT_EQ(own.error().field, "same_movement_as");

    auto unknown = deployment_fields("ken-unknown", "KEN", "2025-01-19", 217);
    unknown["same_movement_as"] = std::string("nowhere");
    auto missing = records().create("deployment_events", unknown, alice_);
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().field, "same_movement_as");
    EXPECT_EQ(missing.error().message, "no deployment_events record has key \"nowhere\"");
    EXPECT_EQ(total("deployment_events"), 1);
}

INSTANTIATE_TEST_SUITE_P(backends, EntryChecksTest, ::testing::ValuesIn(test_backends()));

}  // namespace
}  // namespace mssops::store::testing
