#pragma once

#include <ostream>

#include "export/table_writer.hpp"

namespace mssops::exports {

/// A JSON array with one object per row, members named after the columns in their order; numbers
/// stay numbers, lists arrays, empty cells null. One row per line, so a reader may also split lines.
class JsonWriter : public TableWriter {
public:
    JsonWriter(std::ostream& out, const TableShape& shape);
    void row(const ExportRow& row) override;
    void finish() override;

private:
    std::ostream& out_;
    const std::vector<ExportColumn> columns_;
    bool first_ = true;
};

/// Writes the row's cells as the members of one JSON object, leaving out the column `skip` and
/// `skip_too` (npos for none).
void write_json_members(std::ostream& out, const std::vector<ExportColumn>& columns, const ExportRow& row,
                        std::size_t skip = std::string::npos, std::size_t skip_too = std::string::npos);

}  // namespace mssops::exports
