#include "store/record_columns.hpp"

#include <boost/json/serialize.hpp>
#include <cmath>

#include "domain/partial_date.hpp"
#include "domain/verify.hpp"
#include "store/record_json.hpp"

namespace mssops::store {

using domain::Error;
using domain::KindSpec;

namespace {

std::optional<std::string> text_field(const domain::Fields& fields, const std::string& name) {
    if (name.empty()) return std::nullopt;
    const std::string* text = domain::text_of(fields, name);
    if (!text) return std::nullopt;
    return *text;
}

}  // namespace

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

}  // namespace mssops::store
