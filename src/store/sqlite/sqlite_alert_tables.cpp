// Copies the alert tables row by row for copy_store: every value travels as text and the columns'
// INTEGER affinity turns numbers back into integers, so one loop serves all six tables.
#include "store/sqlite/sqlite_alert_store.hpp"
#include "store/sqlite/sqlite_record_transaction.hpp"
#include "store/timestamp.hpp"

namespace mssops::store {

template <>
Result<std::vector<AlertTableRows>> SqliteAlertStore::dump_tables() {
    return database_.read([&](SqliteConnection& connection) -> Result<std::vector<AlertTableRows>> {
        std::vector<AlertTableRows> dumped;
        for (const auto& table : alert_tables()) {
            auto statement = connection.prepare("SELECT " + table.column_list() + " FROM " + table.name +
                                                " ORDER BY " + table.columns[0] + ", " + table.columns[1]);
            if (!statement) return statement.error();
            AlertTableRows rows;
            while (true) {
                auto row = statement->step();
                if (!row) return row.error();
                if (!*row) break;
                std::vector<std::optional<std::string>> values;
                for (int column = 0; column < static_cast<int>(table.columns.size()); ++column)
                    values.push_back(statement->is_null(column)
                                         ? std::nullopt
                                         : std::optional<std::string>(statement->text(column)));
                rows.push_back(std::move(values));
            }
            dumped.push_back(std::move(rows));
        }
        return dumped;
    });
}

template <>
Result<void> SqliteAlertStore::load_tables(const std::vector<AlertTableRows>& tables, const Actor& who) {
    return database_.write([&](SqliteConnection& connection) -> Result<void> {
        const auto& specs = alert_tables();
        for (std::size_t t = 0; t < specs.size() && t < tables.size(); ++t) {
            const auto& table = specs[t];
            auto held = connection.prepare("SELECT 1 FROM " + table.name + " LIMIT 1");
            if (!held) return held.error();
            auto any = held->step();
            if (!any) return any.error();
            if (*any)
                return domain::Error::conflict("destination",
                                               "already holds " + table.name + "; load into an empty store");
            std::string marks;
            for (std::size_t i = 0; i < table.columns.size(); ++i) marks += i == 0 ? "?" : ", ?";
            for (const auto& row : tables[t]) {
                auto insert = connection.prepare("INSERT INTO " + table.name + " (" + table.column_list() +
                                                 ") VALUES (" + marks + ")");
                if (!insert) return insert.error();
                for (std::size_t i = 0; i < row.size(); ++i) insert->bind(static_cast<int>(i) + 1, row[i]);
                if (auto done = insert->run(); !done) return done.error();
            }
            // A table with nothing copied leaves no trace in the log.
            if (tables[t].empty()) continue;
            if (auto logged = append_sqlite_audit(
                    connection, AuditEntry{0, utc_timestamp_now(), who.name, "copy", table.name, 0, "",
                                           std::to_string(tables[t].size()) + " rows"});
                !logged)
                return logged.error();
        }
        return {};
    });
}

}  // namespace mssops::store
