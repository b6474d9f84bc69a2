// Feeds arbitrary bytes to the path every API request body takes: parse, convert, validate.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "domain/kind_catalog.hpp"
#include "domain/record_validation.hpp"
#include "store/record_json.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    auto object = mssops::store::parse_object(text, "body");
    if (!object) return 0;
    auto fields = mssops::store::fields_from_json(*object);
    if (!fields) return 0;
    for (const auto& kind : mssops::domain::all_kinds()) {
        (void)mssops::domain::validate_fields(kind, *fields, mssops::domain::Completeness::whole_record);
        (void)mssops::domain::validate_fields(kind, *fields, mssops::domain::Completeness::changes_only);
    }
    return 0;
}
