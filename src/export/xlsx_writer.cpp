#include "export/xlsx_writer.hpp"

#include "domain/markup_text.hpp"

#include <cmath>

namespace mssops::exports {

namespace {

constexpr const char* xml_declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
constexpr const char* main_namespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
constexpr const char* relationship_namespace = "http://schemas.openxmlformats.org/package/2006/relationships";
constexpr const char* office_relationships =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
// Well under ZIP's 4 GiB entry limit, which the writer does not pass.
constexpr std::uint64_t max_sheet_bytes = 3'500'000'000;

/// "A", "B", ... "Z", "AA": the column letters of a 0-based index.
std::string column_letters(std::size_t index) {
    std::string letters;
    for (std::size_t n = index + 1; n > 0; n = (n - 1) / 26)
        letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
    return letters;
}

void append_text_cell(std::string& out, const std::string& reference, std::string_view text) {
    out += "<c r=\"" + reference + "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">";
    domain::append_markup_escaped(out, text);
    out += "</t></is></c>";
}

}  // namespace

std::string sheet_name(std::string_view title) {
    std::string name;
    for (char c : title) {
        if (std::string_view("[]:*?/\\").find(c) != std::string_view::npos) continue;
        if (static_cast<unsigned char>(c) < 0x20) continue;
        name += c;
    }
    // Cut at 31 characters, never inside a UTF-8 sequence.
    std::size_t count = 0, end = 0;
    for (std::size_t i = 0; i < name.size(); ++i) {
        if ((static_cast<unsigned char>(name[i]) & 0xc0) == 0x80) continue;
        if (count == 31) break;
        ++count;
        end = i + 1;
        while (end < name.size() && (static_cast<unsigned char>(name[end]) & 0xc0) == 0x80) ++end;
    }
    name.resize(end);
    return name.empty() ? "export" : name;
}

XlsxWriter::XlsxWriter(std::ostream& out, const TableShape& shape) : zip_(out) {
    zip_.begin_entry("[Content_Types].xml");
    zip_.write(xml_declaration);
    zip_.write(
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" "
        "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/xl/workbook.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        "<Override PartName=\"/xl/worksheets/sheet1.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        "</Types>");
    zip_.begin_entry("_rels/.rels");
    zip_.write(xml_declaration);
    zip_.write(std::string("<Relationships xmlns=\"") + relationship_namespace +
               "\"><Relationship Id=\"rId1\" Type=\"" + office_relationships +
               "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
    zip_.begin_entry("xl/workbook.xml");
    zip_.write(xml_declaration);
    std::string workbook = std::string("<workbook xmlns=\"") + main_namespace + "\" xmlns:r=\"" +
                           office_relationships + "\"><sheets><sheet name=\"";
    domain::append_markup_escaped(workbook, sheet_name(shape.title));
    workbook += "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
    zip_.write(workbook);
    zip_.begin_entry("xl/_rels/workbook.xml.rels");
    zip_.write(xml_declaration);
    zip_.write(std::string("<Relationships xmlns=\"") + relationship_namespace +
               "\"><Relationship Id=\"rId1\" Type=\"" + office_relationships +
               "/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
    zip_.begin_entry("xl/worksheets/sheet1.xml");
    zip_.write(xml_declaration);
    zip_.write(std::string("<worksheet xmlns=\"") + main_namespace + "\"><sheetData>");
    ExportRow header;
    for (const auto& column : shape.columns) header.emplace_back(column.name);
    write_row(header);
}

bool XlsxWriter::accepts_more_rows() const {
    return next_row_ <= max_xlsx_rows + 1 && zip_.entry_size() < max_sheet_bytes;
}

void XlsxWriter::row(const ExportRow& row) {
    write_row(row);
}

void XlsxWriter::write_row(const ExportRow& row) {
    const std::string number = std::to_string(next_row_++);
    line_ = "<row r=\"" + number + "\">";
    for (std::size_t i = 0; i < row.size(); ++i) {
        const std::string reference = column_letters(i) + number;
        const auto& value = row[i];
        if (std::holds_alternative<std::monostate>(value)) continue;
        if (auto* real = std::get_if<double>(&value); real && !std::isfinite(*real)) continue;
        if (std::holds_alternative<std::int64_t>(value) || std::holds_alternative<double>(value)) {
            line_ += "<c r=\"" + reference + "\"><v>" + cell_text(value) + "</v></c>";
        } else if (auto* flag = std::get_if<bool>(&value)) {
            line_ += "<c r=\"" + reference + "\" t=\"b\"><v>" + (*flag ? "1" : "0") + "</v></c>";
        } else {
            append_text_cell(line_, reference, cell_text(value));
        }
    }
    line_ += "</row>";
    zip_.write(line_);
}

void XlsxWriter::finish() {
    zip_.write("</sheetData></worksheet>");
    zip_.finish();
}

}  // namespace mssops::exports
