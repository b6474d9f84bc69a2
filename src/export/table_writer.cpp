#include "export/table_writer.hpp"

#include <charconv>

#include "export/csv_writer.hpp"
#include "export/geojson_writer.hpp"
#include "export/json_writer.hpp"
#include "export/xlsx_writer.hpp"

namespace mssops::exports {

domain::Result<std::unique_ptr<TableWriter>> open_table_writer(ExportFormat format, std::ostream& out,
                                                               const TableShape& shape) {
    switch (format) {
        case ExportFormat::csv:
            return std::unique_ptr<TableWriter>(std::make_unique<CsvWriter>(out, shape, HxlRow::no));
        case ExportFormat::hxl:
            return std::unique_ptr<TableWriter>(std::make_unique<CsvWriter>(out, shape, HxlRow::yes));
        case ExportFormat::json:
            return std::unique_ptr<TableWriter>(std::make_unique<JsonWriter>(out, shape));
        case ExportFormat::geojson:
            if (!shape.latitude || !shape.longitude)
                return domain::Error::invalid("format",
                                              "geojson needs places, and this table has no latitude and "
                                              "longitude; choose csv, hxl, json or xlsx");
            return std::unique_ptr<TableWriter>(std::make_unique<GeoJsonWriter>(out, shape));
        case ExportFormat::xlsx:
            return std::unique_ptr<TableWriter>(std::make_unique<XlsxWriter>(out, shape));
    }
    return domain::Error::invalid("format", "is not a known export format");
}

std::string cell_text(const domain::FieldValue& value) {
    struct Visitor {
        std::string operator()(std::monostate) const { return {}; }
        std::string operator()(bool flag) const { return flag ? "true" : "false"; }
        std::string operator()(std::int64_t number) const { return std::to_string(number); }
        std::string operator()(double number) const {
            // The shortest text that reads back as the same number.
            char buffer[32];
            auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, number);
            return std::string(buffer, end);
        }
        std::string operator()(const std::string& text) const { return text; }
        std::string operator()(const domain::TextList& list) const {
            std::string joined;
            for (const auto& item : list) joined += (joined.empty() ? "" : "; ") + item;
            return joined;
        }
    };
    return std::visit(Visitor{}, value);
}

}  // namespace mssops::exports
