// Feeds arbitrary bytes to the request-target path every API request takes: the origin-form parser,
// the path segment decoder and each kind's list query reader.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "domain/kind_catalog.hpp"
#include "domain/verify.hpp"
#include "http/list_query.hpp"
#include "http/request_target.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace mssops;
    std::string_view text(reinterpret_cast<const char*>(data), size);
    auto target = http::parse_request_target(text);
    if (!target) return 0;
    // Decoded query text reaches JSON answers and SQL parameters: it must be UTF-8.
    for (const auto& [key, value] : target->query) {
        MSSOPS_VERIFY(http::is_valid_utf8(key));
        MSSOPS_VERIFY(http::is_valid_utf8(value));
    }
    std::string_view path = target->path;
    while (!path.empty()) {
        auto slash = path.find('/', 1);
        auto segment = path.substr(1, slash == std::string_view::npos ? std::string_view::npos : slash - 1);
        if (auto decoded = http::decode_path_segment(segment, "path"))
            MSSOPS_VERIFY(http::is_valid_utf8(*decoded));
        if (slash == std::string_view::npos) break;
        path.remove_prefix(slash);
    }
    for (const auto& kind : domain::all_kinds()) {
        auto query = http::parse_list_query(kind, target->query);
        if (!query) continue;
        MSSOPS_VERIFY(query->limit >= 1 && query->limit <= 1000);
        MSSOPS_VERIFY(query->offset >= 0);
    }
    return 0;
}
