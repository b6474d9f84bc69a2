#include "store/query_checks.hpp"

#include "domain/partial_date.hpp"
#include "store/record_errors.hpp"

namespace mssops::store {

using domain::Error;
using domain::KindSpec;

namespace {

domain::Result<void> check_day(const std::optional<std::string>& day, std::string_view field) {
    if (!day) return {};
    auto parsed = domain::parse_iso_day(*day, field);
    if (!parsed) return parsed.error();
    return {};
}

}  // namespace

domain::Result<const KindSpec*> stored_kind(std::string_view name) {
    const KindSpec* kind = domain::find_kind(name);
    if (kind && kind->storage == domain::KindStorage::own_table)
        return Error::invalid("kind", kind->name + " are kept by the incident store, not the record store");
    if (!kind)
        return Error::invalid("kind",
                              "must be a record kind such as sources or missions, got " + in_quotes(name));
    return kind;
}

domain::Result<const KindSpec*> check_list_query(const ListQuery& query) {
    auto kind = stored_kind(query.kind);
    if (!kind) return kind.error();
    const KindSpec& spec = **kind;
    if (query.limit != ListQuery::every && (query.limit < 1 || query.limit > max_page_size))
        return Error::invalid("limit", "must be between 1 and 1000, got " + std::to_string(query.limit));
    if (query.offset < 0)
        return Error::invalid("offset", "must be 0 or more, got " + std::to_string(query.offset));
    if (auto day = check_day(query.from, "from"); !day) return day.error();
    if (auto day = check_day(query.to, "to"); !day) return day.error();
    if (query.from && query.to && *query.from > *query.to)
        return Error::invalid("from", "must not be after to (" + *query.to + "), got " + *query.from);
    if ((query.from || query.to) && spec.date_field.empty())
        return Error::invalid(query.from ? "from" : "to", spec.name + " have no date to filter on");
    if (query.country && spec.country_field.empty())
        return Error::invalid("country", spec.name + " have no country to filter on");
    if (query.mission && spec.mission_field.empty())
        return Error::invalid("mission", spec.name + " have no mission to filter on");
    for (const auto& [name, value] : query.equals)
        if (!spec.field(name)) return Error::invalid(name, spec.name + " have no field " + in_quotes(name));
    return kind;
}

domain::Result<void> check_incident_query(const IncidentQuery& query, bool paged) {
    if (auto day = check_day(query.from, "from"); !day) return day.error();
    if (auto day = check_day(query.to, "to"); !day) return day.error();
    if (!paged) return {};
    if (query.limit < 1 || query.limit > max_page_size)
        return Error::invalid("limit", "must be between 1 and 1000, got " + std::to_string(query.limit));
    if (query.offset < 0)
        return Error::invalid("offset", "must be 0 or more, got " + std::to_string(query.offset));
    return {};
}

domain::Result<void> check_aggregate_query(const AggregateQuery& query) {
    if (auto day = check_day(query.from, "from"); !day) return day.error();
    return check_day(query.to, "to");
}

domain::Result<void> check_audit_query(const AuditQuery& query) {
    if (query.limit < 1 || query.limit > max_page_size)
        return Error::invalid("limit", "must be between 1 and 1000, got " + std::to_string(query.limit));
    if (query.offset < 0)
        return Error::invalid("offset", "must be 0 or more, got " + std::to_string(query.offset));
    return {};
}

}  // namespace mssops::store
