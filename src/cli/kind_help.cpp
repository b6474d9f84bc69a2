#include "cli/kind_help.hpp"

#include <cstdint>
#include <sstream>

#include "domain/kind_catalog.hpp"

namespace mssops::cli {

namespace {

std::string number_text(double value) {
    // Limits are whole numbers in the catalog; print them without a decimal point.
    if (value == static_cast<double>(static_cast<std::int64_t>(value)))
        return std::to_string(static_cast<std::int64_t>(value));
    std::ostringstream out;
    out << value;
    return out.str();
}

// "choice, required: police | military | civilian" and the like: what a value must be.
std::string field_line(const domain::FieldSpec& field) {
    std::string line = domain::to_text(field.type);
    if (field.required) line += ", required";
    if (!field.choices.empty()) {
        line += ": ";
        for (std::size_t i = 0; i < field.choices.size(); ++i) line += (i ? " | " : "") + field.choices[i];
    }
    if (field.min || field.max)
        line += ", " + (field.min ? number_text(*field.min) : std::string("")) + ".." +
                (field.max ? number_text(*field.max) : std::string(""));
    if (!field.references.empty()) line += " -> " + field.references;
    return line;
}

}  // namespace

std::string kind_fields_help() {
    std::string help = "Kinds and their fields (type, required, choices, limits, referenced kind):\n";
    for (const auto& kind : domain::all_kinds()) {
        help += "\n" + kind.name + ": " + kind.description + "\n";
        for (const auto& field : kind.fields) help += "  " + field.name + "  " + field_line(field) + "\n";
    }
    return help;
}

}  // namespace mssops::cli
