#include "domain/csv_field.hpp"

namespace mssops::domain {

std::string csv_field(std::string_view text) {
    // Readers commonly trim a bare field's edge spaces; quotes keep them.
    bool quote = text.find_first_of(",\"\r\n") != std::string_view::npos ||
                 (!text.empty() && (text.front() == ' ' || text.back() == ' '));
    if (!quote) return std::string(text);
    std::string quoted = "\"";
    for (char c : text) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    quoted += '"';
    return quoted;
}

}  // namespace mssops::domain
