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

void put_message(json::object& body, std::string_view field, const domain::Message& message) {
    body[std::string(field) + "_code"] = message.code;
    body[std::string(field) + "_params"] = message_params_to_json(message);
}

}  // namespace mssops::app
