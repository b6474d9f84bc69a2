#include "http/json_table.hpp"

#include <algorithm>
#include <map>

#include "export/hxl_tags.hpp"

namespace mssops::http {

namespace json = boost::json;

namespace {

/// The cell a JSON value becomes, or false when it has none (an object, an array of non-strings).
bool to_cell(const json::value& value, domain::FieldValue& cell) {
    switch (value.kind()) {
        case json::kind::null:
            cell = std::monostate{};
            return true;
        case json::kind::bool_:
            cell = value.get_bool();
            return true;
        case json::kind::int64:
            cell = value.get_int64();
            return true;
        case json::kind::uint64:
            cell = static_cast<std::int64_t>(value.get_uint64());
            return true;
        case json::kind::double_:
            cell = value.get_double();
            return true;
        case json::kind::string:
            cell = std::string(value.get_string());
            return true;
        case json::kind::array: {
            domain::TextList list;
            for (const auto& item : value.get_array()) {
                if (!item.is_string()) return false;
                list.emplace_back(item.get_string());
            }
            cell = std::move(list);
            return true;
        }
        case json::kind::object:
            return false;
    }
    return false;
}

/// The item's cells by column name, nested objects one level deep as "outer.inner".
std::vector<std::pair<std::string, domain::FieldValue>> cells_of(const json::object& item) {
    std::vector<std::pair<std::string, domain::FieldValue>> cells;
    domain::FieldValue cell;
    for (const auto& member : item) {
        const std::string name(member.key());
        if (member.value().is_object()) {
            for (const auto& inner : member.value().get_object())
                if (to_cell(inner.value(), cell))
                    cells.emplace_back(name + "." + std::string(inner.key()), cell);
        } else if (to_cell(member.value(), cell)) {
            cells.emplace_back(name, cell);
        }
    }
    return cells;
}

}  // namespace

JsonTable json_table(const json::array& items, const std::string& kind, const std::string& title) {
    JsonTable table;
    table.shape.title = title;
    std::map<std::string, std::size_t> index;
    std::vector<std::vector<std::pair<std::string, domain::FieldValue>>> all;
    for (const auto& item : items) {
        if (!item.is_object()) continue;
        all.push_back(cells_of(item.get_object()));
        for (const auto& [name, value] : all.back()) {
            if (index.count(name)) continue;
            index.emplace(name, table.shape.columns.size());
            std::string field = name;
            std::replace(field.begin(), field.end(), '.', '_');
            table.shape.columns.push_back({name, exports::hxl_tag(kind, field)});
            if (name == "latitude") table.shape.latitude = index[name];
            if (name == "longitude") table.shape.longitude = index[name];
        }
    }
    for (auto& cells : all) {
        exports::ExportRow row(table.shape.columns.size());
        for (auto& [name, value] : cells) row[index[name]] = std::move(value);
        table.rows.push_back(std::move(row));
    }
    return table;
}

}  // namespace mssops::http
