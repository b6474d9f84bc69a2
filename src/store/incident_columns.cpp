#include "store/incident_columns.hpp"

#include <algorithm>
#include <cstring>

#include "domain/incident_period.hpp"
#include "domain/kind_names.hpp"
#include "domain/partial_date.hpp"
#include "domain/verify.hpp"

namespace mssops::store {
namespace {

using namespace std::chrono;

void mix(std::uint64_t& hash, const void* data, std::size_t size) {
    const auto* bytes = static_cast<const unsigned char*>(data);
    for (std::size_t i = 0; i < size; ++i) {
        hash ^= bytes[i];
        hash *= 1099511628211ull;
    }
}

std::string text_or_empty(const domain::Fields& fields, std::string_view name) {
    auto* text = domain::text_of(fields, name);
    return text ? *text : std::string{};
}

// The variant index each column type has in a FieldValue: part of the content hash.
const std::uint8_t integer_index = static_cast<std::uint8_t>(domain::FieldValue(std::int64_t{0}).index());
const std::uint8_t real_index = static_cast<std::uint8_t>(domain::FieldValue(0.0).index());
const std::uint8_t text_index = static_cast<std::uint8_t>(domain::FieldValue(std::string()).index());

/// Column indexes in field-name order: the order Fields iterate in, which the content hash follows.
const std::vector<std::size_t>& columns_by_name() {
    static const std::vector<std::size_t> order = [] {
        std::vector<std::size_t> indexes(incident_columns().size());
        for (std::size_t i = 0; i < indexes.size(); ++i) indexes[i] = i;
        std::sort(indexes.begin(), indexes.end(), [](std::size_t a, std::size_t b) {
            return incident_columns()[a].name < incident_columns()[b].name;
        });
        return indexes;
    }();
    return order;
}

}  // namespace

const std::vector<IncidentColumn>& incident_columns() {
    static const std::vector<IncidentColumn> columns = {
        {"key", ColumnType::text},
        {"date", ColumnType::text},
        {"time_precision", ColumnType::integer},
        {"event_type", ColumnType::text},
        {"sub_event_type", ColumnType::text},
        {"disorder_type", ColumnType::text},
        {"actor1", ColumnType::text},
        {"actor2", ColumnType::text},
        {"country", ColumnType::text},
        {"admin1", ColumnType::text},
        {"admin2", ColumnType::text},
        {"admin3", ColumnType::text},
        {"adm1_pcode", ColumnType::text},
        {"adm2_pcode", ColumnType::text},
        {"location", ColumnType::text},
        {"latitude", ColumnType::real},
        {"longitude", ColumnType::real},
        {"geo_precision", ColumnType::integer},
        {"fatalities", ColumnType::integer},
        {"reported_by", ColumnType::text},
        {"notes", ColumnType::text},
        {"source_id", ColumnType::text},
    };
    return columns;
}

std::size_t incident_column(std::string_view name) {
    const auto& columns = incident_columns();
    auto it =
        std::find_if(columns.begin(), columns.end(), [&](const IncidentColumn& c) { return c.name == name; });
    MSSOPS_VERIFY(it != columns.end());
    return static_cast<std::size_t>(it - columns.begin());
}

IncidentRow::IncidentRow() : values_(incident_columns().size()), owned_(incident_columns().size()) {}

void IncidentRow::clear() {
    for (auto& value : values_) value = Value{};
    day_ = 0;
}

void IncidentRow::set_text(std::size_t column, std::string_view text) {
    MSSOPS_VERIFY(incident_columns()[column].type == ColumnType::text);
    values_[column] = Value{State::text, text};
}

void IncidentRow::set_owned_text(std::size_t column, std::string_view text) {
    owned_[column].assign(text.data(), text.size());
    set_text(column, owned_[column]);
}

void IncidentRow::set_integer(std::size_t column, std::int64_t value) {
    MSSOPS_VERIFY(incident_columns()[column].type == ColumnType::integer);
    values_[column] = Value{State::integer, {}, value};
}

void IncidentRow::set_real(std::size_t column, double value) {
    MSSOPS_VERIFY(incident_columns()[column].type == ColumnType::real);
    values_[column] = Value{State::real, {}, 0, value};
}

domain::Fields IncidentRow::to_fields() const {
    domain::Fields fields;
    for (std::size_t i = 0; i < values_.size(); ++i) {
        const Value& value = values_[i];
        std::string name(incident_columns()[i].name);
        switch (value.state) {
            case State::absent:
                break;
            case State::text:
                fields.emplace(std::move(name), std::string(value.text));
                break;
            case State::integer:
                fields.emplace(std::move(name), value.integer);
                break;
            case State::real:
                fields.emplace(std::move(name), value.real);
                break;
        }
    }
    return fields;
}

std::int64_t IncidentRow::content_hash() const {
    // Mixes exactly what incident_content_hash() mixes for the same fields, in the same order.
    std::uint64_t hash = 14695981039346656037ull;
    for (std::size_t column : columns_by_name()) {
        const Value& value = values_[column];
        if (value.state == State::absent) continue;
        std::string_view name = incident_columns()[column].name;
        mix(hash, name.data(), name.size());
        const char end = '\0';
        mix(hash, &end, 1);
        switch (value.state) {
            case State::text:
                mix(hash, &text_index, 1);
                mix(hash, value.text.data(), value.text.size());
                mix(hash, &end, 1);
                break;
            case State::integer:
                mix(hash, &integer_index, 1);
                mix(hash, &value.integer, sizeof value.integer);
                break;
            case State::real:
                mix(hash, &real_index, 1);
                mix(hash, &value.real, sizeof value.real);
                break;
            case State::absent:
                break;
        }
    }
    std::int64_t signed_hash;
    std::memcpy(&signed_hash, &hash, sizeof hash);
    return signed_hash;
}

const domain::KindSpec& incident_kind() {
    static const domain::KindSpec* kind = domain::find_kind(domain::kinds::incidents);
    MSSOPS_VERIFY(kind != nullptr);
    return *kind;
}

std::int64_t incident_content_hash(const domain::Fields& fields) {
    std::uint64_t hash = 14695981039346656037ull;
    for (const auto& [name, value] : fields) {
        mix(hash, name.data(), name.size() + 1);
        std::uint8_t index = static_cast<std::uint8_t>(value.index());
        mix(hash, &index, 1);
        if (auto* text = std::get_if<std::string>(&value))
            mix(hash, text->data(), text->size() + 1);
        else if (auto* whole = std::get_if<std::int64_t>(&value))
            mix(hash, whole, sizeof *whole);
        else if (auto* real = std::get_if<double>(&value))
            mix(hash, real, sizeof *real);
        else if (auto* flag = std::get_if<bool>(&value))
            mix(hash, flag, sizeof *flag);
        else if (auto* list = std::get_if<domain::TextList>(&value))
            for (const auto& item : *list) mix(hash, item.data(), item.size() + 1);
    }
    std::int64_t signed_hash;
    std::memcpy(&signed_hash, &hash, sizeof hash);
    return signed_hash;
}

std::int64_t incident_day(const domain::Fields& fields) {
    auto* text = domain::text_of(fields, "date");
    MSSOPS_VERIFY(text != nullptr);
    auto date = domain::PartialDate::parse(*text, "date");
    MSSOPS_VERIFY(date.has_value());
    return date->first_day().time_since_epoch().count();
}

std::int64_t week_of_day(std::int64_t day) {
    return domain::period_start(sys_days{days{day}}, domain::IncidentPeriod::week).time_since_epoch().count();
}

std::int64_t month_of_day(std::int64_t day) {
    return domain::period_start(sys_days{days{day}}, domain::IncidentPeriod::month)
        .time_since_epoch()
        .count();
}

namespace {

/// Calls `count(level, key, fatalities)` for the incident's cell at each admin level (0 = adm1, 1 = adm2).
template <class Count>
void for_each_cell(const domain::Fields& fields, Count&& count) {
    std::int64_t day = incident_day(fields);
    std::string event_type = text_or_empty(fields, "event_type");
    std::int64_t fatalities = 0;
    if (auto it = fields.find("fatalities"); it != fields.end())
        if (auto* whole = std::get_if<std::int64_t>(&it->second)) fatalities = *whole;
    count(0, RollupKey{day, text_or_empty(fields, "adm1_pcode"), text_or_empty(fields, "admin1"), event_type},
          fatalities);
    count(1, RollupKey{day, text_or_empty(fields, "adm2_pcode"), text_or_empty(fields, "admin2"), event_type},
          fatalities);
}

}  // namespace

void RollupChanges::add(const domain::Fields& fields, int sign) {
    for_each_cell(fields, [&](int level, RollupKey key, std::int64_t fatalities) {
        auto& delta = (level == 0 ? adm1 : adm2)[std::move(key)];
        delta.events += sign;
        delta.fatalities += sign * fatalities;
    });
}

}  // namespace mssops::store
