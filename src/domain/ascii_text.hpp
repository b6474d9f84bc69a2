#pragma once

#include <string>
#include <string_view>

namespace mssops::domain {

/// The text without the spaces and tabs around it (CSV cells, header values, HXL tags).
std::string_view trim_blanks(std::string_view text);

/// The text with ASCII letters A-Z lowered; other bytes, UTF-8 included, are kept as they are.
std::string lower_ascii(std::string_view text);

}  // namespace mssops::domain
