#include "http/request_body.hpp"

#include <charconv>
#include <string_view>

#include "store/record_json.hpp"

namespace mssops::http {

domain::Result<domain::Fields> body_fields(const Request& request) {
    auto object = store::parse_object(request.body, "body");
    if (!object) return object.error();
    return store::fields_from_json(*object);
}

domain::Result<std::optional<std::int64_t>> expected_version(const Request& request) {
    std::string text = request.header("if-match");
    if (text.empty() || text == "*") return std::optional<std::int64_t>();
    std::string_view tag = text;
    if (tag.rfind("W/", 0) == 0) tag.remove_prefix(2);
    if (tag.size() >= 2 && tag.front() == '"' && tag.back() == '"') tag = tag.substr(1, tag.size() - 2);
    std::int64_t version = 0;
    auto [end, ec] = std::from_chars(tag.data(), tag.data() + tag.size(), version);
    if (ec != std::errc() || end != tag.data() + tag.size() || version < 1)
        return domain::Error::bad_syntax(
            "If-Match", "must be the record's version as an entity tag such as \"3\", got " + text);
    return std::optional<std::int64_t>(version);
}

}  // namespace mssops::http
