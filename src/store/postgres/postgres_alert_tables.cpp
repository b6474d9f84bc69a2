// Copies the alert tables row by row for copy_store: every value travels as text and PostgreSQL casts
// it to the column's type, so one loop serves all six tables.
#include "store/postgres/postgres_alert_store.hpp"
#include "store/postgres/postgres_record_transaction.hpp"
#include "store/timestamp.hpp"

namespace mssops::store {

template <>
Result<std::vector<AlertTableRows>> PostgresAlertStore::dump_tables() {
    return database_.read([&](pqxx::work& work) -> Result<std::vector<AlertTableRows>> {
        std::vector<AlertTableRows> dumped;
        for (const auto& table : alert_tables()) {
            AlertTableRows rows;
            for (const auto& row : work.exec("SELECT " + table.column_list() + " FROM " + table.name +
                                             " ORDER BY " + table.columns[0] + ", " + table.columns[1])) {
                std::vector<std::optional<std::string>> values;
                for (const auto& field : row)
                    values.push_back(field.is_null() ? std::nullopt
                                                     : std::optional<std::string>(field.c_str()));
                rows.push_back(std::move(values));
            }
            dumped.push_back(std::move(rows));
        }
        return dumped;
    });
}

template <>
Result<void> PostgresAlertStore::load_tables(const std::vector<AlertTableRows>& tables, const Actor& who) {
    return database_.write([&](pqxx::work& work) -> Result<void> {
        const auto& specs = alert_tables();
        for (std::size_t t = 0; t < specs.size() && t < tables.size(); ++t) {
            const auto& table = specs[t];
            if (!work.exec("SELECT 1 FROM " + table.name + " LIMIT 1").empty())
                return domain::Error::conflict("destination",
                                               "already holds " + table.name + "; load into an empty store");
            for (const auto& row : tables[t]) {
                std::string values;
                for (const auto& value : row)
                    values +=
                        (values.empty() ? "" : ", ") + (value ? work.quote(*value) : std::string("NULL"));
                work.exec0("INSERT INTO " + table.name + " (" + table.column_list() + ") VALUES (" + values +
                           ")");
            }
            // Rows came with their ids: move the identity past them so new rows do not collide.
            if (table.has_id)
                work.exec("SELECT setval(pg_get_serial_sequence('" + table.name + "', 'id'), " +
                          "coalesce((SELECT max(id) FROM " + table.name + "), 0) + 1, false)");
            // A table with nothing copied leaves no trace in the log.
            if (!tables[t].empty())
                append_postgres_audit(work, AuditEntry{0, utc_timestamp_now(), who.name, "copy", table.name,
                                                       0, "", std::to_string(tables[t].size()) + " rows"});
        }
        return {};
    });
}

}  // namespace mssops::store
