#include "store/sqlite/sqlite_record_store.hpp"

#include "store/query_checks.hpp"
#include "store/record_errors.hpp"
#include "store/sqlite/sqlite_filter.hpp"
#include "store/sqlite/sqlite_record_transaction.hpp"

namespace mssops::store {

using domain::KindSpec;

namespace {

SqliteFilter filter_of(const KindSpec& kind, const ListQuery& query) {
    SqliteFilter filter{"kind = ?", {kind.name}};
    if (!query.include_retired) filter.where += " AND retired = 0";
    // Overlap, so that "2025-01" (1 to 31 January) is in any range touching January.
    if (query.from) filter.add("date_last >= ?", {*query.from});
    if (query.to) filter.add("date_first <= ?", {*query.to});
    if (query.country) filter.add("country = ?", {*query.country});
    if (query.mission) filter.add("mission = ?", {*query.mission});
    for (const auto& [name, value] : query.equals) {
        const auto type = kind.field(name)->type;
        const bool is_list = type == domain::FieldType::text_list || type == domain::FieldType::country_list;
        // A list field matches when it contains the value: ?topics=transition_to_un_pko.
        filter.where += is_list ? " AND EXISTS (SELECT 1 FROM json_each(body, ?) WHERE value = ?)"
                                : " AND CAST(json_extract(body, ?) AS TEXT) = ?";
        filter.parameters.emplace_back("$.\"" + name + "\"");
        filter.parameters.emplace_back(value);
    }
    return filter;
}

}  // namespace

template <>
Result<Page> BackendRecordTransaction<SqliteConnection>::list(const KindSpec& kind, const ListQuery& query) {
    SqliteConnection& connection = transaction_;
    SqliteFilter filter = filter_of(kind, query);
    Page page;
    page.limit = query.limit;
    page.offset = query.offset;
    const bool every = query.limit == ListQuery::every;
    if (!every) {
        auto count = connection.prepare("SELECT count(*) FROM records WHERE " + filter.where);
        if (!count) return count.error();
        bind_all(*count, filter.parameters);
        if (auto row = count->step(); !row) return row.error();
        page.total = count->integer(0);
    }

    const std::string order =
        kind.date_field.empty() ? " ORDER BY id" : " ORDER BY date_first IS NULL, date_first, date_last, id";
    auto rows = connection.prepare(std::string("SELECT ") + sqlite_record_columns + " FROM records WHERE " +
                                   filter.where + order + (every ? "" : " LIMIT ? OFFSET ?"));
    if (!rows) return rows.error();
    bind_all(*rows, filter.parameters);
    const int next = static_cast<int>(filter.parameters.size()) + 1;
    if (!every) rows->bind(next, query.limit).bind(next + 1, query.offset);
    while (true) {
        auto row = rows->step();
        if (!row) return row.error();
        if (!*row) break;
        auto record = read_sqlite_record(*rows);
        if (!record) return record.error();
        page.items.push_back(std::move(record).value());
    }
    if (every) page.total = static_cast<std::int64_t>(page.items.size());
    return page;
}

}  // namespace mssops::store
