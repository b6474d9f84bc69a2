#include "store/alert_tables.hpp"

#include "store/postgres/postgres_alert_store.hpp"
#include "store/sqlite/sqlite_alert_store.hpp"

namespace mssops::store {

std::string AlertTable::column_list() const {
    std::string list;
    for (const auto& column : columns) list += (list.empty() ? "" : ", ") + column;
    return list;
}

const std::vector<AlertTable>& alert_tables() {
    static const std::vector<AlertTable> tables{
        {"alerts",
         {"id", "key", "kind", "mission", "severity", "title", "detail", "figures", "source_ids", "value",
          "first_seen", "messages"}},
        {"alert_subscriptions", {"user_name", "kind", "mission", "runway_months"}, false},
        {"alert_feed_tokens", {"id", "user_name", "token_hash", "created_at", "revoked_at"}},
        {"alert_webhooks", {"id", "user_name", "url", "secret", "created_at", "deleted_at"}},
        {"alert_deliveries",
         {"id", "webhook_id", "alert_id", "status", "attempts", "next_try", "created_at"}},
        {"alert_delivery_attempts", {"delivery_id", "attempt", "at", "http_status", "error"}, false},
    };
    return tables;
}

// The copy reads and writes whole tables, which the AlertStore interface (one row, one use) does not
// offer: each backend does it on its own database.
domain::Result<std::vector<AlertTableRows>> dump_alert_tables(Store& store) {
    if (auto* sqlite = dynamic_cast<SqliteAlertStore*>(&store.alerts())) return sqlite->dump_tables();
    if (auto* postgres = dynamic_cast<PostgresAlertStore*>(&store.alerts())) return postgres->dump_tables();
    return domain::Error::internal("the alert tables of a " + store.backend() + " store cannot be copied");
}

domain::Result<void> load_alert_tables(Store& store, const std::vector<AlertTableRows>& tables,
                                       const Actor& who) {
    if (auto* sqlite = dynamic_cast<SqliteAlertStore*>(&store.alerts()))
        return sqlite->load_tables(tables, who);
    if (auto* postgres = dynamic_cast<PostgresAlertStore*>(&store.alerts()))
        return postgres->load_tables(tables, who);
    return domain::Error::internal("the alert tables of a " + store.backend() + " store cannot be copied");
}

}  // namespace mssops::store
