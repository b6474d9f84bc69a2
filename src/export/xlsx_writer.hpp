#pragma once

#include <cstdint>
#include <ostream>

#include "export/table_writer.hpp"
#include "export/zip_writer.hpp"

namespace mssops::exports {

/// The most data rows one XLSX sheet holds: a spreadsheet has 1,048,576 rows, one is the header.
constexpr std::int64_t max_xlsx_rows = 1'048'575;

/// An Office Open XML workbook (ECMA-376) with one sheet: a header row of the column names, then one
/// row per row; numbers are numeric cells, text inline strings. Streamed: the sheet is deflated as
/// rows come.
class XlsxWriter : public TableWriter {
public:
    /// Writes the workbook's fixed parts and opens the sheet named after `shape.title`.
    XlsxWriter(std::ostream& out, const TableShape& shape);
    void row(const ExportRow& row) override;
    void finish() override;
    bool accepts_more_rows() const override;

private:
    void write_row(const ExportRow& row);

    ZipWriter zip_;
    std::int64_t next_row_ = 1;
    std::string line_;  // One row's XML, reused.
};

/// The name a sheet may have: at most 31 characters, none of []:*?/\, not empty.
std::string sheet_name(std::string_view title);

}  // namespace mssops::exports
