#pragma once

#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "domain/record.hpp"
#include "export/export_format.hpp"

namespace mssops::exports {

/// One column of an exported table: its header (also the JSON member and GeoJSON property name)
/// and its HXL hashtag with attributes ("#affected+killed").
struct ExportColumn {
    std::string name;
    std::string hxl;
};

/// What every format needs to know of a table besides its rows.
struct TableShape {
    std::vector<ExportColumn> columns;
    // The columns holding latitude and longitude (WGS84) when the rows have places: GeoJSON needs them.
    std::optional<std::size_t> latitude;
    std::optional<std::size_t> longitude;
    std::string title = "export";  // The XLSX sheet's name.
};

/// A row: one value per column, in the columns' order; monostate for an empty cell.
using ExportRow = std::vector<domain::FieldValue>;

/// Writes a table to a stream row by row, so a table of any length holds one row in memory.
class TableWriter {
public:
    virtual ~TableWriter() = default;
    /// Writes one row; `row` has one value per column.
    virtual void row(const ExportRow& row) = 0;
    /// Ends the file; call once, after the last row.
    virtual void finish() = 0;
    /// False once the format can hold no more rows (a spreadsheet's row limit); row() must not be
    /// called then.
    virtual bool accepts_more_rows() const { return true; }
};

/// A writer of `format` on `out`. invalid_input on "format" for GeoJSON when the table has no
/// latitude and longitude columns.
domain::Result<std::unique_ptr<TableWriter>> open_table_writer(ExportFormat format, std::ostream& out,
                                                               const TableShape& shape);

/// A cell as text: numbers in their shortest exact form, lists joined with "; ", booleans as
/// true/false, monostate as "".
std::string cell_text(const domain::FieldValue& value);

}  // namespace mssops::exports
