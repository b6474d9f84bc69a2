#include "http/list_query.hpp"

#include "domain/country_codes.hpp"

#include <algorithm>
#include <charconv>

#include "domain/partial_date.hpp"
#include "domain/whole_number.hpp"

namespace mssops::http {

using domain::Error;
using domain::FieldType;

namespace {

constexpr std::int64_t max_limit = 1000;

bool is_equality_filter(const domain::KindSpec& kind, const domain::FieldSpec& field) {
    if (field.name == kind.mission_field || field.name == kind.country_field) return false;
    return field.type == FieldType::choice || field.type == FieldType::reference;
}

domain::Result<std::int64_t> parse_whole(const std::string& name, const std::string& text, std::int64_t min,
                                         std::int64_t max) {
    return domain::parse_whole_number(text, name, min, max);
}

std::string joined_choices(const std::vector<std::string>& choices) {
    std::string joined;
    for (const auto& choice : choices) joined += (joined.empty() ? "" : ", ") + choice;
    return joined;
}

}  // namespace

std::vector<ParameterDoc> list_query_parameters(const domain::KindSpec& kind) {
    std::vector<ParameterDoc> parameters = {
        {"limit", "Page size, 1 to 1000; 100 when omitted.", "integer", false},
        {"offset", "Records to skip; 0 when omitted.", "integer", false},
        {"include_retired", "\"true\" to include retired (soft-deleted) records.", "boolean", false},
    };
    if (!kind.date_field.empty()) {
        parameters.push_back(
            {"from", "Earliest " + kind.date_field + ", YYYY-MM-DD (inclusive).", "string", false});
        parameters.push_back(
            {"to", "Latest " + kind.date_field + ", YYYY-MM-DD (inclusive).", "string", false});
    }
    if (!kind.country_field.empty())
        parameters.push_back(
            {"country", "ISO 3166-1 alpha-3 code, on " + kind.country_field + ".", "string", false});
    if (!kind.mission_field.empty())
        parameters.push_back({"mission", "Mission key, e.g. mss-haiti.", "string", false});
    for (const auto& field : kind.fields) {
        if (!is_equality_filter(kind, field)) continue;
        std::string description =
            field.type == FieldType::choice
                ? "Only records whose " + field.name + " is this: " + joined_choices(field.choices) + "."
                : "Only records whose " + field.name + " names this " + field.references + " key.";
        parameters.push_back({field.name, std::move(description), "string", false});
    }
    return parameters;
}

domain::Result<store::ListQuery> parse_list_query(const domain::KindSpec& kind,
                                                  const std::map<std::string, std::string>& query) {
    const auto known = list_query_parameters(kind);
    // Not a structured binding: clang 14 (the fuzz build) cannot capture one in a lambda.
    for (const auto& parameter : query) {
        const std::string& name = parameter.first;
        bool is_known =
            std::any_of(known.begin(), known.end(), [&](const auto& doc) { return doc.name == name; });
        if (is_known) continue;
        std::string names;
        for (const auto& doc : known) names += (names.empty() ? "" : ", ") + doc.name;
        return Error::invalid(name,
                              "is not a query parameter of " + kind.name + "; expected one of " + names);
    }

    store::ListQuery list;
    list.kind = kind.name;
    for (const auto& [name, value] : query) {
        if (name == "limit") {
            auto limit = parse_whole(name, value, 1, max_limit);
            if (!limit) return limit.error();
            list.limit = *limit;
        } else if (name == "offset") {
            auto offset = parse_whole(name, value, 0, INT64_MAX);
            if (!offset) return offset.error();
            list.offset = *offset;
        } else if (name == "include_retired") {
            if (value != "true" && value != "false")
                return Error::invalid(name, "must be true or false, got \"" + value + "\"");
            list.include_retired = value == "true";
        } else if (name == "from" || name == "to") {
            if (auto day = domain::parse_iso_day(value, name); !day) return day.error();
            (name == "from" ? list.from : list.to) = value;
        } else if (name == "country") {
            // Case does not matter to a reader: ?country=ken is KEN.
            auto code = domain::country_filter(value, name);
            if (!code) return code.error();
            list.country = *code;
        } else if (name == "mission") {
            list.mission = value;
        } else {
            const auto* field = kind.field(name);
            if (field->type == FieldType::choice &&
                std::find(field->choices.begin(), field->choices.end(), value) == field->choices.end())
                return Error::invalid(
                    name, "must be one of " + joined_choices(field->choices) + ", got \"" + value + "\"");
            list.equals.emplace_back(name, value);
        }
    }
    if (list.from && list.to && *list.from > *list.to)
        return Error::invalid("from", "must not be after to, got " + *list.from + " > " + *list.to);
    return list;
}

}  // namespace mssops::http
