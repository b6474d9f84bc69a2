#pragma once

#include <boost/json/object.hpp>
#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "domain/alert.hpp"
#include "domain/exchange_rates.hpp"
#include "domain/result.hpp"
#include "store/store.hpp"

namespace mssops::app {

/// What the alert computations read besides the store.
struct AlertSettings {
    std::chrono::sys_days today{};
    std::string mission;        // Only this mission; "" for every mission in force today.
    int stale_after_days = 90;  // As `serve --stale-after`.
    int window_days = 90;       // Pace window of the forecasts.
    int mandate_days = 90;      // A mandate ending within this many days is raised.
    const domain::ExchangeRateTable* rates = nullptr;  // For the funding runway; none skips it.
};

/// The alerts every mission's facts give now (not yet compared with those raised). not_found on
/// "mission" for an unknown mission; the store's errors otherwise.
domain::Result<std::vector<domain::Alert>> current_alerts(store::Store& store, const AlertSettings& settings);

/// Computes the current alerts and stores those not raised before, queueing a webhook delivery to
/// each subscriber's endpoints, in one transaction. Returns the alerts newly raised.
domain::Result<std::vector<store::RaisedAlert>> raise_alerts(store::Store& store,
                                                             const AlertSettings& settings,
                                                             const store::Actor& who);

/// Whether a subscriber with `subscriptions` wants `alert`: same kind, the mission or every mission,
/// and for funding_runway a runway below the subscription's months (0: any runway raised).
bool wants(const std::vector<store::AlertSubscription>& subscriptions, const store::RaisedAlert& alert);

/// The alerts `user` subscribes to among `alerts`.
std::vector<store::RaisedAlert> alerts_wanted(store::Store& store, std::string_view user,
                                              std::vector<store::RaisedAlert> alerts);

/// Checks and reads subscriptions from a JSON body {"subscriptions": [{"kind", "mission", "runway_months"}]}:
/// invalid_input naming the field ("subscriptions[1].kind").
domain::Result<std::vector<store::AlertSubscription>> subscriptions_from_json(const boost::json::value& body);

/// Checks a webhook URL: http or https with a host; invalid_input naming "url".
domain::Result<void> validate_webhook_url(std::string_view url);

/// How deliveries are retried.
struct RetryPolicy {
    std::chrono::seconds first_delay{30};  // Doubles after each failed try.
    std::int64_t max_attempts = 6;
};

/// The time of the next try after `attempts` failed ones, or "" when no try is left.
std::string next_try_after(std::int64_t attempts, std::chrono::system_clock::time_point now,
                           const RetryPolicy& policy);

/// What a sender reports for one POST: the status (0 when none came) or the error.
struct SendResult {
    int status = 0;
    std::string error;
};

/// Sends `body` to `url` signed with `secret`; the http layer provides it.
using WebhookSender =
    std::function<SendResult(const std::string& url, const std::string& body, const std::string& secret)>;

/// Tries every due delivery once through `send`, logging each try. Returns the deliveries tried.
domain::Result<std::vector<store::AlertDelivery>> deliver_due(store::Store& store, const WebhookSender& send,
                                                              const RetryPolicy& policy,
                                                              const store::Actor& who);

/// The JSON forms the API and the CLI share; title_code/title_params and detail_code/detail_params
/// beside the English when the alert was stored with its codes.
boost::json::object alert_to_json(const store::RaisedAlert& alert);

/// The title and detail of each alert as codes and parameters, by alert key.
using AlertMessages = std::map<std::string, std::pair<domain::Message, domain::Message>>;

/// The coded sentences of `alerts`: as stored with each alert. An alert raised before codes were
/// stored is matched by key (stable while the condition holds) with the alerts the facts give on
/// `today`; one in neither keeps its English.
AlertMessages alert_messages(store::Store& store, const std::vector<store::RaisedAlert>& alerts,
                             std::chrono::sys_days today);

/// alert_to_json() with title_code/title_params and detail_code/detail_params when `messages` has its key.
boost::json::object alert_to_json(const store::RaisedAlert& alert, const AlertMessages& messages);
boost::json::object delivery_to_json(const store::AlertDelivery& delivery);
/// The body POSTed to a webhook: {"event": "alert", "alert": {...}}.
std::string webhook_body(const store::RaisedAlert& alert);

}  // namespace mssops::app
