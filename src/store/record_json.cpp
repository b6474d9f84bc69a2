#include "store/record_json.hpp"

#include <boost/json/parse.hpp>

#include "domain/field_value_as.hpp"

namespace mssops::store {

namespace json = boost::json;
using domain::Error;
using domain::FieldValue;

json::value field_to_json(const FieldValue& value) {
    return domain::field_value_as<json::value, json::array>(value);
}

json::object fields_to_json(const domain::Fields& fields) {
    json::object object;
    object.reserve(fields.size());
    for (const auto& [name, value] : fields) object.emplace(name, field_to_json(value));
    return object;
}

json::object record_to_json(const domain::Record& record) {
    json::object object;
    object.reserve(record.fields.size() + 6);
    object.emplace("id", record.id);
    object.emplace("kind", record.kind);
    object.emplace("version", record.version);
    object.emplace("retired", record.retired);
    object.emplace("created_at", record.created_at);
    object.emplace("updated_at", record.updated_at);
    for (const auto& [name, value] : record.fields) object.emplace(name, field_to_json(value));
    return object;
}

json::object page_to_json(const Page& page) {
    json::array items;
    items.reserve(page.items.size());
    for (const auto& record : page.items) items.emplace_back(record_to_json(record));
    json::object object;
    object.emplace("items", std::move(items));
    object.emplace("total", page.total);
    object.emplace("limit", page.limit);
    object.emplace("offset", page.offset);
    return object;
}

domain::Result<domain::Fields> fields_from_json(const json::object& object, std::string_view prefix) {
    domain::Fields fields;
    for (const auto& member : object) {
        std::string name(member.key());
        const json::value& value = member.value();
        switch (value.kind()) {
            case json::kind::null:
                fields.emplace(name, std::monostate{});
                break;
            case json::kind::bool_:
                fields.emplace(name, value.get_bool());
                break;
            case json::kind::int64:
                fields.emplace(name, value.get_int64());
                break;
            case json::kind::uint64:
                if (value.get_uint64() > static_cast<std::uint64_t>(INT64_MAX))
                    return Error::invalid(std::string(prefix) + name, "is too large a number");
                fields.emplace(name, static_cast<std::int64_t>(value.get_uint64()));
                break;
            case json::kind::double_:
                fields.emplace(name, value.get_double());
                break;
            case json::kind::string:
                fields.emplace(name, std::string(value.get_string()));
                break;
            case json::kind::array: {
                domain::TextList list;
                const auto& array = value.get_array();
                for (std::size_t i = 0; i < array.size(); ++i) {
                    if (!array[i].is_string())
                        return Error::invalid(std::string(prefix) + name + "[" + std::to_string(i) + "]",
                                              "must be a string");
                    list.emplace_back(array[i].get_string());
                }
                fields.emplace(name, std::move(list));
                break;
            }
            case json::kind::object:
                return Error::invalid(std::string(prefix) + name,
                                      "must be a string, number, boolean or array, got object");
        }
    }
    return fields;
}

domain::Result<json::object> parse_object(std::string_view text, std::string_view what) {
    boost::system::error_code ec;
    json::value value = json::parse(text, ec);
    if (ec) return Error::bad_syntax(std::string(what), "is not valid JSON: " + ec.message());
    if (!value.is_object()) return Error::invalid(std::string(what), "must be a JSON object");
    return std::move(value.get_object());
}

}  // namespace mssops::store
