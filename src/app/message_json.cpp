#include "app/message_json.hpp"

#include <string>

namespace mssops::app {

namespace json = boost::json;

json::object message_params_to_json(const domain::Message& message) {
    json::object params;
    for (const auto& [name, value] : message.params) params[name] = value;
    for (const auto& nested : message.nested)
        if (!nested.message.empty())
            params[nested.name] = json::object{{"code", nested.message.front().code},
                                               {"params", message_params_to_json(nested.message.front())}};
    return params;
}

json::object message_to_json(const domain::Message& message) {
    return json::object{{"code", message.code}, {"params", message_params_to_json(message)}};
}

namespace {

// Alerts stored before a contingent's country and personnel type were parameters of their own hold one
// "contingent" ("KEN police", country code then type): split it, so a catalog that names the country
// finds both instead of leaving the country blank. A contingent that does not split stays the country.
void split_contingent(domain::Message& message) {
    const std::string* contingent = message.param("contingent");
    if (!contingent || message.param("country")) return;
    std::string country = *contingent;
    std::string personnel;
    if (auto space = contingent->rfind(' '); space != std::string::npos) {
        country = contingent->substr(0, space);
        personnel = contingent->substr(space + 1);
    }
    message.with("country", std::move(country)).with("personnel", std::move(personnel));
}

}  // namespace

domain::Message message_from_json(const json::value& value) {
    domain::Message message;
    const auto* object = value.if_object();
    if (!object) return message;
    if (const auto* code = object->if_contains("code"); code && code->is_string())
        message.code = std::string(code->get_string());
    const auto* params = object->if_contains("params");
    if (!params || !params->is_object()) return message;
    for (const auto& [name, param] : params->get_object()) {
        // Plain parameters are text; a parameter that is an object is a sentence of its own.
        if (param.is_string())
            message.with(std::string(name), std::string(param.get_string()));
        else if (param.is_object())
            message.with(std::string(name), message_from_json(param));
    }
    split_contingent(message);
    return message;
}

void put_message(json::object& body, std::string_view field, const domain::Message& message) {
    body[std::string(field) + "_code"] = message.code;
    body[std::string(field) + "_params"] = message_params_to_json(message);
}

}  // namespace mssops::app
