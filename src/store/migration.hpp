#pragma once

#include <string_view>
#include <vector>

namespace mssops::store {

/// One numbered schema change, from src/store/migrations/NNN_name.sql as one backend runs it.
struct Migration {
    std::string_view backend;  // "sqlite" or "postgres": the dialect the file was expanded for.
    int number = 0;            // NNN: migrations apply in this order, each once.
    std::string_view name;     // "001_records".
    std::string_view sql;
};

/// Every migration compiled into the binary (generated from the .sql files at build time).
const std::vector<Migration>& embedded_migrations();

/// The migrations of one backend ("sqlite" or "postgres"), by ascending number.
std::vector<Migration> migrations_for(std::string_view backend);

}  // namespace mssops::store
