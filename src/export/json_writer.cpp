#include "export/json_writer.hpp"

#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

namespace mssops::exports {

namespace json = boost::json;

namespace {

json::value cell_json(const domain::FieldValue& value) {
    struct Visitor {
        json::value operator()(std::monostate) const { return nullptr; }
        json::value operator()(bool flag) const { return flag; }
        json::value operator()(std::int64_t number) const { return number; }
        json::value operator()(double number) const { return number; }
        json::value operator()(const std::string& text) const { return json::string(text); }
        json::value operator()(const domain::TextList& list) const {
            json::array array;
            for (const auto& item : list) array.emplace_back(json::string(item));
            return array;
        }
    };
    return std::visit(Visitor{}, value);
}

}  // namespace

void write_json_members(std::ostream& out, const std::vector<ExportColumn>& columns, const ExportRow& row,
                        std::size_t skip, std::size_t skip_too) {
    bool first = true;
    for (std::size_t i = 0; i < row.size() && i < columns.size(); ++i) {
        if (i == skip || i == skip_too) continue;
        out << (first ? "" : ",") << json::serialize(json::string(columns[i].name)) << ':'
            << json::serialize(cell_json(row[i]));
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
