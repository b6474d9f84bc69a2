#include "store/alert_store.hpp"

#include <regex>

#include "unit/store/store_fixture.hpp"

// Alerts on every backend: a condition is stored once however often it is raised, deliveries are
// queued with it, and each try is logged.
namespace mssops::store::testing {
namespace {

using domain::ErrorCode;

class AlertStoreTest : public StoreTest {
protected:
    AlertStore& alerts() { return store_->alerts(); }

    static RaisedAlert pending_alert(const std::string& key) {
        return RaisedAlert{0,
                           key,
                           "extractions_pending",
                           "mss-haiti",
                           "info",
                           "1 extraction awaits review",
                           "detail",
                           {"pending=1"},
                           {"src-a"},
                           1,
                           ""};
    }

    Webhook must_add_webhook(const std::string& user) {
        auto created = alerts().create_webhook({0, user, "http://127.0.0.1:9/hook", "whsec_x", ""}, alice_);
        EXPECT_TRUE(created) << created.error().message;
        return created ? *created : Webhook{};
    }
};

TEST_P(AlertStoreTest, an_alert_is_stored_once_however_often_it_is_raised) {
    auto none = [](const RaisedAlert&) { return std::vector<std::int64_t>{}; };
    auto first = alerts().record_alerts({pending_alert("k-1")}, none, alice_);
    ASSERT_TRUE(first) << first.error().message;
    ASSERT_EQ(first->size(), 1u);
    EXPECT_FALSE(first->front().first_seen.empty());
    auto again = alerts().record_alerts({pending_alert("k-1"), pending_alert("k-2")}, none, alice_);
    ASSERT_TRUE(again);
    ASSERT_EQ(again->size(), 1u);
    EXPECT_EQ(again->front().key, "k-2");
    auto listed = alerts().list_alerts({});
    ASSERT_TRUE(listed);
    ASSERT_EQ(listed->size(), 2u);
    EXPECT_EQ(listed->back().figures, std::vector<std::string>{"pending=1"});
    EXPECT_EQ(listed->back().value, 1);
}

TEST_P(AlertStoreTest, a_delivery_is_queued_with_its_alert_and_logs_each_try) {
    auto hook = must_add_webhook("vic");
    auto raised = alerts().record_alerts(
        {pending_alert("k-1")}, [&](const RaisedAlert&) { return std::vector{hook.id}; }, alice_);
    ASSERT_TRUE(raised);
    auto due = alerts().due_deliveries("9999-12-31T00:00:00Z", 10);
    ASSERT_TRUE(due);
    ASSERT_EQ(due->size(), 1u);
    EXPECT_EQ(due->front().url, "http://127.0.0.1:9/hook");
    EXPECT_EQ(due->front().user, "vic");

    auto failed = alerts().record_attempt({due->front().id, "2026-01-01T00:00:00Z", 500,
                                           "the receiver answered 500", false, "2026-01-01T00:00:30Z"},
                                          alice_);
    ASSERT_TRUE(failed) << failed.error().message;
    EXPECT_EQ(failed->status, "pending");
    auto not_yet = alerts().due_deliveries("2026-01-01T00:00:10Z", 10);
    ASSERT_TRUE(not_yet);
    EXPECT_TRUE(not_yet->empty());
    auto delivered =
        alerts().record_attempt({due->front().id, "2026-01-01T00:00:31Z", 200, "", true, ""}, alice_);
    ASSERT_TRUE(delivered);
    EXPECT_EQ(delivered->status, "delivered");
    auto log = alerts().deliveries(10);
    ASSERT_TRUE(log);
    ASSERT_EQ(log->size(), 1u);
    ASSERT_EQ(log->front().log.size(), 2u);
    EXPECT_EQ(log->front().log[0].http_status, 500);
    EXPECT_EQ(log->front().log[1].attempt, 2);
    EXPECT_EQ(log->front().attempts, 2);
}

TEST_P(AlertStoreTest, a_live_feed_token_says_when_it_was_created_and_a_revoked_one_says_nothing) {
    auto none = alerts().feed_token_created("vic");
    ASSERT_TRUE(none);
    EXPECT_FALSE(none->has_value());
    ASSERT_TRUE(alerts().create_feed_token("vic", "hash-1", alice_));
    auto created = alerts().feed_token_created("vic");
    ASSERT_TRUE(created);
    ASSERT_TRUE(created->has_value());
    EXPECT_TRUE(std::regex_match(**created, std::regex(R"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z)")))
        << **created;
    // Another user's token is theirs alone.
    EXPECT_FALSE(alerts().feed_token_created("wendy")->has_value());
    ASSERT_TRUE(alerts().revoke_feed_token("vic", alice_));
    EXPECT_FALSE(alerts().feed_token_created("vic")->has_value());
}

TEST_P(AlertStoreTest, a_revoked_feed_token_no_longer_names_its_user) {
    ASSERT_TRUE(alerts().create_feed_token("vic", "hash-1", alice_));
    EXPECT_EQ(*alerts().feed_token_user("hash-1"), "vic");
    // A new token replaces the old one.
    ASSERT_TRUE(alerts().create_feed_token("vic", "hash-2", alice_));
    EXPECT_FALSE(alerts().feed_token_user("hash-1"));
    ASSERT_TRUE(alerts().revoke_feed_token("vic", alice_));
    auto gone = alerts().feed_token_user("hash-2");
    ASSERT_FALSE(gone);
    EXPECT_EQ(gone.error().code, ErrorCode::not_found);
    EXPECT_EQ(gone.error().field, "token");
    auto again = alerts().revoke_feed_token("vic", alice_);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().message, "user \"vic\" has no feed token");
}

TEST_P(AlertStoreTest, subscriptions_are_replaced_whole_and_audited) {
    const auto before = audit_count(*store_);
    ASSERT_TRUE(alerts().replace_subscriptions(
        "vic", {{"mandate_expiry", "", 0}, {"funding_runway", "mss-haiti", 3}}, alice_));
    ASSERT_TRUE(alerts().replace_subscriptions("vic", {{"funding_runway", "mss-haiti", 4}}, alice_));
    auto rows = alerts().subscriptions("vic");
    ASSERT_TRUE(rows);
    ASSERT_EQ(rows->size(), 1u);
    EXPECT_EQ(rows->front().second.runway_months, 4);
    EXPECT_EQ(audit_count(*store_), before + 2);
}

TEST_P(AlertStoreTest, deleting_another_users_webhook_is_not_found) {
    auto hook = must_add_webhook("vic");
    auto refused = alerts().delete_webhook("ada", hook.id, alice_);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().field, "id");
    ASSERT_TRUE(alerts().delete_webhook("vic", hook.id, alice_));
    EXPECT_TRUE(alerts().webhooks("vic")->empty());
}

INSTANTIATE_TEST_SUITE_P(backends, AlertStoreTest, ::testing::ValuesIn(test_backends()));

}  // namespace
}  // namespace mssops::store::testing
