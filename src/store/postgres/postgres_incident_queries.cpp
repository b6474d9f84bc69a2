#include "store/postgres/postgres_incident_queries.hpp"

#include "domain/partial_date.hpp"
#include "store/aggregate_rows.hpp"
#include "store/postgres/postgres_incident_rows.hpp"
#include "store/query_checks.hpp"

namespace mssops::store {
namespace {

/// A WHERE clause and its text parameters ($1, $2...).
struct Filter {
    std::string where = "true";
    std::vector<std::string> parameters;

    std::string next(std::string value) {
        parameters.push_back(std::move(value));
        return "$" + std::to_string(parameters.size());
    }
};

std::string day_number(const std::string& iso_day) {
    // check_incident_query() or the caller has validated the text.
    auto day = domain::parse_iso_day(iso_day, "date");
    return std::to_string(day ? day->time_since_epoch().count() : 0);
}

void add_common(Filter& filter, const std::optional<std::string>& from, const std::optional<std::string>& to,
                const std::vector<std::string>& event_types) {
    if (from) filter.where += " AND day >= " + filter.next(day_number(*from)) + "::bigint";
    if (to) filter.where += " AND day <= " + filter.next(day_number(*to)) + "::bigint";
    if (!event_types.empty()) {
        std::string marks;
        for (const auto& type : event_types) marks += (marks.empty() ? "" : ", ") + filter.next(type);
        filter.where += " AND event_type IN (" + marks + ")";
    }
}

std::string actor_condition(Filter& filter, const std::string& actor) {
    const std::string mark = filter.next(actor);
    return " AND (actor1 = " + mark + " OR actor2 = " + mark + ")";
}

Filter incident_filter(const IncidentQuery& query) {
    Filter filter;
    if (!query.include_retired) filter.where += " AND NOT retired";
    add_common(filter, query.from, query.to, query.event_types);
    if (query.actor) filter.where += actor_condition(filter, *query.actor);
    if (query.admin1) filter.where += " AND admin1 = " + filter.next(*query.admin1);
    if (query.adm1_pcode) filter.where += " AND adm1_pcode = " + filter.next(*query.adm1_pcode);
    if (query.adm2_pcode) filter.where += " AND adm2_pcode = " + filter.next(*query.adm2_pcode);
    if (query.country) filter.where += " AND country = " + filter.next(*query.country);
    if (query.source_id) filter.where += " AND source_id = " + filter.next(*query.source_id);
    return filter;
}

pqxx::result run(pqxx::work& work, const std::string& sql, const Filter& filter) {
    return work.exec_params(sql, pqxx::prepare::make_dynamic_params(filter.parameters));
}

}  // namespace

domain::Result<Page> list_postgres_incidents(pqxx::work& work, const IncidentQuery& query) {
    Filter filter = incident_filter(query);
    Page page;
    page.limit = query.limit;
    page.offset = query.offset;
    page.total =
        run(work, "SELECT count(*) FROM incidents WHERE " + filter.where, filter)[0][0].as<std::int64_t>();
    const std::string limit = filter.next(std::to_string(query.limit));
    const std::string offset = filter.next(std::to_string(query.offset));
    for (const auto& row :
         run(work,
             "SELECT " + incident_select_columns() + " FROM incidents WHERE " + filter.where +
                 " ORDER BY day DESC, id DESC LIMIT " + limit + "::bigint OFFSET " + offset + "::bigint",
             filter))
        page.items.push_back(read_postgres_incident(row).record);
    return page;
}

void each_postgres_incident(pqxx::work& work, const IncidentQuery& query,
                            const std::function<void(const domain::Record&)>& visit) {
    // Batches after the last (day, id) seen keep memory flat however many incidents match.
    constexpr int batch_size = 10000;
    std::optional<std::pair<std::int64_t, std::int64_t>> last;
    for (;;) {
        Filter filter = incident_filter(query);
        if (last)
            filter.where += " AND (day, id) < (" + filter.next(std::to_string(last->first)) + "::bigint, " +
                            filter.next(std::to_string(last->second)) + "::bigint)";
        auto rows = run(work,
                        "SELECT " + incident_select_columns() + " FROM incidents WHERE " + filter.where +
                            " ORDER BY day DESC, id DESC LIMIT " + std::to_string(batch_size),
                        filter);
        for (const auto& row : rows) {
            StoredIncident stored = read_postgres_incident(row);
            last = {incident_day(stored.record.fields), stored.record.id};
            visit(stored.record);
        }
        if (rows.size() < static_cast<std::size_t>(batch_size)) return;
    }
}

domain::Result<std::vector<AggregateRow>> aggregate_postgres_incidents(pqxx::work& work,
                                                                       const AggregateQuery& query) {
    if (auto ok = check_aggregate_query(query); !ok) return ok.error();
    Filter filter;
    add_common(filter, query.from, query.to, query.event_types);
    // The rollups hold no country; they answer for one when no stored event is in another.
    bool scan = query.actor.has_value();
    if (query.country && !scan)
        scan = !work.exec_params(
                        "SELECT 1 FROM incidents WHERE country IS NULL OR country < $1 OR country > $1 "
                        "LIMIT 1",
                        *query.country)
                    .empty();
    std::string sql;
    if (!scan) {
        // The rollups hold a few rows per day and unit, so grouping them is cheap at any volume.
        const char* table = query.by == AggregateBy::adm2 ? "incident_rollup_adm2" : "incident_rollup_adm1";
        const char* period = period_column(query.period);
        const char* unit = query.by == AggregateBy::none ? "''::text, ''::text" : "pcode, unit";
        sql = std::string("SELECT ") + period + ", " + unit +
              ", event_type, sum(events), sum(fatalities) FROM " + table + " WHERE " + filter.where +
              " GROUP BY 1, 2, 3, 4 ORDER BY " + period + ", " +
              (query.by == AggregateBy::none ? "" : "pcode COLLATE \"C\", unit COLLATE \"C\", ") +
              "event_type COLLATE \"C\"";
        // Each row is a distinct cell in the answer's (byte) order.
        AggregateRows answer(query.period);
        for (const auto& row : run(work, sql, filter))
            answer.add_grouped(row[0].as<std::int64_t>(), row[1].c_str(), row[2].c_str(), row[3].c_str(),
                               row[4].as<std::int64_t>(), row[5].as<std::int64_t>());
        return std::move(answer).rows();
    } else {
        // An actor or a country is not in the rollups: group the live events by day, then by period below.
        filter.where += " AND NOT retired";
        if (query.actor) filter.where += actor_condition(filter, *query.actor);
        if (query.country) filter.where += " AND country = " + filter.next(*query.country);
        const char* unit = query.by == AggregateBy::none   ? "''::text, ''::text"
                           : query.by == AggregateBy::adm1 ? "coalesce(adm1_pcode, ''), coalesce(admin1, '')"
                                                           : "coalesce(adm2_pcode, ''), coalesce(admin2, '')";
        sql = std::string("SELECT day, ") + unit +
              ", event_type, count(*), coalesce(sum(fatalities), 0) FROM incidents WHERE " + filter.where +
              " GROUP BY 1, 2, 3, 4";
    }
    AggregateRows answer(query.period);
    for (const auto& row : run(work, sql, filter))
        answer.add_day(row[0].as<std::int64_t>(), row[1].c_str(), row[2].c_str(), row[3].c_str(),
                       row[4].as<std::int64_t>(), row[5].as<std::int64_t>());
    return std::move(answer).rows();
}

domain::Result<std::vector<SourceCitationCount>> count_postgres_incident_citations(pqxx::work& work) {
    std::vector<SourceCitationCount> counts;
    for (const auto& row :
         work.exec("SELECT source_id, count(*) FROM incidents WHERE NOT retired AND source_id IS NOT NULL "
                   "GROUP BY source_id ORDER BY source_id"))
        counts.push_back({row[0].c_str(), row[1].as<std::int64_t>()});
    return counts;
}

}  // namespace mssops::store
