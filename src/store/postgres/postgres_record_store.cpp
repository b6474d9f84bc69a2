#include "store/postgres/postgres_record_store.hpp"

#include "store/postgres/postgres_record_transaction.hpp"
#include "store/query_checks.hpp"
#include "store/record_errors.hpp"
#include "store/record_writes.hpp"
#include "store/timestamp.hpp"

namespace mssops::store {

using domain::KindSpec;

namespace {

/// The WHERE clause of a list query and its parameters ($1, $2...), as text.
struct Filter {
    std::string where;
    std::vector<std::string> parameters;

    std::string next(std::string parameter) {
        parameters.push_back(std::move(parameter));
        return "$" + std::to_string(parameters.size());
    }
};

Filter filter_of(const KindSpec& kind, const ListQuery& query) {
    Filter filter;
    filter.where = "kind = " + filter.next(kind.name);
    if (!query.include_retired) filter.where += " AND NOT retired";
    // Overlap, so that "2025-01" (1 to 31 January) is in any range touching January.
    if (query.from) filter.where += " AND date_last >= " + filter.next(*query.from) + "::date";
    if (query.to) filter.where += " AND date_first <= " + filter.next(*query.to) + "::date";
    if (query.country) filter.where += " AND country = " + filter.next(*query.country);
    if (query.mission) filter.where += " AND mission = " + filter.next(*query.mission);
    for (const auto& [name, value] : query.equals) {
        const auto type = kind.field(name)->type;
        const bool is_list = type == domain::FieldType::text_list || type == domain::FieldType::country_list;
        const std::string field = filter.next(name) + "::text";
        // A list field matches when it contains the value: ?topics=transition_to_un_pko.
        filter.where += is_list ? " AND body -> " + field + " ? " + filter.next(value) + "::text"
                                : " AND body ->> " + field + " = " + filter.next(value) + "::text";
    }
    return filter;
}

Result<Page> list_page(pqxx::work& transaction, const KindSpec& kind, const ListQuery& query) {
    Filter filter = filter_of(kind, query);
    Page page;
    page.limit = query.limit;
    page.offset = query.offset;
    const bool every = query.limit == ListQuery::every;
    if (!every)
        page.total = transaction
                         .exec_params1("SELECT count(*) FROM records WHERE " + filter.where,
                                       pqxx::prepare::make_dynamic_params(filter.parameters))[0]
                         .as<std::int64_t>();
    const std::string order =
        kind.date_field.empty() ? " ORDER BY id" : " ORDER BY date_first IS NULL, date_first, date_last, id";
    std::string page_clause;
    if (!every) {
        const std::string limit = filter.next(std::to_string(query.limit));
        const std::string offset = filter.next(std::to_string(query.offset));
        page_clause = " LIMIT " + limit + "::bigint OFFSET " + offset + "::bigint";
    }
    auto rows = transaction.exec_params(std::string("SELECT ") + postgres_record_columns +
                                            " FROM records WHERE " + filter.where + order + page_clause,
                                        pqxx::prepare::make_dynamic_params(filter.parameters));
    for (const auto& row : rows) {
        auto record = read_postgres_record(row);
        if (!record) return record.error();
        page.items.push_back(std::move(record).value());
    }
    if (every) page.total = static_cast<std::int64_t>(page.items.size());
    return page;
}

}  // namespace

Result<Record> PostgresRecordStore::create(std::string_view kind, const Fields& fields, const Actor& who) {
    auto spec = stored_kind(kind);
    if (!spec) return spec.error();
    return database_.write([&](pqxx::work& work) {
        PostgresRecordTransaction transaction(work);
        return create_record(transaction, **spec, fields, who, utc_timestamp_now());
    });
}

Result<Record> PostgresRecordStore::update(std::string_view kind, std::int64_t id, const Fields& changes,
                                           const Actor& who, std::optional<std::int64_t> expected_version) {
    auto spec = stored_kind(kind);
    if (!spec) return spec.error();
    return database_.write([&](pqxx::work& work) {
        PostgresRecordTransaction transaction(work);
        return update_record(transaction, **spec, id, changes, who, expected_version, utc_timestamp_now());
    });
}

Result<Record> PostgresRecordStore::retire(std::string_view kind, std::int64_t id, const Actor& who) {
    auto spec = stored_kind(kind);
    if (!spec) return spec.error();
    return database_.write([&](pqxx::work& work) {
        PostgresRecordTransaction transaction(work);
        return retire_record(transaction, **spec, id, who, utc_timestamp_now());
    });
}

Result<Record> PostgresRecordStore::restore(std::string_view kind, std::int64_t id, const Actor& who) {
    auto spec = stored_kind(kind);
    if (!spec) return spec.error();
    return database_.write([&](pqxx::work& work) {
        PostgresRecordTransaction transaction(work);
        return restore_record(transaction, **spec, id, who, utc_timestamp_now());
    });
}

Result<Record> PostgresRecordStore::get(std::string_view kind, std::int64_t id) {
    auto spec = stored_kind(kind);
    if (!spec) return spec.error();
    return database_.read([&](pqxx::work& work) -> Result<Record> {
        PostgresRecordTransaction transaction(work);
        auto found = transaction.find(**spec, id);
        if (!found) return found.error();
        if (!*found) return record_not_found(**spec, id);
        return std::move(**found);
    });
}

Result<Record> PostgresRecordStore::find_by_key(std::string_view kind, std::string_view key) {
    auto spec = stored_kind(kind);
    if (!spec) return spec.error();
    return database_.read([&](pqxx::work& work) -> Result<Record> {
        PostgresRecordTransaction transaction(work);
        auto found = transaction.find_by_key(**spec, key);
        if (!found) return found.error();
        if (!*found) return key_not_found(**spec, key);
        return std::move(**found);
    });
}

Result<Page> PostgresRecordStore::list(const ListQuery& query) {
    auto spec = check_list_query(query);
    if (!spec) return spec.error();
    return database_.read([&](pqxx::work& work) { return list_page(work, **spec, query); });
}

Result<BatchSummary> PostgresRecordStore::apply(const std::vector<Change>& changes, const Actor& who) {
    return database_.write([&](pqxx::work& work) {
        PostgresRecordTransaction transaction(work);
        return apply_changes(transaction, changes, who, utc_timestamp_now());
    });
}

Result<BatchSummary> PostgresRecordStore::apply_and_retire(const std::vector<Change>& changes,
                                                           const std::vector<Retirement>& retirements,
                                                           const Actor& who) {
    return database_.write([&](pqxx::work& work) {
        PostgresRecordTransaction transaction(work);
        return apply_and_retire_changes(transaction, changes, retirements, who, utc_timestamp_now());
    });
}

}  // namespace mssops::store
