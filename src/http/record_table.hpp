#pragma once

#include <string>
#include <vector>

#include "domain/kind_catalog.hpp"
#include "domain/principal.hpp"
#include "domain/record.hpp"
#include "export/table_writer.hpp"

namespace mssops::http {

/// How records of one kind become the rows of an export: which columns, under which names and HXL
/// tags, holding only the fields the reader may read (domain::may_read_field).
class RecordTable {
public:
    /// Incidents under ACLED's column names and HDX's tags, as `mssops incidents export` writes them.
    static RecordTable incidents(const domain::Principal& reader);
    /// Records of `kind`: "id", then the kind's fields in the catalog's order.
    static RecordTable of_kind(const domain::KindSpec& kind, const domain::Principal& reader);

    const exports::TableShape& shape() const { return shape_; }
    /// The record's cells, one per column.
    exports::ExportRow row(const domain::Record& record) const;

private:
    void add(std::string name, std::string field, std::string hxl);

    exports::TableShape shape_;
    std::vector<std::string> fields_;  // Per column: a field name, or "@id", "@year".
};

}  // namespace mssops::http
