#include "export/json_writer.hpp"

#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include "domain/field_value_as.hpp"

namespace mssops::exports {

namespace json = boost::json;

void write_json_members(std::ostream& out, const std::vector<ExportColumn>& columns, const ExportRow& row,
                        std::size_t skip, std::size_t skip_too) {
    bool first = true;
    for (std::size_t i = 0; i < row.size() && i < columns.size(); ++i) {
        if (i == skip || i == skip_too) continue;
        out << (first ? "" : ",") << json::serialize(json::string(columns[i].name)) << ':'
            << json::serialize(domain::field_value_as<json::value, json::array>(row[i]));
        first = false;
    }
}

JsonWriter::JsonWriter(std::ostream& out, const TableShape& shape) : out_(out), columns_(shape.columns) {
    out_ << '[';
}

void JsonWriter::row(const ExportRow& row) {
    out_ << (first_ ? "\n{" : ",\n{");
    first_ = false;
    write_json_members(out_, columns_, row);
    out_ << '}';
}

void JsonWriter::finish() {
    out_ << "\n]\n";
    out_.flush();
}

}  // namespace mssops::exports
