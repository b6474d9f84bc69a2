#include "store/sqlite/sqlite_alert_store.hpp"

#include <sqlite3.h>

#include "store/alert_rows.hpp"
#include "store/sqlite/sqlite_record_transaction.hpp"
#include "store/sqlite/sqlite_stored_row.hpp"
#include "store/timestamp.hpp"

namespace mssops::store {

using domain::Error;

namespace {

Result<void> audit(SqliteConnection& connection, const Actor& who, std::string action, std::string kind,
                   std::int64_t id, std::string after) {
    return append_sqlite_audit(connection, AuditEntry{0, utc_timestamp_now(), who.name, std::move(action),
                                                      std::move(kind), id, "", std::move(after)});
}

// Runs a statement to its end, calling `each` on every row.
template <class Each>
Result<void> each_row(SqliteStatement& statement, Each&& each) {
    while (true) {
        auto row = statement.step();
        if (!row) return row.error();
        if (!*row) return {};
        each(statement);
    }
}

Result<std::vector<AlertDelivery>> load_deliveries(SqliteConnection& connection, const std::string& where,
                                                   const std::function<void(SqliteStatement&)>& bind) {
    auto statement = connection.prepare(std::string(delivery_select) + where);
    if (!statement) return statement.error();
    bind(*statement);
    std::vector<AlertDelivery> found;
    if (auto done =
            each_row(*statement,
                     [&](SqliteStatement& row) { found.push_back(delivery_from_row(SqliteStoredRow(row))); });
        !done)
        return done.error();
    for (auto& delivery : found) {
        auto log = connection.prepare(
            "SELECT attempt, at, http_status, error FROM alert_delivery_attempts WHERE delivery_id = ? "
            "ORDER BY attempt");
        if (!log) return log.error();
        log->bind(1, delivery.id);
        if (auto done = each_row(*log,
                                 [&](SqliteStatement& row) {
                                     delivery.log.push_back(attempt_from_row(SqliteStoredRow(row)));
                                 });
            !done)
            return done.error();
    }
    return found;
}

}  // namespace

template <>
Result<std::vector<RaisedAlert>> SqliteAlertStore::record_alerts(
    const std::vector<RaisedAlert>& current,
    const std::function<std::vector<std::int64_t>(const RaisedAlert&)>& webhooks_for, const Actor& who) {
    return database_.write([&](SqliteConnection& connection) -> Result<std::vector<RaisedAlert>> {
        std::vector<RaisedAlert> raised;
        const std::string now = utc_timestamp_now();
        for (const auto& alert : current) {
            auto known = connection.prepare("SELECT 1 FROM alerts WHERE key = ?");
            if (!known) return known.error();
            known->bind(1, alert.key);
            auto row = known->step();
            if (!row) return row.error();
            if (*row) continue;
            auto insert = connection.prepare(
                "INSERT INTO alerts (key, kind, mission, severity, title, detail, figures, source_ids, "
                "value, first_seen, messages) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            if (!insert) return insert.error();
            insert->bind(1, alert.key)
                .bind(2, alert.kind)
                .bind(3, alert.mission)
                .bind(4, alert.severity)
                .bind(5, alert.title)
                .bind(6, alert.detail)
                .bind(7, string_list_text(alert.figures))
                .bind(8, string_list_text(alert.source_ids));
            if (alert.value)
                insert->bind(9, *alert.value);
            else
                insert->bind_null(9);
            insert->bind(10, now).bind(11, alert.messages);
            if (auto done = insert->run(); !done) return done.error();
            RaisedAlert stored = alert;
            stored.id = connection.last_insert_id();
            stored.first_seen = now;
            if (auto done = audit(connection, who, "create", "alerts", stored.id, stored.key); !done)
                return done.error();
            for (std::int64_t webhook : webhooks_for(stored)) {
                auto queue = connection.prepare(
                    "INSERT INTO alert_deliveries (webhook_id, alert_id, next_try, created_at) VALUES (?, ?, "
                    "?, ?)");
                if (!queue) return queue.error();
                queue->bind(1, webhook).bind(2, stored.id).bind(3, now).bind(4, now);
                if (auto done = queue->run(); !done) return done.error();
                if (auto done = audit(connection, who, "create", "alert_deliveries",
                                      connection.last_insert_id(), "webhook " + std::to_string(webhook));
                    !done)
                    return done.error();
            }
            raised.push_back(std::move(stored));
        }
        return raised;
    });
}

template <>
Result<std::vector<RaisedAlert>> SqliteAlertStore::list_alerts(const AlertQuery& query) {
    return database_.read([&](SqliteConnection& connection) -> Result<std::vector<RaisedAlert>> {
        auto statement = connection.prepare(std::string(alert_select) +
                                            "WHERE first_seen >= ? AND (? = '' OR mission = ?) "
                                            "ORDER BY first_seen DESC, id DESC LIMIT ?");
        if (!statement) return statement.error();
        statement->bind(1, query.since).bind(2, query.mission).bind(3, query.mission).bind(4, query.limit);
        std::vector<RaisedAlert> found;
        if (auto done = each_row(
                *statement,
                [&](SqliteStatement& row) { found.push_back(alert_from_row(SqliteStoredRow(row))); });
            !done)
            return done.error();
        return found;
    });
}

template <>
Result<RaisedAlert> SqliteAlertStore::alert(std::int64_t id) {
    return database_.read([&](SqliteConnection& connection) -> Result<RaisedAlert> {
        auto statement = connection.prepare(std::string(alert_select) + "WHERE id = ?");
        if (!statement) return statement.error();
        statement->bind(1, id);
        auto row = statement->step();
        if (!row) return row.error();
        if (!*row) return Error::not_found("id", "no alert has id " + std::to_string(id));
        return alert_from_row(SqliteStoredRow(*statement));
    });
}

template <>
Result<std::vector<std::pair<std::string, AlertSubscription>>> SqliteAlertStore::subscriptions(
    std::string_view user) {
    using Rows = std::vector<std::pair<std::string, AlertSubscription>>;
    return database_.read([&](SqliteConnection& connection) -> Result<Rows> {
        auto statement = connection.prepare(
            "SELECT user_name, kind, mission, runway_months FROM alert_subscriptions WHERE ? = '' OR "
            "user_name = ? "
            "ORDER BY user_name, kind, mission");
        if (!statement) return statement.error();
        statement->bind(1, user).bind(2, user);
        Rows found;
        if (auto done = each_row(*statement,
                                 [&](SqliteStatement& row) {
                                     found.emplace_back(
                                         row.text(0),
                                         AlertSubscription{row.text(1), row.text(2), row.integer(3)});
                                 });
            !done)
            return done.error();
        return found;
    });
}

template <>
Result<void> SqliteAlertStore::replace_subscriptions(std::string_view user,
                                                     const std::vector<AlertSubscription>& wanted,
                                                     const Actor& who) {
    return database_.write([&](SqliteConnection& connection) -> Result<void> {
        auto clear = connection.prepare("DELETE FROM alert_subscriptions WHERE user_name = ?");
        if (!clear) return clear.error();
        clear->bind(1, user);
        if (auto done = clear->run(); !done) return done.error();
        std::string summary;
        for (const auto& subscription : wanted) {
            auto insert = connection.prepare(
                "INSERT OR REPLACE INTO alert_subscriptions (user_name, kind, mission, runway_months) "
                "VALUES (?, ?, ?, ?)");
            if (!insert) return insert.error();
            insert->bind(1, user)
                .bind(2, subscription.kind)
                .bind(3, subscription.mission)
                .bind(4, subscription.runway_months);
            if (auto done = insert->run(); !done) return done.error();
            summary += (summary.empty() ? "" : ",") + subscription.kind + "@" + subscription.mission;
        }
        return audit(connection, who, "update", "alert_subscriptions", 0, std::string(user) + ": " + summary);
    });
}

template <>
Result<void> SqliteAlertStore::create_feed_token(std::string_view user, std::string_view token_hash,
                                                 const Actor& who) {
    return database_.write([&](SqliteConnection& connection) -> Result<void> {
        const std::string now = utc_timestamp_now();
        auto revoke = connection.prepare(
            "UPDATE alert_feed_tokens SET revoked_at = ? WHERE user_name = ? AND revoked_at = ''");
        if (!revoke) return revoke.error();
        revoke->bind(1, now).bind(2, user);
        if (auto done = revoke->run(); !done) return done.error();
        auto insert = connection.prepare(
            "INSERT INTO alert_feed_tokens (user_name, token_hash, created_at) VALUES (?, ?, ?)");
        if (!insert) return insert.error();
        insert->bind(1, user).bind(2, token_hash).bind(3, now);
        if (auto done = insert->run(); !done) return done.error();
        return audit(connection, who, "create", "alert_feed_tokens", connection.last_insert_id(),
                     std::string(user));
    });
}

template <>
Result<void> SqliteAlertStore::revoke_feed_token(std::string_view user, const Actor& who) {
    return database_.write([&](SqliteConnection& connection) -> Result<void> {
        auto find =
            connection.prepare("SELECT id FROM alert_feed_tokens WHERE user_name = ? AND revoked_at = ''");
        if (!find) return find.error();
        find->bind(1, user);
        auto row = find->step();
        if (!row) return row.error();
        if (!*row) return Error::not_found("token", "user \"" + std::string(user) + "\" has no feed token");
        const std::int64_t id = find->integer(0);
        auto revoke = connection.prepare("UPDATE alert_feed_tokens SET revoked_at = ? WHERE id = ?");
        if (!revoke) return revoke.error();
        revoke->bind(1, utc_timestamp_now()).bind(2, id);
        if (auto done = revoke->run(); !done) return done.error();
        return audit(connection, who, "retire", "alert_feed_tokens", id, std::string(user));
    });
}

template <>
Result<std::string> SqliteAlertStore::feed_token_user(std::string_view token_hash) {
    return database_.read([&](SqliteConnection& connection) -> Result<std::string> {
        auto find = connection.prepare(
            "SELECT user_name FROM alert_feed_tokens WHERE token_hash = ? AND revoked_at = ''");
        if (!find) return find.error();
        find->bind(1, token_hash);
        auto row = find->step();
        if (!row) return row.error();
        if (!*row) return Error::not_found("token", "no live feed token has that value");
        return find->text(0);
    });
}

template <>
Result<std::optional<std::string>> SqliteAlertStore::feed_token_created(std::string_view user) {
    return database_.read([&](SqliteConnection& connection) -> Result<std::optional<std::string>> {
        auto find = connection.prepare(
            "SELECT created_at FROM alert_feed_tokens WHERE user_name = ? AND revoked_at = ''");
        if (!find) return find.error();
        find->bind(1, user);
        auto row = find->step();
        if (!row) return row.error();
        if (!*row) return std::optional<std::string>();
        return std::optional<std::string>(find->text(0));
    });
}

template <>
Result<Webhook> SqliteAlertStore::create_webhook(const Webhook& webhook, const Actor& who) {
    return database_.write([&](SqliteConnection& connection) -> Result<Webhook> {
        Webhook created = webhook;
        created.created_at = utc_timestamp_now();
        auto insert = connection.prepare(
            "INSERT INTO alert_webhooks (user_name, url, secret, created_at) VALUES (?, ?, ?, ?)");
        if (!insert) return insert.error();
        insert->bind(1, created.user)
            .bind(2, created.url)
            .bind(3, created.secret)
            .bind(4, created.created_at);
        if (auto done = insert->run(); !done) return done.error();
        created.id = connection.last_insert_id();
        if (auto done = audit(connection, who, "create", "alert_webhooks", created.id,
                              created.user + " " + created.url);
            !done)
            return done.error();
        return created;
    });
}

template <>
Result<std::vector<Webhook>> SqliteAlertStore::webhooks(std::string_view user) {
    return database_.read([&](SqliteConnection& connection) -> Result<std::vector<Webhook>> {
        auto statement = connection.prepare(
            "SELECT id, user_name, url, secret, created_at FROM alert_webhooks WHERE deleted_at = '' AND "
            "(? = '' OR user_name = ?) ORDER BY id");
        if (!statement) return statement.error();
        statement->bind(1, user).bind(2, user);
        std::vector<Webhook> found;
        if (auto done = each_row(*statement,
                                 [&](SqliteStatement& row) {
                                     found.push_back(Webhook{row.integer(0), row.text(1), row.text(2),
                                                             row.text(3), row.text(4)});
                                 });
            !done)
            return done.error();
        return found;
    });
}

template <>
Result<void> SqliteAlertStore::delete_webhook(std::string_view user, std::int64_t id, const Actor& who) {
    return database_.write([&](SqliteConnection& connection) -> Result<void> {
        auto update = connection.prepare(
            "UPDATE alert_webhooks SET deleted_at = ? WHERE id = ? AND user_name = ? AND deleted_at = ''");
        if (!update) return update.error();
        update->bind(1, utc_timestamp_now()).bind(2, id).bind(3, user);
        if (auto done = update->run(); !done) return done.error();
        if (sqlite3_changes(connection.handle()) == 0)
            return Error::not_found("id", "you have no webhook with id " + std::to_string(id));
        // Pending deliveries to a deleted endpoint would never be wanted.
        auto drop = connection.prepare(
            "UPDATE alert_deliveries SET status = 'failed', next_try = '' WHERE webhook_id = ? AND status = "
            "'pending'");
        if (!drop) return drop.error();
        drop->bind(1, id);
        if (auto done = drop->run(); !done) return done.error();
        return audit(connection, who, "retire", "alert_webhooks", id, std::string(user));
    });
}

template <>
Result<std::vector<AlertDelivery>> SqliteAlertStore::due_deliveries(std::string_view now,
                                                                    std::int64_t limit) {
    return database_.read([&](SqliteConnection& connection) {
        return load_deliveries(
            connection, "WHERE d.status = 'pending' AND d.next_try <= ? ORDER BY d.next_try, d.id LIMIT ?",
            [&](SqliteStatement& statement) { statement.bind(1, now).bind(2, limit); });
    });
}

template <>
Result<AlertDelivery> SqliteAlertStore::record_attempt(const AttemptOutcome& outcome, const Actor& who) {
    return database_.write([&](SqliteConnection& connection) -> Result<AlertDelivery> {
        auto current = load_deliveries(connection, "WHERE d.id = ?", [&](SqliteStatement& statement) {
            statement.bind(1, outcome.delivery_id);
        });
        if (!current) return current.error();
        if (current->empty())
            return Error::not_found("id", "no delivery has id " + std::to_string(outcome.delivery_id));
        AlertDelivery delivery = current->front();
        delivery.attempts += 1;
        delivery.status = outcome.delivered ? "delivered" : outcome.next_try.empty() ? "failed" : "pending";
        delivery.next_try = delivery.status == "pending" ? outcome.next_try : "";
        auto log = connection.prepare(
            "INSERT INTO alert_delivery_attempts (delivery_id, attempt, at, http_status, error) VALUES (?, "
            "?, ?, ?, ?)");
        if (!log) return log.error();
        log->bind(1, delivery.id)
            .bind(2, delivery.attempts)
            .bind(3, outcome.at)
            .bind(4, outcome.http_status)
            .bind(5, outcome.error);
        if (auto done = log->run(); !done) return done.error();
        auto update = connection.prepare(
            "UPDATE alert_deliveries SET status = ?, attempts = ?, next_try = ? WHERE id = ?");
        if (!update) return update.error();
        update->bind(1, delivery.status)
            .bind(2, delivery.attempts)
            .bind(3, delivery.next_try)
            .bind(4, delivery.id);
        if (auto done = update->run(); !done) return done.error();
        delivery.log.push_back(
            DeliveryAttempt{delivery.attempts, outcome.at, outcome.http_status, outcome.error});
        if (auto done = audit(connection, who, "update", "alert_deliveries", delivery.id,
                              delivery.status + " after attempt " + std::to_string(delivery.attempts));
            !done)
            return done.error();
        return delivery;
    });
}

template <>
Result<std::vector<AlertDelivery>> SqliteAlertStore::deliveries(std::int64_t limit) {
    return database_.read([&](SqliteConnection& connection) {
        return load_deliveries(connection, "ORDER BY d.id DESC LIMIT ?",
                               [&](SqliteStatement& statement) { statement.bind(1, limit); });
    });
}

}  // namespace mssops::store
