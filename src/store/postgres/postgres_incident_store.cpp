#include "store/postgres/postgres_incident_store.hpp"

#include "domain/record_validation.hpp"
#include "store/incident_importer.hpp"
#include "store/incident_transaction.hpp"
#include "store/postgres/postgres_incident_queries.hpp"
#include "store/postgres/postgres_incident_rows.hpp"
#include "store/query_checks.hpp"

namespace mssops::store {

using domain::Fields;
using domain::Record;
using domain::Result;

template <>
Result<Record> PostgresIncidentStore::create(const Fields& fields, const Actor& who) {
    auto valid = domain::validate_fields(incident_kind(), fields, domain::Completeness::whole_record);
    if (!valid) return valid.error();
    return database_.write([&](pqxx::work& work) {
        PostgresIncidentRowWriter rows(work);
        return IncidentTransaction(rows).create(*valid, who);
    });
}

template <>
Result<Record> PostgresIncidentStore::get(std::int64_t id) {
    return database_.read([&](pqxx::work& work) {
        PostgresIncidentRowWriter rows(work);
        return IncidentTransaction(rows).get(id);
    });
}

template <>
Result<Record> PostgresIncidentStore::find_by_key(std::string_view key) {
    return database_.read([&](pqxx::work& work) {
        PostgresIncidentRowWriter rows(work);
        return IncidentTransaction(rows).find_by_key(key);
    });
}

template <>
Result<Record> PostgresIncidentStore::update(std::int64_t id, const Fields& changes, const Actor& who,
                                             std::optional<std::int64_t> expected_version) {
    return database_.write([&](pqxx::work& work) {
        PostgresIncidentRowWriter rows(work);
        return IncidentTransaction(rows).update(id, changes, who, expected_version);
    });
}

template <>
Result<Record> PostgresIncidentStore::retire(std::int64_t id, const Actor& who) {
    return database_.write([&](pqxx::work& work) {
        PostgresIncidentRowWriter rows(work);
        return IncidentTransaction(rows).retire(id, who);
    });
}

template <>
Result<Page> PostgresIncidentStore::list(const IncidentQuery& query) {
    if (auto ok = check_incident_query(query, true); !ok) return ok.error();
    return database_.read([&](pqxx::work& work) { return list_postgres_incidents(work, query); });
}

template <>
Result<void> PostgresIncidentStore::each(const IncidentQuery& query,
                                         const std::function<void(const Record&)>& visit) {
    if (auto ok = check_incident_query(query, false); !ok) return ok;
    return database_.read([&](pqxx::work& work) -> Result<void> {
        each_postgres_incident(work, query, visit);
        return {};
    });
}

template <>
Result<std::vector<AggregateRow>> PostgresIncidentStore::aggregate(const AggregateQuery& query) {
    return database_.read([&](pqxx::work& work) { return aggregate_postgres_incidents(work, query); });
}

template <>
Result<std::vector<SourceCitationCount>> PostgresIncidentStore::citation_counts() {
    return database_.read([&](pqxx::work& work) { return count_postgres_incident_citations(work); });
}

template <>
Result<ImportCounts> PostgresIncidentStore::import(const Actor& who, const ImportWork& work) {
    return database_.write([&](pqxx::work& transaction) {
        PostgresIncidentRowWriter rows(transaction);
        return run_incident_import(rows, who, work);
    });
}

}  // namespace mssops::store
