#include "store/store.hpp"

#include "store/postgres/postgres_store.hpp"
#include "store/sqlite/sqlite_store.hpp"

namespace mssops::store {

bool is_postgres_location(std::string_view location) {
    return location.rfind("postgresql://", 0) == 0 || location.rfind("postgres://", 0) == 0;
}

domain::Result<std::unique_ptr<Store>> open_store(std::string_view location) {
    if (location.empty())
        return domain::Error::invalid("db", "must be a SQLite file path or a postgresql:// URL, got nothing");
    if (is_postgres_location(location)) {
        auto store = PostgresStore::open(std::string(location));
        if (!store) return store.error();
        return std::unique_ptr<Store>(std::move(store).value());
    }
    auto store = SqliteStore::open(std::string(location));
    if (!store) return store.error();
    return std::unique_ptr<Store>(std::move(store).value());
}

}  // namespace mssops::store
