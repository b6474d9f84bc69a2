#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/result.hpp"
#include "store/record_store.hpp"

namespace mssops::store {

/// An alert as raised: domain::Alert with its id and the time it was first seen.
struct RaisedAlert {
    std::int64_t id = 0;
    std::string key;  // domain::Alert::key: one row per condition, however many runs see it.
    std::string kind;
    std::string mission;
    std::string severity;
    std::string title;
    std::string detail;
    std::vector<std::string> figures;
    std::vector<std::string> source_ids;
    std::optional<std::int64_t> value;
    std::string first_seen;  // UTC ISO 8601, set by the store.
    // The title and detail as message codes, JSON written and read by the app layer; "" for an alert
    // raised before they were kept.
    std::string messages;
};

/// Which alerts a user wants: a kind, for one mission ("" for every mission).
struct AlertSubscription {
    std::string kind;
    std::string mission;
    std::int64_t runway_months = 0;  // For funding_runway: alert only below this many months (0: any).
};

/// A user's webhook endpoint. The secret signs each body; the API shows it only on creation.
struct Webhook {
    std::int64_t id = 0;
    std::string user;
    std::string url;
    std::string secret;
    std::string created_at;
};

/// One try at delivering a delivery's body.
struct DeliveryAttempt {
    std::int64_t attempt = 0;  // 1-based.
    std::string at;
    std::int64_t http_status = 0;  // 0 when no response came.
    std::string error;             // "" when delivered.
};

/// One alert to send to one webhook, with every try so far.
struct AlertDelivery {
    std::int64_t id = 0;
    std::int64_t webhook_id = 0;
    std::int64_t alert_id = 0;
    std::string user;
    std::string url;
    std::string status = "pending";  // pending, delivered, failed (no tries left).
    std::int64_t attempts = 0;
    std::string next_try;  // UTC ISO 8601; "" once delivered or failed.
    std::string created_at;
    std::vector<DeliveryAttempt> log;
};

/// The outcome of one try, as the sender reports it.
struct AttemptOutcome {
    std::int64_t delivery_id = 0;
    std::string at;
    std::int64_t http_status = 0;
    std::string error;
    bool delivered = false;
    std::string next_try;  // When to try again; "" gives up (status failed) unless delivered.
};

/// Filters for list_alerts.
struct AlertQuery {
    std::string since;    // first_seen at or after this UTC ISO 8601 time; "" for all.
    std::string mission;  // "" for every mission.
    std::int64_t limit = 100;
};

/// Alerts raised, who subscribes to them, feed tokens, webhooks and their deliveries. Every write
/// is one transaction with its audit rows. Thread-safe.
class AlertStore {
public:
    virtual ~AlertStore() = default;
    /// Stores the alerts whose key is not stored yet and, in the same transaction, a pending delivery
    /// (next_try now) to each webhook `webhooks_for` names for each of them. Returns those stored.
    virtual Result<std::vector<RaisedAlert>> record_alerts(
        const std::vector<RaisedAlert>& current,
        const std::function<std::vector<std::int64_t>(const RaisedAlert&)>& webhooks_for,
        const Actor& who) = 0;
    /// Newest first.
    virtual Result<std::vector<RaisedAlert>> list_alerts(const AlertQuery& query) = 0;

    /// The user's subscriptions; `user` "" lists everyone's, as (user, subscription) pairs.
    virtual Result<std::vector<std::pair<std::string, AlertSubscription>>> subscriptions(
        std::string_view user) = 0;
    /// Replaces the user's subscriptions with `wanted`.
    virtual Result<void> replace_subscriptions(std::string_view user,
                                               const std::vector<AlertSubscription>& wanted,
                                               const Actor& who) = 0;

    /// Stores the hash of the user's new feed token, revoking any earlier one.
    virtual Result<void> create_feed_token(std::string_view user, std::string_view token_hash,
                                           const Actor& who) = 0;
    /// Revokes the user's feed token; not_found naming "token" when there is none.
    virtual Result<void> revoke_feed_token(std::string_view user, const Actor& who) = 0;
    /// The user a live feed token belongs to; not_found naming "token" otherwise.
    virtual Result<std::string> feed_token_user(std::string_view token_hash) = 0;
    /// When the user's live feed token was created (UTC, "2026-01-05T10:00:00Z"), or nullopt when the user
    /// has none; the token itself is stored only as a hash and never given back.
    virtual Result<std::optional<std::string>> feed_token_created(std::string_view user) = 0;

    /// Stores a webhook (id and created_at set here).
    virtual Result<Webhook> create_webhook(const Webhook& webhook, const Actor& who) = 0;
    /// The user's live webhooks; `user` "" lists everyone's.
    virtual Result<std::vector<Webhook>> webhooks(std::string_view user) = 0;
    /// Deletes one of the user's webhooks; not_found naming "id" when the user has no such webhook.
    virtual Result<void> delete_webhook(std::string_view user, std::int64_t id, const Actor& who) = 0;

    /// Pending deliveries whose next_try is at or before `now`, oldest first, at most `limit`.
    virtual Result<std::vector<AlertDelivery>> due_deliveries(std::string_view now, std::int64_t limit) = 0;
    /// Logs one try and moves the delivery on: delivered, pending until next_try, or failed.
    virtual Result<AlertDelivery> record_attempt(const AttemptOutcome& outcome, const Actor& who) = 0;
    /// Deliveries newest first with their tries, at most `limit`.
    virtual Result<std::vector<AlertDelivery>> deliveries(std::int64_t limit) = 0;
    /// The alert with that id; not_found naming "id".
    virtual Result<RaisedAlert> alert(std::int64_t id) = 0;
};

/// A list of strings as a JSON array's text, and back (an empty list for text that is not one).
std::string string_list_text(const std::vector<std::string>& values);
std::vector<std::string> string_list_of(std::string_view text);

}  // namespace mssops::store
