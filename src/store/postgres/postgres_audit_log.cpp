#include "store/postgres/postgres_audit_log.hpp"

#include "store/query_checks.hpp"

namespace mssops::store {

template <>
domain::Result<std::vector<AuditEntry>> PostgresAuditLog::list(const AuditQuery& query) {
    if (auto ok = check_audit_query(query); !ok) return ok.error();
    const std::optional<std::string> record_id =
        query.record_id ? std::optional<std::string>(std::to_string(*query.record_id)) : std::nullopt;
    return database_.read([&](pqxx::work& work) -> domain::Result<std::vector<AuditEntry>> {
        // NULL parameters switch a filter off, so one statement serves every combination.
        auto rows = work.exec_params(
            "SELECT id, at, actor, action, kind, record_id, before, after FROM audit "
            "WHERE ($1::text IS NULL OR kind = $1::text) AND ($2::bigint IS NULL OR record_id = $2::bigint) "
            "AND ($3::text IS NULL OR actor = $3::text) ORDER BY id DESC LIMIT $4 OFFSET $5",
            or_null(query.kind), or_null(record_id), or_null(query.actor), query.limit, query.offset);
        std::vector<AuditEntry> entries;
        entries.reserve(rows.size());
        for (const auto& row : rows)
            entries.push_back({row[0].as<std::int64_t>(), row[1].c_str(), row[2].c_str(), row[3].c_str(),
                               row[4].c_str(), row[5].as<std::int64_t>(), row[6].c_str(), row[7].c_str()});
        return entries;
    });
}

template <>
domain::Result<std::int64_t> PostgresAuditLog::latest_id() {
    return database_.read([](pqxx::work& work) -> domain::Result<std::int64_t> {
        auto rows = work.exec("SELECT coalesce(max(id), 0) FROM audit");
        return rows[0][0].as<std::int64_t>();
    });
}

}  // namespace mssops::store
