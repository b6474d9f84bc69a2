#include "ingest/geometry_text.hpp"

#include <boost/json/serialize.hpp>
#include <charconv>
#include <cmath>

namespace mssops::ingest {
namespace {

namespace json = boost::json;

void write_number(std::string& out, double number) {
    const double rounded = std::round(number * 1e6) / 1e6;
    char buffer[32];
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, rounded);
    out.append(buffer, ec == std::errc() ? end : buffer);
}

void write(std::string& out, const json::value& value) {
    switch (value.kind()) {
        case json::kind::double_:
            write_number(out, value.get_double());
            return;
        case json::kind::array: {
            out += '[';
            bool first = true;
            for (const auto& item : value.get_array()) {
                if (!first) out += ',';
                first = false;
                write(out, item);
            }
            out += ']';
            return;
        }
        case json::kind::object: {
            out += '{';
            bool first = true;
            for (const auto& member : value.get_object()) {
                if (!first) out += ',';
                first = false;
                out += json::serialize(json::value(member.key()));
                out += ':';
                write(out, member.value());
            }
            out += '}';
            return;
        }
        default:
            out += json::serialize(value);
            return;
    }
}

}  // namespace

std::string geometry_text(const json::value& geometry) {
    std::string out;
    write(out, geometry);
    return out;
}

}  // namespace mssops::ingest
