#pragma once

// A shapefile set of one square admin unit, written byte by byte as ESRI's Shapefile Technical
// Description (1998) and the dBASE III table format lay them out, so that tests and the fuzz target
// control every byte: the .dbf's language-driver byte and the raw bytes of its name field.

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <utility>

namespace mssops::test_support {

/// The three files of a shapefile set.
struct ShapefileSet {
    std::string shp, shx, dbf;
};

namespace detail {

inline void put_big32(std::string& out, std::size_t at, std::uint32_t value) {
    for (int i = 0; i < 4; ++i) out[at + i] = static_cast<char>((value >> (24 - 8 * i)) & 0xFF);
}

inline void put_little(std::string& out, std::size_t at, std::uint64_t value, int bytes) {
    for (int i = 0; i < bytes; ++i) out[at + i] = static_cast<char>((value >> (8 * i)) & 0xFF);
}

inline void put_double(std::string& out, std::size_t at, double value) {
    std::uint64_t bits = 0;
    std::memcpy(&bits, &value, sizeof bits);
    put_little(out, at, bits, 8);
}

/// The 100-byte header the .shp and .shx share: polygons in the box (0,0)-(1,1).
inline std::string shape_header(std::size_t file_bytes) {
    std::string header(100, '\0');
    put_big32(header, 0, 9994);
    put_big32(header, 24, static_cast<std::uint32_t>(file_bytes / 2));
    put_little(header, 28, 1000, 4);
    put_little(header, 32, 5, 4);  // Polygon.
    put_double(header, 52, 1);
    put_double(header, 60, 1);
    return header;
}

}  // namespace detail

/// One unit: P-code "HT09" in ADM1_PCODE (10 characters) and `name_bytes` (at most 20) in ADM1_FR,
/// in a .dbf whose byte 29 is `language_driver`.
inline ShapefileSet one_unit_shapefile(unsigned char language_driver, const std::string& name_bytes) {
    using namespace detail;
    // One clockwise ring of five points (the last closes it): 44 bytes, a part index, 80 bytes.
    std::string content(128, '\0');
    put_little(content, 0, 5, 4);
    put_double(content, 20, 1);
    put_double(content, 28, 1);
    put_little(content, 36, 1, 4);
    put_little(content, 40, 5, 4);
    const double ring[5][2] = {{0, 0}, {0, 1}, {1, 1}, {1, 0}, {0, 0}};
    for (int i = 0; i < 5; ++i) {
        put_double(content, 48 + 16 * i, ring[i][0]);
        put_double(content, 56 + 16 * i, ring[i][1]);
    }
    std::string record_header(8, '\0');
    put_big32(record_header, 0, 1);
    put_big32(record_header, 4, 64);  // Content length in 16-bit words.
    ShapefileSet set;
    set.shp = shape_header(236) + record_header + content;
    std::string index(8, '\0');
    put_big32(index, 0, 50);  // The record's offset in words: right after the header.
    put_big32(index, 4, 64);
    set.shx = shape_header(108) + index;

    // dBASE III: a 32-byte header, 32 bytes per field, 0x0D, then the records and 0x1A.
    std::string dbf(32, '\0');
    dbf[0] = 0x03;
    dbf[1] = 126, dbf[2] = 1, dbf[3] = 5;  // Last updated 2026-01-05.
    put_little(dbf, 4, 1, 4);
    put_little(dbf, 8, 32 + 2 * 32 + 1, 2);
    put_little(dbf, 10, 1 + 10 + 20, 2);
    dbf[29] = static_cast<char>(language_driver);
    for (auto [name, length] : {std::pair{"ADM1_PCODE", 10}, std::pair{"ADM1_FR", 20}}) {
        std::string field(32, '\0');
        std::memcpy(field.data(), name, std::strlen(name));
        field[11] = 'C';
        field[16] = static_cast<char>(length);
        dbf += field;
    }
    dbf += '\x0D';
    dbf += ' ';  // Not deleted.
    dbf += std::string("HT09").append(6, ' ');
    dbf += name_bytes.substr(0, 20) + std::string(20 - std::min<std::size_t>(name_bytes.size(), 20), ' ');
    dbf += '\x1A';
    set.dbf = std::move(dbf);
    return set;
}

}  // namespace mssops::test_support
