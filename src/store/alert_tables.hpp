#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/result.hpp"
#include "store/store.hpp"

namespace mssops::store {

/// One of the alert tables (migration 009) as copy_store moves it: its name and columns.
struct AlertTable {
    std::string name;
    std::vector<std::string> columns;
    bool has_id = true;  // An identity column `id` first: the next ids continue after the copied ones.

    /// The columns joined with ", ", for a SELECT or an INSERT.
    std::string column_list() const;
};

/// The alert tables, each after the tables it references.
const std::vector<AlertTable>& alert_tables();

/// The rows of one alert table as stored, every value as text (NULL as nullopt), in key order.
using AlertTableRows = std::vector<std::vector<std::optional<std::string>>>;

/// Every row of `store`'s alert tables, one AlertTableRows per alert_tables() entry: ids, token hashes,
/// webhook secrets and stamps as they are.
domain::Result<std::vector<AlertTableRows>> dump_alert_tables(Store& store);

/// Loads dump_alert_tables()'s rows into `store`'s empty alert tables in one transaction, ids kept,
/// with one audit row by `who` per table it copies rows into; conflict naming "destination" when a
/// table holds rows.
domain::Result<void> load_alert_tables(Store& store, const std::vector<AlertTableRows>& tables,
                                       const Actor& who);

}  // namespace mssops::store
