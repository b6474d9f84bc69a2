#include "store/sqlite/sqlite_incident_queries.hpp"

#include <chrono>

#include "domain/partial_date.hpp"
#include "store/aggregate_rows.hpp"
#include "store/query_checks.hpp"
#include "store/sqlite/sqlite_filter.hpp"
#include "store/sqlite/sqlite_incident_rows.hpp"

namespace mssops::store {
namespace {

std::int64_t day_number(const std::string& iso_day) {
    // check_incident_query() or the caller has validated the text.
    auto day = domain::parse_iso_day(iso_day, "date");
    return day ? day->time_since_epoch().count() : 0;
}

void add_common(SqliteFilter& filter, const std::optional<std::string>& from,
                const std::optional<std::string>& to, const std::vector<std::string>& event_types) {
    if (from) filter.add("day >= ?", {day_number(*from)});
    if (to) filter.add("day <= ?", {day_number(*to)});
    if (!event_types.empty()) {
        std::string marks;
        std::vector<SqliteParameter> values;
        for (const auto& type : event_types) {
            marks += marks.empty() ? "?" : ", ?";
            values.emplace_back(type);
        }
        filter.add("event_type IN (" + marks + ")", std::move(values));
    }
}

SqliteFilter incident_filter(const IncidentQuery& query) {
    SqliteFilter filter;
    if (!query.include_retired) filter.where += " AND retired = 0";
    add_common(filter, query.from, query.to, query.event_types);
    if (query.actor) filter.add("(actor1 = ? OR actor2 = ?)", {*query.actor, *query.actor});
    if (query.admin1) filter.add("admin1 = ?", {*query.admin1});
    if (query.adm1_pcode) filter.add("adm1_pcode = ?", {*query.adm1_pcode});
    if (query.adm2_pcode) filter.add("adm2_pcode = ?", {*query.adm2_pcode});
    if (query.country) filter.add("country = ?", {*query.country});
    if (query.source_id) filter.add("source_id = ?", {*query.source_id});
    return filter;
}

}  // namespace

domain::Result<Page> list_incidents(SqliteConnection& connection, const IncidentQuery& query) {
    SqliteFilter filter = incident_filter(query);
    Page page;
    page.limit = query.limit;
    page.offset = query.offset;
    auto count = connection.prepare("SELECT count(*) FROM incidents WHERE " + filter.where);
    if (!count) return count.error();
    bind_all(*count, filter.parameters);
    if (auto row = count->step(); !row) return row.error();
    page.total = count->integer(0);

    auto rows = connection.prepare("SELECT " + incident_select_columns() + " FROM incidents WHERE " +
                                   filter.where + " ORDER BY day DESC, id DESC LIMIT ? OFFSET ?");
    if (!rows) return rows.error();
    bind_all(*rows, filter.parameters);
    const int next = static_cast<int>(filter.parameters.size()) + 1;
    rows->bind(next, query.limit).bind(next + 1, query.offset);
    for (;;) {
        auto row = rows->step();
        if (!row) return row.error();
        if (!*row) break;
        page.items.push_back(read_incident(*rows).record);
    }
    return page;
}

domain::Result<void> each_incident(SqliteConnection& connection, const IncidentQuery& query,
                                   const std::function<void(const domain::Record&)>& visit) {
    SqliteFilter filter = incident_filter(query);
    auto rows = connection.prepare("SELECT " + incident_select_columns() + " FROM incidents WHERE " +
                                   filter.where + " ORDER BY day DESC, id DESC");
    if (!rows) return rows.error();
    bind_all(*rows, filter.parameters);
    for (;;) {
        auto row = rows->step();
        if (!row) return row.error();
        if (!*row) return {};
        visit(read_incident(*rows).record);
    }
}

domain::Result<std::vector<AggregateRow>> aggregate_incidents(SqliteConnection& connection,
                                                              const AggregateQuery& query) {
    if (auto ok = check_aggregate_query(query); !ok) return ok.error();
    SqliteFilter filter;
    add_common(filter, query.from, query.to, query.event_types);
    // The rollups hold no country; they answer for one when no stored event is in another.
    bool scan = query.actor.has_value();
    if (query.country && !scan) {
        auto other = connection.prepare(
            "SELECT 1 FROM incidents WHERE country IS NULL OR country < ? OR country > ? LIMIT 1");
        if (!other) return other.error();
        other->bind(1, *query.country).bind(2, *query.country);
        auto found = other->step();
        if (!found) return found.error();
        scan = *found;
    }
    std::string sql;
    if (!scan) {
        // The rollups hold a few rows per day and unit, so grouping them is cheap at any volume.
        const char* table = query.by == AggregateBy::adm2 ? "incident_rollup_adm2" : "incident_rollup_adm1";
        const char* period = period_column(query.period);
        // Bounding the period column too lets SQLite range-scan the covering (week|month, ...) index.
        if (query.period != domain::IncidentPeriod::day) {
            auto bound = [&](const std::string& day) {
                std::chrono::sys_days value{std::chrono::days{day_number(day)}};
                return domain::period_start(value, query.period).time_since_epoch().count();
            };
            if (query.from) filter.add(std::string(period) + " >= ?", {bound(*query.from)});
            if (query.to) filter.add(std::string(period) + " <= ?", {bound(*query.to)});
        }
        const char* unit = query.by == AggregateBy::none ? "'', ''" : "pcode, unit";
        sql = std::string("SELECT ") + period + ", " + unit +
              ", event_type, sum(events), sum(fatalities) FROM " + table + " WHERE " + filter.where +
              " GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4";
    } else {
        // An actor or a country is not in the rollups: group the live events by day, then by period below.
        filter.where += " AND retired = 0";
        if (query.actor) filter.add("(actor1 = ? OR actor2 = ?)", {*query.actor, *query.actor});
        if (query.country) filter.add("country = ?", {*query.country});
        const char* unit = query.by == AggregateBy::none   ? "'', ''"
                           : query.by == AggregateBy::adm1 ? "coalesce(adm1_pcode, ''), coalesce(admin1, '')"
                                                           : "coalesce(adm2_pcode, ''), coalesce(admin2, '')";
        sql = std::string("SELECT day, ") + unit +
              ", event_type, count(*), coalesce(sum(fatalities), 0) FROM incidents WHERE " + filter.where +
              " GROUP BY 1, 2, 3, 4";
    }
    auto rows = connection.prepare(sql);
    if (!rows) return rows.error();
    bind_all(*rows, filter.parameters);
    AggregateRows answer(query.period);
    for (;;) {
        auto row = rows->step();
        if (!row) return row.error();
        if (!*row) return std::move(answer).rows();
        if (scan)
            answer.add_day(rows->integer(0), rows->text(1), rows->text(2), rows->text(3), rows->integer(4),
                           rows->integer(5));
        else
            answer.add_grouped(rows->integer(0), rows->text(1), rows->text(2), rows->text(3),
                               rows->integer(4), rows->integer(5));
    }
}

domain::Result<std::vector<SourceCitationCount>> count_incident_citations(SqliteConnection& connection) {
    auto rows = connection.prepare(
        "SELECT source_id, count(*) FROM incidents WHERE retired = 0 AND source_id IS NOT NULL "
        "GROUP BY source_id ORDER BY source_id");
    if (!rows) return rows.error();
    std::vector<SourceCitationCount> counts;
    for (;;) {
        auto row = rows->step();
        if (!row) return row.error();
        if (!*row) return counts;
        counts.push_back({rows->text(0), rows->integer(1)});
    }
}

}  // namespace mssops::store
