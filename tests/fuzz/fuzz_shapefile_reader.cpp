// Feeds arbitrary bytes to the shapefile boundary reader as one file of a shapefile set whose other
// files are valid: the first byte picks the file (0 .dbf, 1 .shp, 2 .shx, 3 .cpg), the rest is its
// content. shapelib reads by path, so the set is written to a folder of this process's own.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include "domain/text_encoding.hpp"
#include "domain/verify.hpp"
#include "ingest/boundary_reader.hpp"
#include "unit/ingest/shapefile_set.hpp"

namespace {

using namespace mssops;

const std::filesystem::path& folder() {
    static const std::filesystem::path made = [] {
        std::string pattern = (std::filesystem::temp_directory_path() / "fuzz-shp-XXXXXX").string();
        MSSOPS_VERIFY(mkdtemp(pattern.data()) != nullptr);
        return std::filesystem::path(pattern);
    }();
    return made;
}

void write(const std::filesystem::path& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
}

/// Everything the reader returns is text the store accepts: valid UTF-8 in every field.
void check_units(const domain::Result<std::vector<domain::Fields>>& units) {
    if (!units) {
        // An error is shown as problem+json or on a terminal: it must be text too.
        MSSOPS_VERIFY(domain::is_valid_utf8(units.error().field) &&
                      domain::is_valid_utf8(units.error().message));
        return;
    }
    for (const auto& unit : *units)
        for (const auto& [name, value] : unit)
            if (const auto* text = std::get_if<std::string>(&value))
                MSSOPS_VERIFY(domain::is_valid_utf8(*text));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 1) return 0;
    const std::string content(reinterpret_cast<const char*>(data) + 1, size - 1);
    auto set = test_support::one_unit_shapefile(0x57,
                                                "N\xF2"
                                                "dw\xE8s");
    const auto base = folder() / "unit";
    std::filesystem::remove(folder() / "unit.cpg");
    switch (data[0] % 4) {
        case 0:
            set.dbf = content;
            break;
        case 1:
            set.shp = content;
            break;
        case 2:
            set.shx = content;
            break;
        case 3:
            write(folder() / "unit.cpg", content);
            break;
    }
    write(folder() / "unit.shp", set.shp);
    write(folder() / "unit.shx", set.shx);
    write(folder() / "unit.dbf", set.dbf);
    ingest::BoundaryOptions options;
    options.source_id = "fuzz";
    check_units(ingest::read_shapefile_boundaries(folder() / "unit.shp", options));
    return 0;
}
