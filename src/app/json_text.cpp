#include "app/json_text.hpp"

namespace mssops::app {

boost::json::array texts(const std::vector<std::string>& items) {
    boost::json::array array;
    for (const auto& item : items) array.emplace_back(item);
    return array;
}

boost::json::value text_or_null(const std::string& text) {
    if (text.empty()) return nullptr;
    return boost::json::string(text);
}

}  // namespace mssops::app
