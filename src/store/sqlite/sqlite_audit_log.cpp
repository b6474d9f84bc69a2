#include "store/sqlite/sqlite_audit_log.hpp"

#include "store/query_checks.hpp"

namespace mssops::store {

template <>
domain::Result<std::vector<AuditEntry>> SqliteAuditLog::list(const AuditQuery& query) {
    if (auto ok = check_audit_query(query); !ok) return ok.error();
    // NULL parameters switch a filter off, so one cached statement serves every combination.
    return database_.read([&](SqliteConnection& connection) -> domain::Result<std::vector<AuditEntry>> {
        auto rows = connection.prepare(
            "SELECT id, at, actor, action, kind, record_id, before, after FROM audit "
            "WHERE (?1 IS NULL OR kind = ?1) AND (?2 IS NULL OR record_id = ?2) AND (?3 IS NULL OR actor = "
            "?3) "
            "ORDER BY id DESC LIMIT ?4 OFFSET ?5");
        if (!rows) return rows.error();
        rows->bind(1, query.kind);
        if (query.record_id) rows->bind(2, *query.record_id);
        rows->bind(3, query.actor).bind(4, query.limit).bind(5, query.offset);
        std::vector<AuditEntry> entries;
        while (true) {
            auto row = rows->step();
            if (!row) return row.error();
            if (!*row) break;
            entries.push_back({rows->integer(0), rows->text(1), rows->text(2), rows->text(3), rows->text(4),
                               rows->integer(5), rows->text(6), rows->text(7)});
        }
        return entries;
    });
}

template <>
domain::Result<std::int64_t> SqliteAuditLog::latest_id() {
    return database_.read([](SqliteConnection& connection) -> domain::Result<std::int64_t> {
        // max() over the integer primary key reads one b-tree edge, not the table.
        auto row = connection.prepare("SELECT coalesce(max(id), 0) FROM audit");
        if (!row) return row.error();
        auto stepped = row->step();
        if (!stepped) return stepped.error();
        return row->integer(0);
    });
}

}  // namespace mssops::store
