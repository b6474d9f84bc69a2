#include "store/alert_store.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

namespace mssops::store {

std::string string_list_text(const std::vector<std::string>& values) {
    boost::json::array array;
    for (const auto& value : values) array.emplace_back(value);
    return boost::json::serialize(array);
}

std::vector<std::string> string_list_of(std::string_view text) {
    std::vector<std::string> values;
    boost::system::error_code ec;
    auto parsed = boost::json::parse(text, ec);
    if (ec || !parsed.is_array()) return values;
    for (const auto& value : parsed.as_array())
        if (value.is_string()) values.emplace_back(value.as_string());
    return values;
}

}  // namespace mssops::store
