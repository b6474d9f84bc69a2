#include "domain/record_validation.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <set>

#include "domain/country_codes.hpp"
#include "domain/kind_names.hpp"
#include "domain/partial_date.hpp"

namespace mssops::domain {
namespace {

/// The number as a person writes it: "1000000", "2.5", never "1e+06".
std::string number_text(double value) {
    char buffer[32];
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
    if (ec != std::errc()) return std::to_string(value);
    return std::string(buffer, end);
}

bool all_upper(std::string_view text, std::size_t length) {
    return text.size() == length &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool is_key(std::string_view text) {
    if (text.empty() || text.size() > 200) return false;
    return std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
    });
}

Error wrong_type(const FieldSpec& spec, const char* expected, const FieldValue& value) {
    return Error::invalid(spec.name, std::string("must be ") + expected + ", got " + json_type_name(value));
}

Result<void> check_range(const FieldSpec& spec, double number) {
    if ((spec.min && number < *spec.min) || (spec.max && number > *spec.max)) {
        std::string range = spec.min && spec.max
                                ? "between " + number_text(*spec.min) + " and " + number_text(*spec.max)
                            : spec.min ? "at least " + number_text(*spec.min)
                                       : "at most " + number_text(*spec.max);
        return Error::invalid(spec.name, "must be " + range + ", got " + number_text(number));
    }
    return {};
}

Result<void> check_text(const FieldSpec& spec, std::string_view text) {
    switch (spec.type) {
        case FieldType::text:
        case FieldType::reference:
            if (text.empty()) return Error::invalid(spec.name, "must not be empty");
            return {};
        case FieldType::key:
            if (!is_key(text))
                return Error::invalid(spec.name,
                                      "must be 1-200 characters of a-z, 0-9, '-', '_' or '.', got \"" +
                                          std::string(text) + "\"");
            return {};
        case FieldType::date: {
            auto date = PartialDate::parse(text, spec.name);
            if (!date) return date.error();
            return {};
        }
        case FieldType::country:
            if (!all_upper(text, 3))
                return Error::invalid(spec.name, "must be an ISO 3166-1 alpha-3 code such as KEN, got \"" +
                                                     std::string(text) + "\"");
            // Three capitals are not yet a country: ZZZ would pass the shape and name no state.
            if (!is_iso3_country(text))
                return Error::invalid(spec.name, "must be a country's ISO 3166-1 alpha-3 code, got \"" +
                                                     std::string(text) + "\", which names no country");
            return {};
        case FieldType::currency:
            if (!all_upper(text, 3))
                return Error::invalid(
                    spec.name, "must be an ISO 4217 code such as USD, got \"" + std::string(text) + "\"");
            return {};
        case FieldType::url:
            if (text.rfind("http://", 0) != 0 && text.rfind("https://", 0) != 0)
                return Error::invalid(
                    spec.name, "must be an http:// or https:// URL, got \"" + std::string(text) + "\"");
            return {};
        case FieldType::choice:
            if (std::find(spec.choices.begin(), spec.choices.end(), text) == spec.choices.end()) {
                std::string allowed;
                for (const auto& choice : spec.choices) allowed += (allowed.empty() ? "" : ", ") + choice;
                return Error::invalid(spec.name,
                                      "must be one of " + allowed + ", got \"" + std::string(text) + "\"");
            }
            return {};
        default:
            return {};
    }
}

/// Checks one value and returns it normalised.
Result<FieldValue> check_value(const FieldSpec& spec, const FieldValue& value) {
    switch (spec.type) {
        case FieldType::integer: {
            if (auto* whole = std::get_if<std::int64_t>(&value)) {
                if (auto ok = check_range(spec, static_cast<double>(*whole)); !ok) return ok.error();
                return value;
            }
            if (auto* real = std::get_if<double>(&value);
                real && std::floor(*real) == *real && std::abs(*real) < 9e15) {
                if (auto ok = check_range(spec, *real); !ok) return ok.error();
                return FieldValue{static_cast<std::int64_t>(*real)};
            }
            if (auto* real = std::get_if<double>(&value))
                return Error::invalid(spec.name, "must be a whole number, got " + number_text(*real));
            return wrong_type(spec, "a whole number", value);
        }
        case FieldType::number: {
            double number = 0;
            if (auto* whole = std::get_if<std::int64_t>(&value))
                number = static_cast<double>(*whole);
            else if (auto* real = std::get_if<double>(&value))
                number = *real;
            else
                return wrong_type(spec, "a number", value);
            if (!std::isfinite(number)) return Error::invalid(spec.name, "must be a finite number");
            if (auto ok = check_range(spec, number); !ok) return ok.error();
            return value;
        }
        case FieldType::boolean:
            if (!std::holds_alternative<bool>(value)) return wrong_type(spec, "true or false", value);
            return value;
        case FieldType::text_list:
        case FieldType::country_list: {
            auto* list = std::get_if<TextList>(&value);
            if (!list) return wrong_type(spec, "an array of strings", value);
            std::set<std::string> seen;
            for (std::size_t i = 0; i < list->size(); ++i) {
                FieldSpec item = spec;
                item.name = spec.name + "[" + std::to_string(i) + "]";
                item.type = spec.type == FieldType::country_list ? FieldType::country : FieldType::text;
                if (auto ok = check_text(item, (*list)[i]); !ok) return ok.error();
                if (!seen.insert((*list)[i]).second)
                    return Error::invalid(item.name, "\"" + (*list)[i] + "\" is listed twice");
            }
            return value;
        }
        default: {
            auto* text = std::get_if<std::string>(&value);
            if (!text) return wrong_type(spec, "a string", value);
            if (auto ok = check_text(spec, *text); !ok) return ok.error();
            return value;
        }
    }
}

Result<void> check_date_order(const Fields& fields, const char* from, const char* to) {
    auto* start = text_of(fields, from);
    auto* end = text_of(fields, to);
    if (!start || !end) return {};
    auto first = PartialDate::parse(*start, from);
    auto last = PartialDate::parse(*end, to);
    if (first && last && last->last_day() < first->first_day())
        return Error::invalid(
            to, "must not be before " + std::string(from) + " (" + *start + "), got \"" + *end + "\"");
    return {};
}

/// Rules that involve more than one field of a kind.
Result<void> check_kind_rules(const KindSpec& kind, const Fields& fields) {
    if (kind.name == kinds::resolutions) {
        // A member casts one vote: yes, no or abstain (UN Charter Art. 27).
        std::set<std::string> voted;
        for (const char* list_name : {"votes_yes", "votes_no", "votes_abstain"}) {
            auto it = fields.find(list_name);
            if (it == fields.end()) continue;
            if (auto* members = std::get_if<TextList>(&it->second))
                for (const auto& member : *members)
                    if (!voted.insert(member).second)
                        return Error::invalid(list_name, member + " is recorded with more than one vote");
        }
    }
    if (kind.name == kinds::persons) return check_date_order(fields, "from", "to");
    if (kind.name == kinds::council_memberships) {
        auto start = fields.find("term_start");
        auto end = fields.find("term_end");
        if (start != fields.end() && end != fields.end()) {
            auto* first = std::get_if<std::int64_t>(&start->second);
            auto* last = std::get_if<std::int64_t>(&end->second);
            if (first && last && *last < *first)
                return Error::invalid("term_end", "must not be before term_start (" + std::to_string(*first) +
                                                      "), got " + std::to_string(*last));
        }
    }
    return {};
}

}  // namespace

const char* json_type_name(const FieldValue& value) {
    switch (value.index()) {
        case 0:
            return "null";
        case 1:
            return "boolean";
        case 2:
            return "integer";
        case 3:
            return "number";
        case 4:
            return "string";
        case 5:
            return "array";
    }
    return "unknown";
}

Result<Fields> validate_fields(const KindSpec& kind, const Fields& fields, Completeness completeness) {
    Fields normalised;
    for (const auto& [name, value] : fields) {
        const FieldSpec* spec = kind.field(name);
        if (!spec) return Error::invalid(name, "is not a field of " + kind.singular);
        if (std::holds_alternative<std::monostate>(value)) {
            if (completeness == Completeness::whole_record && spec->required)
                return Error::invalid(name, "is required and must not be null");
            if (completeness == Completeness::changes_only) normalised.emplace(name, value);
            continue;
        }
        auto checked = check_value(*spec, value);
        if (!checked) return checked.error();
        normalised.emplace(name, std::move(checked).value());
    }
    if (completeness == Completeness::whole_record) {
        for (const auto& spec : kind.fields)
            if (spec.required && !normalised.count(spec.name)) return missing_required(kind, spec);
        if (auto ok = check_kind_rules(kind, normalised); !ok) return ok.error();
    }
    return normalised;
}

Result<FieldValue> check_field(const FieldSpec& spec, const FieldValue& value) {
    return check_value(spec, value);
}

Result<void> check_field_text(const FieldSpec& spec, std::string_view text) {
    switch (spec.type) {
        case FieldType::integer:
        case FieldType::number:
        case FieldType::boolean:
        case FieldType::text_list:
        case FieldType::country_list: {
            // Not a text field: the same type error a string value gets from validate_fields.
            auto checked = check_value(spec, FieldValue{std::string(text)});
            if (!checked) return checked.error();
            return {};
        }
        default:
            return check_text(spec, text);
    }
}

Error missing_required(const KindSpec& kind, const FieldSpec& spec) {
    return Error::invalid(spec.name, "is required for " + kind.singular);
}

bool has_cross_field_rules(const KindSpec& kind) {
    return kind.name == kinds::resolutions || kind.name == kinds::persons ||
           kind.name == kinds::council_memberships;
}

Result<Fields> merge_changes(const KindSpec& kind, const Fields& current, const Fields& changes) {
    auto checked = validate_fields(kind, changes, Completeness::changes_only);
    if (!checked) return checked.error();
    Fields merged = current;
    for (auto& [name, value] : checked.value()) {
        if (std::holds_alternative<std::monostate>(value))
            merged.erase(name);
        else
            merged[name] = value;
    }
    return validate_fields(kind, merged, Completeness::whole_record);
}

}  // namespace mssops::domain
