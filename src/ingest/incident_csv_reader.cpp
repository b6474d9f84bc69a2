#include "ingest/incident_csv_reader.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <chrono>
#include <cstdio>

#include "domain/ascii_text.hpp"
#include "domain/kind_catalog.hpp"
#include "domain/partial_date.hpp"
#include "domain/record_validation.hpp"
#include "domain/verify.hpp"
#include "ingest/country_lookup.hpp"
#include "ingest/hxl.hpp"
#include "ingest/tagged_header.hpp"

namespace mssops::ingest {
namespace {

using domain::lower_ascii;
using domain::trim_blanks;

using domain::Error;
using domain::Fields;
using domain::FieldValue;

enum class Shape { text, key, date, integer, number, country, country_name };

}  // namespace

/// Where each incident field is read from: ACLED's column names, then an HXL tag pattern.
struct IncidentCsvReader::Source {
    const char* field;
    Shape shape;
    std::vector<const char*> names;
    const char* hxl;  // "" when HXL has no tag for it.
};

namespace {

using Source = IncidentCsvReader::Source;

const std::vector<Source>& field_sources() {
    using enum Shape;
    static const std::vector<Source> sources = {
        {"key", key, {"event_id_cnty"}, "#event+code"},
        {"date", date, {"event_date"}, "#date+occurred"},
        {"time_precision", integer, {"time_precision"}, "#date+precision"},
        {"disorder_type", text, {"disorder_type"}, "#event+type+disorder"},
        {"event_type", text, {"event_type"}, "#event+type-sub-disorder"},
        {"sub_event_type", text, {"sub_event_type"}, "#event+type+sub"},
        {"actor1", text, {"actor1"}, "#group+name+first"},
        {"actor2", text, {"actor2"}, "#group+name+second"},
        {"country", country, {"iso3", "iso"}, "#country+code"},
        {"country", country_name, {"country"}, "#country+name"},
        {"admin1", text, {"admin1"}, "#adm1+name"},
        {"admin2", text, {"admin2"}, "#adm2+name"},
        {"admin3", text, {"admin3"}, "#adm3+name"},
        {"adm1_pcode", text, {"adm1_pcode", "admin1_pcode"}, "#adm1+code"},
        {"adm2_pcode", text, {"adm2_pcode", "admin2_pcode"}, "#adm2+code"},
        {"location", text, {"location"}, "#loc+name"},
        {"latitude", number, {"latitude"}, "#geo+lat"},
        {"longitude", number, {"longitude"}, "#geo+lon"},
        {"geo_precision", integer, {"geo_precision"}, "#geo+precision"},
        {"fatalities", integer, {"fatalities"}, "#affected+killed"},
        {"reported_by", text, {"source"}, "#meta+source"},
        {"notes", text, {"notes"}, "#description"},
    };
    return sources;
}

bool all_digits(std::string_view text) {
    if (text.empty()) return false;
    for (char c : text)
        if (c < '0' || c > '9') return false;
    return true;
}

/// 1..12 for an English month name or its three-letter abbreviation, 0 otherwise.
unsigned month_number(std::string_view name) {
    static const std::array<const char*, 12> months = {"january",   "february", "march",    "april",
                                                       "may",       "june",     "july",     "august",
                                                       "september", "october",  "november", "december"};
    std::string wanted = lower_ascii(name);
    for (unsigned i = 0; i < months.size(); ++i) {
        std::string_view month = months[i];
        if (wanted == month || (wanted.size() == 3 && month.substr(0, 3) == wanted)) return i + 1;
    }
    return 0;
}

void hash_text(std::uint64_t& hash, std::string_view text) {
    for (unsigned char c : text) {
        hash ^= c;
        hash *= 1099511628211ull;
    }
    hash ^= 0x1f;  // Separates fields, so "ab","c" and "a","bc" differ.
    hash *= 1099511628211ull;
}

std::string real_text(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.6f", value);
    return buffer;
}

std::string value_text(const Fields& fields, std::string_view name) {
    auto it = fields.find(name);
    if (it == fields.end()) return {};
    if (auto* text = std::get_if<std::string>(&it->second)) return *text;
    if (auto* whole = std::get_if<std::int64_t>(&it->second)) return std::to_string(*whole);
    if (auto* real = std::get_if<double>(&it->second)) return real_text(*real);
    return {};
}

std::string value_text(const store::IncidentRow& row, std::string_view name) {
    std::size_t column = store::incident_column(name);
    if (!row.has(column)) return {};
    switch (store::incident_columns()[column].type) {
        case store::ColumnType::text:
            return std::string(row.text(column));
        case store::ColumnType::integer:
            return std::to_string(row.integer(column));
        case store::ColumnType::real:
            return real_text(row.real(column));
    }
    return {};
}

template <class Values>
std::string derive_key(const Values& values) {
    std::uint64_t hash = 14695981039346656037ull;
    for (const char* name : {"date", "location", "latitude", "longitude", "actor1", "actor2",
                             "sub_event_type", "reported_by", "notes"})
        hash_text(hash, value_text(values, name));
    char text[32];
    std::snprintf(text, sizeof text, "acled-%016llx", static_cast<unsigned long long>(hash));
    return text;
}

}  // namespace

domain::Result<std::string> read_event_date(std::string_view text, std::string_view field) {
    text = trim_blanks(text);
    if (!text.empty() && text[0] >= '0' && text[0] <= '9' && text.size() >= 4 &&
        all_digits(text.substr(0, 4))) {
        auto date = domain::PartialDate::parse(text, field);
        if (!date) return date.error();
        return std::string(text);
    }
    // "03 October 2024": day, month name, year, separated by spaces.
    auto bad = [&] {
        return Error::invalid(
            std::string(field),
            "must be a date as YYYY-MM-DD or as \"03 October 2024\", got \"" + std::string(text) + "\"");
    };
    std::size_t first_space = text.find(' ');
    std::size_t last_space = text.rfind(' ');
    if (first_space == std::string_view::npos || first_space == last_space) return bad();
    std::string_view day_text = text.substr(0, first_space);
    std::string_view month_text = trim_blanks(text.substr(first_space + 1, last_space - first_space - 1));
    std::string_view year_text = text.substr(last_space + 1);
    unsigned month = month_number(month_text);
    if (!all_digits(day_text) || day_text.size() > 2 || year_text.size() != 4 || !all_digits(year_text) ||
        !month)
        return bad();
    unsigned day = 0;
    int year = 0;
    std::from_chars(day_text.data(), day_text.data() + day_text.size(), day);
    std::from_chars(year_text.data(), year_text.data() + year_text.size(), year);
    std::chrono::year_month_day ymd{std::chrono::year{year}, std::chrono::month{month},
                                    std::chrono::day{day}};
    if (!ymd.ok()) return bad();
    return domain::to_iso_day(std::chrono::sys_days{ymd});
}

std::string derived_incident_key(const Fields& fields) {
    return derive_key(fields);
}

std::string derived_incident_key(const store::IncidentRow& row) {
    return derive_key(row);
}

IncidentCsvReader::IncidentCsvReader(CsvReader csv)
    : csv_(std::move(csv)),
      inexact_(store::incident_columns().size()),
      scratch_(std::make_unique<store::IncidentRow>()) {}

domain::Result<IncidentCsvReader> IncidentCsvReader::open(CsvReader csv) {
    IncidentCsvReader reader(std::move(csv));
    if (auto mapped = reader.map_columns(); !mapped) return mapped.error();
    return reader;
}

domain::Result<void> IncidentCsvReader::map_columns() {
    auto tags = data_rows_.start(csv_);
    if (!tags) return tags.error();
    for (const auto& source : field_sources()) {
        auto found = find_column(csv_, *tags, source.hxl, source.names);
        if (found)
            columns_.push_back(
                {&source, source.field, found->index, found->name, store::incident_column(source.field)});
    }
    for (const char* required : {"date", "event_type"}) {
        bool found = false;
        for (const auto& column : columns_) found = found || column.field == required;
        if (found) continue;
        const auto& source =
            *std::find_if(field_sources().begin(), field_sources().end(),
                          [&](const Source& s) { return std::string_view(s.field) == required; });
        return Error::invalid(csv_.name() + ":1", std::string("missing the required column ") +
                                                      source.names.front() + " (or an HXL " + source.hxl +
                                                      " tag)");
    }
    derive_keys_ =
        std::none_of(columns_.begin(), columns_.end(), [](const Column& c) { return c.field == "key"; });
    return {};
}

Error IncidentCsvReader::row_error(const std::string& field, const std::string& message) const {
    for (const auto& column : columns_)
        if (column.field == field)
            return Error::invalid(csv_.location(column.index), column.name + ": " + message);
    return Error::invalid(csv_.row_location(), field + ": " + message);
}

void IncidentCsvReader::set_defaults(const CountryLookup* countries, std::string country,
                                     std::string source_id) {
    countries_ = countries;
    default_country_ = std::move(country);
    default_source_id_ = std::move(source_id);
}

domain::Result<bool> IncidentCsvReader::next(store::IncidentRow& row) {
    auto read = read_cells(row);
    if (!read || !*read) return read;
    static const std::size_t country = store::incident_column("country"),
                             source = store::incident_column("source_id");
    if (!row.has(country) && !default_country_.empty()) row.set_text(country, default_country_);
    if (!row.has(source) && !default_source_id_.empty()) row.set_text(source, default_source_id_);
    if (derive_keys_) {
        std::string key = derived_incident_key(row);
        std::string unique = key;
        for (int n = 2; !derived_seen_.insert(unique).second; ++n) unique = key + "-" + std::to_string(n);
        row.set_owned_text(store::incident_column("key"), unique);
    }
    if (auto checked = check(row); !checked) return checked.error();
    static const std::size_t date = store::incident_column("date");
    auto day = domain::PartialDate::parse(row.text(date), "date");
    MSSOPS_VERIFY(day.has_value());  // check() has read it.
    row.set_day(day->first_day().time_since_epoch().count());
    return true;
}

domain::Result<bool> IncidentCsvReader::next(Fields& fields) {
    fields.clear();
    auto read = next(*scratch_);
    if (!read || !*read) return read;
    fields = scratch_->to_fields();
    return true;
}

domain::Result<bool> IncidentCsvReader::read_cells(store::IncidentRow& row) {
    row.clear();
    std::fill(inexact_.begin(), inexact_.end(), std::nullopt);
    auto more = data_rows_.next(csv_);
    if (!more || !*more) return more;
    for (const auto& column : columns_) {
        std::string_view cell = trim_blanks(csv_.field(column.index));
        if (cell.empty()) continue;
        switch (column.source->shape) {
            case Shape::text:
                row.set_text(column.row_column, cell);
                break;
            case Shape::key:
                key_buffer_.assign(cell);
                for (char& c : key_buffer_)
                    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
                row.set_owned_text(column.row_column, key_buffer_);
                break;
            case Shape::country:
                if (!all_digits(cell)) {
                    row.set_text(column.row_column, cell);
                } else if (countries_ && !countries_->empty()) {
                    // ACLED's "iso" column holds the UN M49 number (332); the field holds alpha-3 (HTI).
                    auto code = countries_->by_m49(cell);
                    if (!code)
                        return Error::invalid(csv_.location(column.index),
                                              column.name + ": \"" + std::string(cell) +
                                                  "\" is not the M49 number of a country the store knows");
                    row.set_owned_text(column.row_column, *code);
                }
                break;
            case Shape::country_name:
                // A code column read first wins; a name is read only through the store's countries.
                if (row.has(column.row_column) || !countries_ || countries_->empty()) break;
                if (auto code = countries_->by_name(cell)) {
                    row.set_owned_text(column.row_column, *code);
                } else {
                    return Error::invalid(
                        csv_.location(column.index),
                        column.name + ": \"" + std::string(cell) +
                            "\" is not the name of a country the store knows; give --country");
                }
                break;
            case Shape::date: {
                auto date = read_event_date(cell, column.field);
                if (!date)
                    return Error::invalid(csv_.location(column.index),
                                          column.name + ": " + date.error().message);
                row.set_owned_text(column.row_column, *date);
                break;
            }
            case Shape::integer:
            case Shape::number: {
                double number = 0;
                auto [end, ec] = std::from_chars(cell.data(), cell.data() + cell.size(), number);
                if (ec != std::errc{} || end != cell.data() + cell.size())
                    return Error::invalid(
                        csv_.location(column.index),
                        column.name + ": must be " +
                            (column.source->shape == Shape::integer ? "a whole number" : "a number") +
                            ", got \"" + std::string(cell) + "\"");
                if (column.source->shape == Shape::number)
                    row.set_real(column.row_column, number);
                else if (all_digits(cell) && number < 9e15)
                    row.set_integer(column.row_column, static_cast<std::int64_t>(number));
                else
                    inexact_[column.row_column] = number;
                break;
            }
        }
    }
    return true;
}

domain::Result<void> IncidentCsvReader::check(store::IncidentRow& row) {
    if (auto ok = row_check_.check(row, inexact_); !ok)
        return row_error(ok.error().field, ok.error().message);
    return {};
}

domain::Result<std::vector<std::string>> read_deleted_keys(CsvReader csv) {
    if (auto header = csv.read_header(); !header) return header.error();
    std::size_t column = csv.column_index("event_id_cnty").value_or(0);
    std::vector<std::string> keys;
    bool first = true;
    for (;;) {
        auto row = csv.next_row();
        if (!row) return row.error();
        if (!*row) break;
        if (first) {
            first = false;
            std::vector<std::string_view> cells;
            for (std::size_t i = 0; i < csv.size(); ++i) cells.push_back(csv.field(i));
            if (is_hxl_row(cells)) {
                if (auto tagged = HxlColumns::from_row(cells).find(HxlPattern::parse("#event+code")))
                    column = *tagged;
                continue;
            }
        }
        if (column >= csv.size()) continue;
        std::string_view key = trim_blanks(csv.field(column));
        if (!key.empty()) keys.push_back(lower_ascii(key));
    }
    return keys;
}

}  // namespace mssops::ingest
