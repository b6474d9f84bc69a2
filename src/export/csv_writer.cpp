#include "export/csv_writer.hpp"

#include "domain/csv_field.hpp"

namespace mssops::exports {

CsvWriter::CsvWriter(std::ostream& out, const TableShape& shape, HxlRow hxl) : out_(out) {
    for (std::size_t i = 0; i < shape.columns.size(); ++i) {
        if (i) out_ << ',';
        out_ << domain::csv_field(shape.columns[i].name);
    }
    out_ << "\r\n";
    if (hxl == HxlRow::no) return;
    for (std::size_t i = 0; i < shape.columns.size(); ++i) out_ << (i ? "," : "") << shape.columns[i].hxl;
    out_ << "\r\n";
}

void CsvWriter::row(const ExportRow& row) {
    for (std::size_t i = 0; i < row.size(); ++i) {
        if (i) out_ << ',';
        out_ << domain::csv_field(cell_text(row[i]));
    }
    out_ << "\r\n";
}

void CsvWriter::finish() {
    out_.flush();
}

}  // namespace mssops::exports
