#pragma once

#include <ostream>

#include "export/table_writer.hpp"

namespace mssops::exports {

/// Whether a CSV carries the HXL hashtag row under its header.
enum class HxlRow { no, yes };

/// RFC 4180 CSV: a header row of column names, optionally the HXL hashtag row
/// (https://hxlstandard.org/standard/1-1final/), then one line per row; lines end in CRLF.
class CsvWriter : public TableWriter {
public:
    /// Writes the header (and hashtag row) at once.
    CsvWriter(std::ostream& out, const TableShape& shape, HxlRow hxl);
    void row(const ExportRow& row) override;
    void finish() override;

private:
    std::ostream& out_;
};

}  // namespace mssops::exports
