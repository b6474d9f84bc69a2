#include "store/record_rules.hpp"

#include <boost/json/serialize.hpp>
#include <cmath>

#include "domain/partial_date.hpp"
#include "store/record_json.hpp"

namespace mssops::store {

using domain::Error;
using domain::KindSpec;

namespace {

std::string in_quotes(std::string_view text) {
    return "\"" + std::string(text) + "\"";
}

std::string with_article(const std::string& noun) {
    bool vowel = !noun.empty() && std::string_view("aeiou").find(noun.front()) != std::string_view::npos;
    return (vowel ? "an " : "a ") + noun;
}

std::optional<std::string> text_field(const domain::Fields& fields, const std::string& name) {
    if (name.empty()) return std::nullopt;
    const std::string* text = domain::text_of(fields, name);
    if (!text) return std::nullopt;
    return *text;
}

domain::Result<void> check_day(const std::optional<std::string>& day, std::string_view field) {
    if (!day) return {};
    auto parsed = domain::parse_iso_day(*day, field);
    if (!parsed) return parsed.error();
    return {};
}

}  // namespace

domain::Result<const KindSpec*> stored_kind(std::string_view name) {
    if (name == "incidents")
        return Error::invalid("kind", "incidents are kept by the incident store, not the record store");
    const KindSpec* kind = domain::find_kind(name);
    if (!kind)
        return Error::invalid("kind",
                              "must be a record kind such as sources or missions, got " + in_quotes(name));
    return kind;
}

domain::Fields canonical_numbers(const KindSpec& kind, domain::Fields fields) {
    // Below 2^53 every whole double is exact, so the integer stands for the same number.
    constexpr double exact_limit = 9007199254740992.0;
    for (auto& [name, value] : fields) {
        const domain::FieldSpec* spec = kind.field(name);
        auto* real = std::get_if<double>(&value);
        if (!spec || spec->type != domain::FieldType::number || !real) continue;
        if (std::floor(*real) == *real && std::abs(*real) < exact_limit)
            value = static_cast<std::int64_t>(*real);
    }
    return fields;
}

RecordColumns columns_of(const KindSpec& kind, const domain::Fields& fields) {
    RecordColumns columns;
    columns.key = text_field(fields, "key");
    if (auto date_text = text_field(fields, kind.date_field)) {
        // Validation has already accepted the date; a date that fails here would be a validator bug.
        auto date = domain::PartialDate::parse(*date_text, kind.date_field);
        MSSOPS_VERIFY(date.has_value());
        columns.date_first = domain::to_iso_day(date->first_day());
        columns.date_last = domain::to_iso_day(date->last_day());
    }
    columns.country = text_field(fields, kind.country_field);
    columns.mission = text_field(fields, kind.mission_field);
    columns.body = boost::json::serialize(fields_to_json(fields));
    return columns;
}

domain::Result<domain::Fields> fields_from_body(std::string_view body, std::int64_t id) {
    auto object = parse_object(body, "body");
    if (!object)
        return Error::unavailable("the stored body of record " + std::to_string(id) +
                                  " is damaged; restore the database from a backup");
    auto fields = fields_from_json(*object);
    if (!fields)
        return Error::unavailable("the stored body of record " + std::to_string(id) +
                                  " holds an unreadable field (" + fields.error().field +
                                  "); restore the database from a backup");
    return fields;
}

domain::Result<const KindSpec*> check_list_query(const ListQuery& query) {
    auto kind = stored_kind(query.kind);
    if (!kind) return kind.error();
    const KindSpec& spec = **kind;
    if (query.limit != ListQuery::every && (query.limit < 1 || query.limit > max_page_size))
        return Error::invalid("limit", "must be between 1 and 1000, got " + std::to_string(query.limit));
    if (query.offset < 0)
        return Error::invalid("offset", "must be 0 or more, got " + std::to_string(query.offset));
    if (auto day = check_day(query.from, "from"); !day) return day.error();
    if (auto day = check_day(query.to, "to"); !day) return day.error();
    if (query.from && query.to && *query.from > *query.to)
        return Error::invalid("from", "must not be after to (" + *query.to + "), got " + *query.from);
    if ((query.from || query.to) && spec.date_field.empty())
        return Error::invalid(query.from ? "from" : "to", spec.name + " have no date to filter on");
    if (query.country && spec.country_field.empty())
        return Error::invalid("country", spec.name + " have no country to filter on");
    if (query.mission && spec.mission_field.empty())
        return Error::invalid("mission", spec.name + " have no mission to filter on");
    for (const auto& [name, value] : query.equals)
        if (!spec.field(name)) return Error::invalid(name, spec.name + " have no field " + in_quotes(name));
    return kind;
}

domain::Result<void> check_audit_query(const AuditQuery& query) {
    if (query.limit < 1 || query.limit > max_page_size)
        return Error::invalid("limit", "must be between 1 and 1000, got " + std::to_string(query.limit));
    if (query.offset < 0)
        return Error::invalid("offset", "must be 0 or more, got " + std::to_string(query.offset));
    return {};
}

Error record_not_found(const KindSpec& kind, std::int64_t id) {
    return Error::not_found("id", "no " + kind.singular + " has id " + std::to_string(id));
}

Error key_not_found(const KindSpec& kind, std::string_view key) {
    return Error::not_found("key", "no " + kind.singular + " has key " + in_quotes(key));
}

Error key_taken(const KindSpec& kind, std::string_view key) {
    return Error::conflict("key",
                           with_article(kind.singular) + " with key " + in_quotes(key) + " already exists");
}

Error stale_version(std::int64_t expected, std::int64_t actual) {
    return Error::conflict("version", "expected version " + std::to_string(expected) +
                                          ", but the record is at version " + std::to_string(actual) +
                                          "; reload it and apply the change again");
}

Error missing_reference(const domain::FieldSpec& field, std::string_view key) {
    return Error::invalid(field.name, "no " + field.references + " record has key " + in_quotes(key));
}

}  // namespace mssops::store
