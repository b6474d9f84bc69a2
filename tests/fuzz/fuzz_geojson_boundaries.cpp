// Feeds arbitrary bytes to the GeoJSON boundary reader, read as UTF-8 (checked) and as windows-1252,
// by COD-AB property names and through a crosswalk.
#include <cstddef>
#include <cstdint>
#include <string>

#include "domain/text_encoding.hpp"
#include "domain/verify.hpp"
#include "ingest/boundary_reader.hpp"

namespace {

using namespace mssops;

/// Everything the reader returns is text the store accepts: valid UTF-8 in every field.
void check_units(const domain::Result<std::vector<domain::Fields>>& units) {
    if (!units) {
        // An error is shown as problem+json or on a terminal: it must be text too.
        MSSOPS_VERIFY(domain::is_valid_utf8(units.error().field) &&
                      domain::is_valid_utf8(units.error().message));
        return;
    }
    MSSOPS_VERIFY(!units->empty());
    for (const auto& unit : *units)
        for (const auto& [name, value] : unit)
            if (const auto* text = std::get_if<std::string>(&value))
                MSSOPS_VERIFY(domain::is_valid_utf8(*text));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    ingest::BoundaryOptions options;
    options.source_id = "fuzz";
    check_units(ingest::read_geojson_boundaries(text, "fuzz.geojson", options));
    options.encoding = domain::TextEncoding::windows_1252;
    options.level = 2;
    check_units(ingest::read_geojson_boundaries(text, "fuzz.geojson", options));
    ingest::BoundaryOptions crosswalk;
    crosswalk.source_id = "fuzz";
    crosswalk.code_property = "code_hasc";
    crosswalk.name_property = "name";
    crosswalk.crosswalk = {{"HT.OU", "HT01"}, {"HT.NO", "HT09"}};
    check_units(ingest::read_geojson_boundaries(text, "fuzz.geojson", crosswalk));
    return 0;
}
