#include "store/store_copy.hpp"

#include <algorithm>

#include "store/alert_tables.hpp"
#include "unit/store/store_fixture.hpp"

namespace mssops::store::testing {
namespace {

using domain::ErrorCode;

/// Copies a SQLite store into a fresh store of each backend (the `mssops migrate` path).
class StoreCopyTest : public StoreTest {
protected:
    void SetUp() override {
        StoreTest::SetUp();
        if (HasFatalFailure()) return;
        source_scratch_ = std::make_unique<ScratchStore>("sqlite");
        auto opened = open_store(source_scratch_->location());
        ASSERT_TRUE(opened);
        source_ = std::move(opened).value();
    }

    std::unique_ptr<ScratchStore> source_scratch_;
    std::unique_ptr<Store> source_;
};

TEST_P(StoreCopyTest, copies_records_and_audit_with_their_ids_versions_and_stamps) {
    auto& from = source_->records();
    auto article = must_create(from, "sources", source_fields("article"));
    auto mission = must_create(from, "missions", mission_fields("mss-haiti", "article"));
    ASSERT_TRUE(from.update("missions", mission.id, {{"acronym", std::string("MSS")}}, alice_));
    auto old = must_create(from, "sources", source_fields("old"));
    ASSERT_TRUE(from.retire("sources", old.id, alice_));

    auto copied = copy_store(*source_, *store_);
    ASSERT_TRUE(copied) << copied.error().message;
    EXPECT_EQ(copied->records, 3);
    EXPECT_EQ(copied->audit_entries, 5);

    auto copied_mission = records().get("missions", mission.id);
    ASSERT_TRUE(copied_mission);
    auto original_mission = from.get("missions", mission.id);
    EXPECT_EQ(copied_mission->fields, original_mission->fields);
    EXPECT_EQ(copied_mission->version, 2);
    EXPECT_EQ(copied_mission->created_at, original_mission->created_at);
    EXPECT_EQ(copied_mission->updated_at, original_mission->updated_at);
    EXPECT_TRUE(records().get("sources", old.id)->retired);
    EXPECT_EQ(records().find_by_key("sources", "article")->id, article.id);

    auto original_log = source_->audit().list({});
    auto copied_log = store_->audit().list({});
    ASSERT_TRUE(original_log && copied_log);
    ASSERT_EQ(copied_log->size(), original_log->size());
    for (std::size_t i = 0; i < copied_log->size(); ++i) {
        EXPECT_EQ((*copied_log)[i].id, (*original_log)[i].id);
        EXPECT_EQ((*copied_log)[i].after, (*original_log)[i].after);
        EXPECT_EQ((*copied_log)[i].before, (*original_log)[i].before);
    }
}

TEST_P(StoreCopyTest, new_records_after_a_copy_get_fresh_ids) {
    auto first = must_create(source_->records(), "sources", source_fields("article"));
    ASSERT_TRUE(copy_store(*source_, *store_));
    auto next = records().create("sources", source_fields("next"), alice_);
    ASSERT_TRUE(next) << next.error().message;
    EXPECT_GT(next->id, first.id);
    EXPECT_EQ(audit_count(*store_), 2u);
}

TEST_P(StoreCopyTest, refuses_a_destination_that_holds_records) {
    must_create(source_->records(), "sources", source_fields("article"));
    must_create(records(), "sources", source_fields("already-here"));
    auto copied = copy_store(*source_, *store_);
    ASSERT_FALSE(copied);
    EXPECT_EQ(copied.error().code, ErrorCode::conflict);
    EXPECT_EQ(copied.error().field, "destination");
    EXPECT_EQ(copied.error().message, "already holds records or audit entries; load into an empty store");
    EXPECT_FALSE(records().find_by_key("sources", "article"));
}

TEST_P(StoreCopyTest, copies_incidents_by_key_with_their_ids_and_retirement) {
    auto& from = source_->incidents();
    domain::Fields first{{"key", std::string("hti1")},
                         {"date", std::string("2024-10-03")},
                         {"event_type", std::string("Battles")},
                         {"admin1", std::string("Ouest")},
                         {"fatalities", std::int64_t{2}}};
    domain::Fields second = first;
    second["key"] = std::string("hti2");
    second["fatalities"] = std::int64_t{0};
    auto created_first = from.create(first, alice_);
    auto created_second = from.create(second, alice_);
    ASSERT_TRUE(created_first) << created_first.error().field << ": " << created_first.error().message;
    ASSERT_TRUE(created_second) << created_second.error().field << ": " << created_second.error().message;
    ASSERT_TRUE(from.retire(created_second->id, alice_));

    auto copied = copy_store(*source_, *store_);
    ASSERT_TRUE(copied) << copied.error().field << ": " << copied.error().message;
    EXPECT_EQ(copied->incidents, 2);
    auto copied_first = store_->incidents().find_by_key("hti1");
    ASSERT_TRUE(copied_first);
    EXPECT_EQ(copied_first->id, created_first->id);
    EXPECT_EQ(copied_first->integer("fatalities"), 2);
    EXPECT_FALSE(copied_first->retired);
    auto copied_second = store_->incidents().find_by_key("hti2");
    ASSERT_TRUE(copied_second);
    EXPECT_TRUE(copied_second->retired);
    AggregateQuery totals;
    totals.by = AggregateBy::none;
    auto rows = store_->incidents().aggregate(totals);
    ASSERT_TRUE(rows);
    ASSERT_EQ(rows->size(), 1u);
    EXPECT_EQ((*rows)[0].events, 1);
    EXPECT_EQ((*rows)[0].fatalities, 2);
}

TEST_P(StoreCopyTest, copies_users_with_their_password_hashes_and_tokens) {
    User user;
    user.name = "ops";
    user.password_hash = "$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA";
    user.roles = {domain::Role::editor};
    user.domains = {domain::EditDomain::force};
    ASSERT_TRUE(source_->accounts().create_user(user, alice_));
    ApiToken script;
    script.user = "ops";
    script.label = "script";
    script.token_hash = "aa11";
    ApiToken old = script;
    old.label = "old";
    old.token_hash = "bb22";
    auto kept = source_->accounts().create_token(script, alice_);
    auto dropped = source_->accounts().create_token(old, alice_);
    ASSERT_TRUE(kept && dropped);
    ASSERT_TRUE(source_->accounts().revoke_token(dropped->id, alice_));

    auto copied = copy_store(*source_, *store_);
    ASSERT_TRUE(copied) << copied.error().field << ": " << copied.error().message;
    EXPECT_EQ(copied->users, 1);
    EXPECT_EQ(copied->api_tokens, 2);
    auto copied_user = store_->accounts().find_user("ops");
    ASSERT_TRUE(copied_user);
    EXPECT_EQ(copied_user->password_hash, user.password_hash);
    EXPECT_EQ(copied_user->roles, user.roles);
    EXPECT_EQ(copied_user->domains, user.domains);
    auto copied_kept = store_->accounts().find_token("aa11");
    ASSERT_TRUE(copied_kept);
    EXPECT_FALSE(copied_kept->revoked);
    EXPECT_EQ(copied_kept->label, "script");
    auto copied_dropped = store_->accounts().find_token("bb22");
    ASSERT_TRUE(copied_dropped);
    EXPECT_TRUE(copied_dropped->revoked);
}

TEST_P(StoreCopyTest, refuses_a_destination_that_holds_users) {
    User user;
    user.name = "already-here";
    user.password_hash = "$argon2id$x";
    user.roles = {domain::Role::viewer};
    ASSERT_TRUE(store_->accounts().create_user(user, alice_));
    must_create(source_->records(), "sources", source_fields("article"));
    auto copied = copy_store(*source_, *store_);
    ASSERT_FALSE(copied);
    EXPECT_EQ(copied.error().code, ErrorCode::conflict);
    EXPECT_EQ(copied.error().field, "destination");
    EXPECT_EQ(copied.error().message, "already holds incidents or users; load into an empty store");
    EXPECT_FALSE(records().find_by_key("sources", "article"));
}

TEST_P(StoreCopyTest, copies_alerts_subscriptions_feed_tokens_webhooks_and_deliveries_with_their_ids) {
    auto& from = source_->alerts();
    auto hook = from.create_webhook({0, "vic", "https://hooks.example.org/in", "whsec_kept", ""}, alice_);
    auto gone = from.create_webhook({0, "vic", "http://127.0.0.1:9/old", "whsec_old", ""}, alice_);
    ASSERT_TRUE(hook && gone);
    ASSERT_TRUE(from.delete_webhook("vic", gone->id, alice_));
    ASSERT_TRUE(from.replace_subscriptions(
        "vic", {{"funding_runway", "mss-haiti", 3}, {"mandate_expiry", "", 0}}, alice_));
    ASSERT_TRUE(from.create_feed_token("vic", "old-hash", alice_));
    ASSERT_TRUE(from.create_feed_token("vic", "live-hash", alice_));  // Revokes old-hash.
    RaisedAlert alert{
        0,          "runway:mss-haiti", "funding_runway", "mss-haiti", "warning", "Runway short",
        "2 months", {"runway=2"},       {"fts"},          2,           ""};
    auto raised = from.record_alerts(
        {alert}, [&](const RaisedAlert&) { return std::vector{hook->id}; }, alice_);
    ASSERT_TRUE(raised && raised->size() == 1u);
    auto due = from.due_deliveries("9999-12-31T00:00:00Z", 10);
    ASSERT_TRUE(due && due->size() == 1u);
    ASSERT_TRUE(from.record_attempt({due->front().id, "2026-01-01T00:00:00Z", 500,
                                     "the receiver answered 500", false, "2026-01-01T00:00:30Z"},
                                    alice_));

    auto copied = copy_store(*source_, *store_);
    ASSERT_TRUE(copied) << copied.error().field << ": " << copied.error().message;
    EXPECT_EQ(copied->alerts, 1);
    EXPECT_EQ(copied->alert_rows, 1 + 2 + 2 + 2 + 1 + 1);

    auto& to = store_->alerts();
    auto alerts = to.list_alerts({});
    ASSERT_TRUE(alerts && alerts->size() == 1u);
    EXPECT_EQ(alerts->front().id, raised->front().id);
    EXPECT_EQ(alerts->front().first_seen, raised->front().first_seen);
    EXPECT_EQ(alerts->front().figures, std::vector<std::string>{"runway=2"});
    EXPECT_EQ(alerts->front().value, 2);
    auto subscriptions = to.subscriptions("vic");
    ASSERT_TRUE(subscriptions && subscriptions->size() == 2u);
    auto runway = std::find_if(subscriptions->begin(), subscriptions->end(),
                               [](const auto& row) { return row.second.kind == "funding_runway"; });
    ASSERT_NE(runway, subscriptions->end());
    EXPECT_EQ(runway->second.mission, "mss-haiti");
    EXPECT_EQ(runway->second.runway_months, 3);
    EXPECT_EQ(to.feed_token_user("live-hash").value(), "vic");
    EXPECT_FALSE(to.feed_token_user("old-hash")) << "a revoked feed token stays revoked";
    auto hooks = to.webhooks("vic");
    ASSERT_TRUE(hooks && hooks->size() == 1u) << "a deleted webhook stays deleted";
    EXPECT_EQ(hooks->front().id, hook->id);
    EXPECT_EQ(hooks->front().secret, "whsec_kept");
    auto deliveries = to.deliveries(10);
    ASSERT_TRUE(deliveries && deliveries->size() == 1u);
    EXPECT_EQ(deliveries->front().status, "pending");
    EXPECT_EQ(deliveries->front().next_try, "2026-01-01T00:00:30Z");
    ASSERT_EQ(deliveries->front().log.size(), 1u);
    EXPECT_EQ(deliveries->front().log[0].http_status, 500);
    EXPECT_EQ(deliveries->front().log[0].error, "the receiver answered 500");

    // New rows after the copy get ids past the copied ones.
    auto next = to.create_webhook({0, "vic", "http://127.0.0.1:9/new", "whsec_new", ""}, alice_);
    ASSERT_TRUE(next) << next.error().message;
    EXPECT_GT(next->id, gone->id);
    alert.key = "runway:gsf-haiti";
    auto later = to.record_alerts(
        {alert}, [](const RaisedAlert&) { return std::vector<std::int64_t>{}; }, alice_);
    ASSERT_TRUE(later && later->size() == 1u) << (later ? "" : later.error().message);
    EXPECT_GT(later->front().id, raised->front().id);
}

TEST_P(StoreCopyTest, refuses_to_load_alert_tables_that_hold_rows) {
    ASSERT_TRUE(store_->alerts().replace_subscriptions("vic", {{"mandate_expiry", "", 0}}, alice_));
    auto tables = dump_alert_tables(*source_);
    ASSERT_TRUE(tables);
    auto loaded = load_alert_tables(*store_, *tables, alice_);
    ASSERT_FALSE(loaded);
    EXPECT_EQ(loaded.error().code, ErrorCode::conflict);
    EXPECT_EQ(loaded.error().field, "destination");
    EXPECT_EQ(loaded.error().message, "already holds alert_subscriptions; load into an empty store");
}

INSTANTIATE_TEST_SUITE_P(backends, StoreCopyTest, ::testing::ValuesIn(test_backends()));

}  // namespace
}  // namespace mssops::store::testing
