#include "store/postgres/postgres_record_store.hpp"

#include "store/postgres/postgres_record_transaction.hpp"
#include "store/query_checks.hpp"
#include "store/record_errors.hpp"

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

}  // namespace

template <>
Result<Page> BackendRecordTransaction<pqxx::work>::list(const KindSpec& kind, const ListQuery& query) {
    pqxx::work& transaction = transaction_;
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

}  // namespace mssops::store
