#include "export/csv_writer.hpp"

namespace mssops::exports {

void write_csv_field(std::ostream& out, const std::string& text) {
    bool quote = text.find_first_of(",\"\r\n") != std::string::npos ||
                 (!text.empty() && (text.front() == ' ' || text.back() == ' '));
    if (!quote) {
        out << text;
        return;
    }
    out << '"';
    for (char c : text) {
        if (c == '"') out << '"';
        out << c;
    }
    out << '"';
}

CsvWriter::CsvWriter(std::ostream& out, const TableShape& shape, HxlRow hxl) : out_(out) {
    for (std::size_t i = 0; i < shape.columns.size(); ++i) {
        if (i) out_ << ',';
        write_csv_field(out_, shape.columns[i].name);
    }
    out_ << "\r\n";
    if (hxl == HxlRow::no) return;
    for (std::size_t i = 0; i < shape.columns.size(); ++i) out_ << (i ? "," : "") << shape.columns[i].hxl;
    out_ << "\r\n";
}

void CsvWriter::row(const ExportRow& row) {
    for (std::size_t i = 0; i < row.size(); ++i) {
        if (i) out_ << ',';
        write_csv_field(out_, cell_text(row[i]));
    }
    out_ << "\r\n";
}

void CsvWriter::finish() {
    out_.flush();
}

}  // namespace mssops::exports
