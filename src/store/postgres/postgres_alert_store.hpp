#pragma once

#include "store/alert_store.hpp"
#include "store/alert_tables.hpp"
#include "store/postgres/postgres_database.hpp"

namespace mssops::store {

/// AlertStore on a PostgreSQL database (migration 009_alerts).
class PostgresAlertStore final : public AlertStore {
public:
    explicit PostgresAlertStore(PostgresDatabase& database) : database_(database) {}

    Result<std::vector<RaisedAlert>> record_alerts(
        const std::vector<RaisedAlert>& current,
        const std::function<std::vector<std::int64_t>(const RaisedAlert&)>& webhooks_for,
        const Actor& who) override;
    Result<std::vector<RaisedAlert>> list_alerts(const AlertQuery& query) override;
    Result<std::vector<std::pair<std::string, AlertSubscription>>> subscriptions(
        std::string_view user) override;
    Result<void> replace_subscriptions(std::string_view user, const std::vector<AlertSubscription>& wanted,
                                       const Actor& who) override;
    Result<void> create_feed_token(std::string_view user, std::string_view token_hash,
                                   const Actor& who) override;
    Result<void> revoke_feed_token(std::string_view user, const Actor& who) override;
    Result<std::string> feed_token_user(std::string_view token_hash) override;
    Result<std::optional<std::string>> feed_token_created(std::string_view user) override;
    Result<Webhook> create_webhook(const Webhook& webhook, const Actor& who) override;
    Result<std::vector<Webhook>> webhooks(std::string_view user) override;
    Result<void> delete_webhook(std::string_view user, std::int64_t id, const Actor& who) override;
    Result<std::vector<AlertDelivery>> due_deliveries(std::string_view now, std::int64_t limit) override;
    Result<AlertDelivery> record_attempt(const AttemptOutcome& outcome, const Actor& who) override;
    Result<std::vector<AlertDelivery>> deliveries(std::int64_t limit) override;
    Result<RaisedAlert> alert(std::int64_t id) override;

    /// dump_alert_tables and load_alert_tables (store/alert_tables.hpp) on this database; in
    /// postgres_alert_tables.cpp.
    Result<std::vector<AlertTableRows>> dump_tables();
    Result<void> load_tables(const std::vector<AlertTableRows>& tables, const Actor& who);

private:
    PostgresDatabase& database_;
};

}  // namespace mssops::store
