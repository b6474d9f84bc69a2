#include "app/alerts.hpp"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

namespace mssops::app {
namespace {

using namespace std::chrono;

store::RaisedAlert runway_alert(std::int64_t tenths) {
    store::RaisedAlert alert;
    alert.kind = "funding_runway";
    alert.mission = "mss-haiti";
    alert.value = tenths;
    return alert;
}

TEST(alert_to_json, splits_the_contingent_of_an_alert_stored_before_it_had_a_country_and_personnel) {
    // Stored before contingents carried their country and personnel type as parameters of their own.
    store::RaisedAlert alert;
    alert.kind = "conflicting_sources";
    alert.title = "Sources disagree on KEN police strength on 2026-02-10";
    alert.messages =
        R"({"title": {"code": "alert.conflict.title", "params": {"subject": {"code":
        "conflict.contingent_strength", "params": {"contingent": "KEN police", "date": "2026-02-10"}}}},
        "detail": {"code": "text", "params": {"text": "old"}}})";
    auto body = alert_to_json(alert);
    const auto& subject = body.at("title_params").at("subject").as_object();
    EXPECT_EQ(subject.at("code").as_string(), "conflict.contingent_strength");
    const auto& params = subject.at("params").as_object();
    EXPECT_EQ(params.at("country").as_string(), "KEN");
    EXPECT_EQ(params.at("personnel").as_string(), "police");
    // The English is unchanged: the old parameter and the new ones say the same.
    EXPECT_EQ(domain::english(domain::message("conflict.contingent_strength")
                                  .with("country", std::string(params.at("country").as_string()))
                                  .with("personnel", std::string(params.at("personnel").as_string()))
                                  .with("date", "2026-02-10")),
              "KEN police strength on 2026-02-10");
}

TEST(alert_to_json, keeps_a_stored_contingent_that_does_not_split_as_the_country) {
    store::RaisedAlert alert;
    alert.messages = R"({"title": {"code": "alert.conflict.title", "params": {"subject": {"code":
        "conflict.movement", "params": {"contingent": "KEN", "kind": "arrived", "date": "2026-02"}}}},
        "detail": {"code": "text", "params": {"text": "old"}}})";
    auto body = alert_to_json(alert);
    const auto& params = body.at("title_params").at("subject").at("params").as_object();
    EXPECT_EQ(params.at("country").as_string(), "KEN");
    EXPECT_EQ(params.at("personnel").as_string(), "");
}

TEST(wants, matches_kind_and_mission_or_every_mission) {
    store::RaisedAlert alert = runway_alert(20);
    alert.kind = "mandate_expiry";
    EXPECT_TRUE(wants({{"mandate_expiry", "", 0}}, alert));
    EXPECT_TRUE(wants({{"mandate_expiry", "mss-haiti", 0}}, alert));
    EXPECT_FALSE(wants({{"mandate_expiry", "gsf-haiti", 0}}, alert));
    EXPECT_FALSE(wants({{"stale_figures", "", 0}}, alert));
}

TEST(wants, sends_a_runway_alert_only_below_the_subscribers_months) {
    EXPECT_TRUE(wants({{"funding_runway", "", 3}}, runway_alert(25)));
    EXPECT_FALSE(wants({{"funding_runway", "", 2}}, runway_alert(25)));
    EXPECT_TRUE(wants({{"funding_runway", "", 0}}, runway_alert(55)));
}

TEST(next_try_after, doubles_the_delay_and_gives_up_after_the_last_attempt) {
    const RetryPolicy policy{seconds(30), 3};
    const auto now = sys_days{year{2026} / 1 / 1} + hours(10);
    EXPECT_EQ(next_try_after(1, now, policy), "2026-01-01T10:00:30Z");
    EXPECT_EQ(next_try_after(2, now, policy), "2026-01-01T10:01:00Z");
    EXPECT_EQ(next_try_after(3, now, policy), "");
}

TEST(validate_webhook_url, refuses_a_scheme_other_than_http_naming_the_url) {
    EXPECT_TRUE(validate_webhook_url("https://hooks.example.org/mssops"));
    EXPECT_TRUE(validate_webhook_url("http://127.0.0.1:8080"));
    auto refused = validate_webhook_url("gopher://example.org");
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().field, "url");
    EXPECT_EQ(refused.error().message, "must start with http:// or https://, got \"gopher://example.org\"");
    auto hostless = validate_webhook_url("http:///path");
    ASSERT_FALSE(hostless);
    EXPECT_EQ(hostless.error().message, "must name a host, got \"http:///path\"");
}

TEST(subscriptions_from_json, reads_kinds_missions_and_months) {
    auto read = subscriptions_from_json(boost::json::parse(
        R"({"subscriptions":[{"kind":"funding_runway","mission":"mss-haiti","runway_months":3},{"kind":"target_late"}]})"));
    ASSERT_TRUE(read) << read.error().message;
    ASSERT_EQ(read->size(), 2u);
    EXPECT_EQ((*read)[0].mission, "mss-haiti");
    EXPECT_EQ((*read)[0].runway_months, 3);
    EXPECT_EQ((*read)[1].mission, "");
}

TEST(subscriptions_from_json, refuses_months_out_of_range_naming_the_entry) {
    auto read = subscriptions_from_json(
        boost::json::parse(R"({"subscriptions":[{"kind":"funding_runway","runway_months":500}]})"));
    ASSERT_FALSE(read);
    EXPECT_EQ(read.error().field, "subscriptions[0].runway_months");
    EXPECT_EQ(read.error().message, "must be a whole number of months from 0 to 120, got 500");
}

}  // namespace
}  // namespace mssops::app
