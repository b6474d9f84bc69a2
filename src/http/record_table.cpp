#include "http/record_table.hpp"

#include "domain/field_access.hpp"
#include "domain/kind_names.hpp"
#include "export/hxl_tags.hpp"
#include "ingest/incident_export.hpp"

namespace mssops::http {

void RecordTable::add(std::string name, std::string field, std::string hxl) {
    if (field == "latitude") shape_.latitude = shape_.columns.size();
    if (field == "longitude") shape_.longitude = shape_.columns.size();
    shape_.columns.push_back({std::move(name), std::move(hxl)});
    fields_.push_back(std::move(field));
}

RecordTable RecordTable::incidents(const domain::Principal& reader) {
    RecordTable table;
    table.shape_.title = "incidents";
    for (const auto& column : ingest::export_columns()) {
        std::string field = *column.field ? column.field : "@year";
        if (*column.field && !domain::may_read_field(reader, domain::kinds::incidents, field)) continue;
        table.add(column.name, std::move(field), column.hxl);
    }
    return table;
}

RecordTable RecordTable::of_kind(const domain::KindSpec& kind, const domain::Principal& reader) {
    RecordTable table;
    table.shape_.title = kind.name;
    table.add("id", "@id", exports::hxl_tag(kind.name, "id"));
    for (const auto& field : kind.fields) {
        if (!domain::may_read_field(reader, kind.name, field.name)) continue;
        table.add(field.name, field.name, exports::hxl_tag(kind.name, field.name));
    }
    return table;
}

exports::ExportRow RecordTable::row(const domain::Record& record) const {
    exports::ExportRow row;
    row.reserve(fields_.size());
    for (const auto& field : fields_) {
        if (field == "@id") {
            row.emplace_back(record.id);
        } else if (field == "@year") {
            auto* date = record.text("date");
            row.emplace_back(date ? domain::FieldValue(date->substr(0, 4)) : domain::FieldValue());
        } else {
            auto found = record.fields.find(field);
            row.push_back(found == record.fields.end() ? domain::FieldValue() : found->second);
        }
    }
    return row;
}

}  // namespace mssops::http
