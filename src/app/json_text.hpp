#pragma once

#include <boost/json/array.hpp>
#include <boost/json/value.hpp>
#include <string>
#include <vector>

namespace mssops::app {

/// The strings as a JSON array.
boost::json::array texts(const std::vector<std::string>& items);
/// The text, or null when it is empty: an absent value reads as null, not as "".
boost::json::value text_or_null(const std::string& text);

}  // namespace mssops::app
