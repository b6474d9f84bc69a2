#include "store/postgres/postgres_alert_store.hpp"

#include "store/alert_rows.hpp"
#include "store/postgres/postgres_insert.hpp"
#include "store/postgres/postgres_record_transaction.hpp"
#include "store/postgres/postgres_stored_row.hpp"
#include "store/timestamp.hpp"

namespace mssops::store {

using domain::Error;

namespace {

void audit(pqxx::work& work, const Actor& who, std::string action, std::string kind, std::int64_t id,
           std::string after) {
    append_postgres_audit(work, AuditEntry{0, utc_timestamp_now(), who.name, std::move(action),
                                           std::move(kind), id, "", std::move(after)});
}

std::vector<AlertDelivery> deliveries_of(pqxx::work& work, const pqxx::result& rows) {
    std::vector<AlertDelivery> found;
    for (const auto& row : rows) {
        AlertDelivery delivery = delivery_from_row(PostgresStoredRow(row));
        for (const auto& attempt : work.exec_params(
                 "SELECT attempt, at, http_status, error FROM alert_delivery_attempts WHERE delivery_id = $1 "
                 "ORDER BY attempt",
                 delivery.id))
            delivery.log.push_back(attempt_from_row(PostgresStoredRow(attempt)));
        found.push_back(std::move(delivery));
    }
    return found;
}

}  // namespace

template <>
Result<std::vector<RaisedAlert>> PostgresAlertStore::record_alerts(
    const std::vector<RaisedAlert>& current,
    const std::function<std::vector<std::int64_t>(const RaisedAlert&)>& webhooks_for, const Actor& who) {
    return database_.write([&](pqxx::work& work) -> Result<std::vector<RaisedAlert>> {
        std::vector<RaisedAlert> raised;
        const std::string now = utc_timestamp_now();
        for (const auto& alert : current) {
            if (!work.exec_params("SELECT 1 FROM alerts WHERE key = $1", alert.key).empty()) continue;
            RaisedAlert stored = alert;
            stored.first_seen = now;
            stored.id =
                inserted_id(work,
                            "INSERT INTO alerts (key, kind, mission, severity, title, detail, figures, "
                            "source_ids, value, first_seen, messages) VALUES ($1, $2, $3, $4, $5, $6, "
                            "$7, $8, $9, "
                            "$10, $11) RETURNING id",
                            alert.key, alert.kind, alert.mission, alert.severity, alert.title, alert.detail,
                            string_list_text(alert.figures), string_list_text(alert.source_ids), alert.value,
                            now, alert.messages);
            audit(work, who, "create", "alerts", stored.id, stored.key);
            for (std::int64_t webhook : webhooks_for(stored)) {
                auto id =
                    inserted_id(work,
                                "INSERT INTO alert_deliveries (webhook_id, alert_id, next_try, created_at) "
                                "VALUES "
                                "($1, $2, $3, $4) RETURNING id",
                                webhook, stored.id, now, now);
                audit(work, who, "create", "alert_deliveries", id, "webhook " + std::to_string(webhook));
            }
            raised.push_back(std::move(stored));
        }
        return raised;
    });
}

template <>
Result<std::vector<RaisedAlert>> PostgresAlertStore::list_alerts(const AlertQuery& query) {
    return database_.read([&](pqxx::work& work) -> Result<std::vector<RaisedAlert>> {
        std::vector<RaisedAlert> found;
        for (const auto& row : work.exec_params(std::string(alert_select) +
                                                    "WHERE first_seen >= $1 AND ($2 = '' OR mission = $2) "
                                                    "ORDER BY first_seen DESC, id DESC LIMIT $3",
                                                query.since, query.mission, query.limit))
            found.push_back(alert_from_row(PostgresStoredRow(row)));
        return found;
    });
}

template <>
Result<RaisedAlert> PostgresAlertStore::alert(std::int64_t id) {
    return database_.read([&](pqxx::work& work) -> Result<RaisedAlert> {
        auto rows = work.exec_params(std::string(alert_select) + "WHERE id = $1", id);
        if (rows.empty()) return Error::not_found("id", "no alert has id " + std::to_string(id));
        return alert_from_row(PostgresStoredRow(rows[0]));
    });
}

template <>
Result<std::vector<std::pair<std::string, AlertSubscription>>> PostgresAlertStore::subscriptions(
    std::string_view user) {
    using Rows = std::vector<std::pair<std::string, AlertSubscription>>;
    return database_.read([&](pqxx::work& work) -> Result<Rows> {
        Rows found;
        for (const auto& row : work.exec_params("SELECT user_name, kind, mission, runway_months FROM "
                                                "alert_subscriptions WHERE $1 = '' OR user_name = $1 "
                                                "ORDER BY user_name, kind, mission",
                                                std::string(user)))
            found.emplace_back(row[0].c_str(),
                               AlertSubscription{row[1].c_str(), row[2].c_str(), row[3].as<std::int64_t>()});
        return found;
    });
}

template <>
Result<void> PostgresAlertStore::replace_subscriptions(std::string_view user,
                                                       const std::vector<AlertSubscription>& wanted,
                                                       const Actor& who) {
    return database_.write([&](pqxx::work& work) -> Result<void> {
        work.exec_params0("DELETE FROM alert_subscriptions WHERE user_name = $1", std::string(user));
        std::string summary;
        for (const auto& subscription : wanted) {
            work.exec_params0(
                "INSERT INTO alert_subscriptions (user_name, kind, mission, runway_months) VALUES ($1, $2, "
                "$3, $4) "
                "ON CONFLICT (user_name, kind, mission) DO UPDATE SET runway_months = EXCLUDED.runway_months",
                std::string(user), subscription.kind, subscription.mission, subscription.runway_months);
            summary += (summary.empty() ? "" : ",") + subscription.kind + "@" + subscription.mission;
        }
        audit(work, who, "update", "alert_subscriptions", 0, std::string(user) + ": " + summary);
        return {};
    });
}

template <>
Result<void> PostgresAlertStore::create_feed_token(std::string_view user, std::string_view token_hash,
                                                   const Actor& who) {
    return database_.write([&](pqxx::work& work) -> Result<void> {
        const std::string now = utc_timestamp_now();
        work.exec_params0(
            "UPDATE alert_feed_tokens SET revoked_at = $1 WHERE user_name = $2 AND revoked_at = ''", now,
            std::string(user));
        auto id = inserted_id(
            work,
            "INSERT INTO alert_feed_tokens (user_name, token_hash, created_at) VALUES ($1, $2, $3) "
            "RETURNING id",
            std::string(user), std::string(token_hash), now);
        audit(work, who, "create", "alert_feed_tokens", id, std::string(user));
        return {};
    });
}

template <>
Result<void> PostgresAlertStore::revoke_feed_token(std::string_view user, const Actor& who) {
    return database_.write([&](pqxx::work& work) -> Result<void> {
        auto rows = work.exec_params(
            "SELECT id FROM alert_feed_tokens WHERE user_name = $1 AND revoked_at = ''", std::string(user));
        if (rows.empty())
            return Error::not_found("token", "user \"" + std::string(user) + "\" has no feed token");
        const auto id = rows[0][0].as<std::int64_t>();
        work.exec_params0("UPDATE alert_feed_tokens SET revoked_at = $1 WHERE id = $2", utc_timestamp_now(),
                          id);
        audit(work, who, "retire", "alert_feed_tokens", id, std::string(user));
        return {};
    });
}

template <>
Result<std::string> PostgresAlertStore::feed_token_user(std::string_view token_hash) {
    return database_.read([&](pqxx::work& work) -> Result<std::string> {
        auto rows = work.exec_params(
            "SELECT user_name FROM alert_feed_tokens WHERE token_hash = $1 AND revoked_at = ''",
            std::string(token_hash));
        if (rows.empty()) return Error::not_found("token", "no live feed token has that value");
        return std::string(rows[0][0].c_str());
    });
}

template <>
Result<std::optional<std::string>> PostgresAlertStore::feed_token_created(std::string_view user) {
    return database_.read([&](pqxx::work& work) -> Result<std::optional<std::string>> {
        auto rows = work.exec_params(
            "SELECT created_at FROM alert_feed_tokens WHERE user_name = $1 AND revoked_at = ''",
            std::string(user));
        if (rows.empty()) return std::optional<std::string>();
        return std::optional<std::string>(rows[0][0].c_str());
    });
}

template <>
Result<Webhook> PostgresAlertStore::create_webhook(const Webhook& webhook, const Actor& who) {
    return database_.write([&](pqxx::work& work) -> Result<Webhook> {
        Webhook created = webhook;
        created.created_at = utc_timestamp_now();
        created.id = inserted_id(
            work,
            "INSERT INTO alert_webhooks (user_name, url, secret, created_at) VALUES ($1, $2, $3, $4) "
            "RETURNING id",
            created.user, created.url, created.secret, created.created_at);
        audit(work, who, "create", "alert_webhooks", created.id, created.user + " " + created.url);
        return created;
    });
}

template <>
Result<std::vector<Webhook>> PostgresAlertStore::webhooks(std::string_view user) {
    return database_.read([&](pqxx::work& work) -> Result<std::vector<Webhook>> {
        std::vector<Webhook> found;
        for (const auto& row :
             work.exec_params("SELECT id, user_name, url, secret, created_at FROM alert_webhooks "
                              "WHERE deleted_at = '' AND ($1 = '' OR user_name = $1) ORDER BY id",
                              std::string(user)))
            found.push_back(Webhook{row[0].as<std::int64_t>(), row[1].c_str(), row[2].c_str(), row[3].c_str(),
                                    row[4].c_str()});
        return found;
    });
}

template <>
Result<void> PostgresAlertStore::delete_webhook(std::string_view user, std::int64_t id, const Actor& who) {
    return database_.write([&](pqxx::work& work) -> Result<void> {
        auto changed = work.exec_params(
            "UPDATE alert_webhooks SET deleted_at = $1 WHERE id = $2 AND user_name = $3 AND deleted_at = '' "
            "RETURNING id",
            utc_timestamp_now(), id, std::string(user));
        if (changed.empty())
            return Error::not_found("id", "you have no webhook with id " + std::to_string(id));
        // Pending deliveries to a deleted endpoint would never be wanted.
        work.exec_params0(
            "UPDATE alert_deliveries SET status = 'failed', next_try = '' WHERE webhook_id = $1 AND status = "
            "'pending'",
            id);
        audit(work, who, "retire", "alert_webhooks", id, std::string(user));
        return {};
    });
}

template <>
Result<std::vector<AlertDelivery>> PostgresAlertStore::due_deliveries(std::string_view now,
                                                                      std::int64_t limit) {
    return database_.read([&](pqxx::work& work) -> Result<std::vector<AlertDelivery>> {
        return deliveries_of(
            work,
            work.exec_params(
                std::string(delivery_select) +
                    "WHERE d.status = 'pending' AND d.next_try <= $1 ORDER BY d.next_try, d.id LIMIT $2",
                std::string(now), limit));
    });
}

template <>
Result<AlertDelivery> PostgresAlertStore::record_attempt(const AttemptOutcome& outcome, const Actor& who) {
    return database_.write([&](pqxx::work& work) -> Result<AlertDelivery> {
        auto current = deliveries_of(
            work, work.exec_params(std::string(delivery_select) + "WHERE d.id = $1", outcome.delivery_id));
        if (current.empty())
            return Error::not_found("id", "no delivery has id " + std::to_string(outcome.delivery_id));
        AlertDelivery delivery = current.front();
        delivery.attempts += 1;
        delivery.status = outcome.delivered ? "delivered" : outcome.next_try.empty() ? "failed" : "pending";
        delivery.next_try = delivery.status == "pending" ? outcome.next_try : "";
        work.exec_params0(
            "INSERT INTO alert_delivery_attempts (delivery_id, attempt, at, http_status, error) VALUES ($1, "
            "$2, $3, $4, "
            "$5)",
            delivery.id, delivery.attempts, outcome.at, outcome.http_status, outcome.error);
        work.exec_params0(
            "UPDATE alert_deliveries SET status = $1, attempts = $2, next_try = $3 WHERE id = $4",
            delivery.status, delivery.attempts, delivery.next_try, delivery.id);
        delivery.log.push_back(
            DeliveryAttempt{delivery.attempts, outcome.at, outcome.http_status, outcome.error});
        audit(work, who, "update", "alert_deliveries", delivery.id,
              delivery.status + " after attempt " + std::to_string(delivery.attempts));
        return delivery;
    });
}

template <>
Result<std::vector<AlertDelivery>> PostgresAlertStore::deliveries(std::int64_t limit) {
    return database_.read([&](pqxx::work& work) -> Result<std::vector<AlertDelivery>> {
        return deliveries_of(
            work, work.exec_params(std::string(delivery_select) + "ORDER BY d.id DESC LIMIT $1", limit));
    });
}

}  // namespace mssops::store
