#pragma once

#include <cstdint>
#include <string>
#include <utility>

#include <pqxx/pqxx>

namespace mssops::store {

/// Runs `insert` (an INSERT … RETURNING id) with `params` and gives the id of the row it made.
template <class... Params>
std::int64_t inserted_id(pqxx::work& work, const std::string& insert, Params&&... params) {
    const pqxx::row row = work.exec_params1(insert, std::forward<Params>(params)...);
    return row[0].as<std::int64_t>();
}

}  // namespace mssops::store
