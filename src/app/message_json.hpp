#pragma once

#include <boost/json/object.hpp>
#include <string_view>

#include "domain/message.hpp"

namespace mssops::app {

/// A message's parameters as JSON: {"name": "value", "nested": {"code": ..., "params": {...}}}.
boost::json::object message_params_to_json(const domain::Message& message);

/// The message as {"code": ..., "params": {...}}, nested messages within, as the API nests them.
boost::json::object message_to_json(const domain::Message& message);
/// The message message_to_json() wrote; a message of code "" when `value` is not such an object.
domain::Message message_from_json(const boost::json::value& value);

/// Adds `<field>_code` and `<field>_params` beside the English `<field>` of `body`, so a client can say
/// the sentence in its language (the dashboard's catalogs key it "server.<code>").
void put_message(boost::json::object& body, std::string_view field, const domain::Message& message);

}  // namespace mssops::app
