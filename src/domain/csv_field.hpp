#pragma once

#include <string>
#include <string_view>

namespace mssops::domain {

/// `text` as one RFC 4180 CSV field: as it is, or in double quotes with inner quotes doubled when it
/// holds a comma, a quote or a line break, or starts or ends with a space.
std::string csv_field(std::string_view text);

}  // namespace mssops::domain
