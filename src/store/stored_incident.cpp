#include "store/stored_incident.hpp"

#include "domain/kind_names.hpp"
#include "store/incident_columns.hpp"

namespace mssops::store {

const std::string& incident_select_columns() {
    static const std::string columns = [] {
        std::string text = "id, version, retired, created_at, updated_at, content_hash";
        for (const auto& column : incident_columns()) text += ", " + std::string(column.name);
        return text;
    }();
    return columns;
}

StoredIncident read_stored_incident(const StoredRow& row) {
    StoredIncident stored;
    domain::Record& record = stored.record;
    record.kind = domain::kinds::incidents;
    record.id = row.integer(0);
    record.version = row.integer(1);
    record.retired = row.flag(2);
    record.created_at = row.text(3);
    record.updated_at = row.text(4);
    stored.content_hash = row.integer(5);
    int index = incident_first_field_column;
    for (const auto& column : incident_columns()) {
        const int at = index++;
        if (row.is_null(at)) continue;
        std::string name(column.name);
        switch (column.type) {
            case ColumnType::text:
                record.fields.emplace(std::move(name), row.text(at));
                break;
            case ColumnType::integer:
                record.fields.emplace(std::move(name), row.integer(at));
                break;
            case ColumnType::real:
                record.fields.emplace(std::move(name), row.real(at));
                break;
        }
    }
    return stored;
}

void normalise_incident_fields(domain::Fields& fields) {
    for (const auto& column : incident_columns()) {
        if (column.type != ColumnType::real) continue;
        auto it = fields.find(column.name);
        if (it == fields.end()) continue;
        if (auto* whole = std::get_if<std::int64_t>(&it->second)) it->second = static_cast<double>(*whole);
    }
}

}  // namespace mssops::store
