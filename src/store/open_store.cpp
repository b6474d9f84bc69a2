#include "store/store.hpp"

#include "store/sqlite/sqlite_store.hpp"

namespace mssops::store {

domain::Result<std::unique_ptr<Store>> open_store(std::string_view location) {
    if (location.empty())
        return domain::Error::invalid("db", "must be a SQLite file path or a postgresql:// URL, got nothing");
    auto store = SqliteStore::open(std::string(location));
    if (!store) return store.error();
    return std::unique_ptr<Store>(std::move(store).value());
}

}  // namespace mssops::store
