#include "ingest/incident_csv_reader.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <chrono>
#include <cstdio>

#include "domain/kind_catalog.hpp"
#include "domain/partial_date.hpp"
#include "domain/record_validation.hpp"
#include "domain/verify.hpp"
#include "ingest/hxl.hpp"

namespace mssops::ingest {
namespace {

using domain::Error;
using domain::FieldValue;
using domain::Fields;

enum class Shape { text, key, date, integer, number, country };

/// Where each incident field is read from: ACLED's column names, then an HXL tag pattern.
struct FieldSource {
    const char* field;
    Shape shape;
    std::vector<const char*> names;
    const char* hxl;  // "" when HXL has no tag for it.
};

const std::vector<FieldSource>& field_sources() {
    static const std::vector<FieldSource> sources = {
        {"key", Shape::key, {"event_id_cnty"}, "#event+code"},
        {"date", Shape::date, {"event_date"}, "#date+occurred"},
        {"time_precision", Shape::integer, {"time_precision"}, "#date+precision"},
        {"disorder_type", Shape::text, {"disorder_type"}, "#event+type+disorder"},
        {"event_type", Shape::text, {"event_type"}, "#event+type-sub-disorder"},
        {"sub_event_type", Shape::text, {"sub_event_type"}, "#event+type+sub"},
        {"actor1", Shape::text, {"actor1"}, "#group+name+first"},
        {"actor2", Shape::text, {"actor2"}, "#group+name+second"},
        {"country", Shape::country, {"iso3", "iso"}, "#country+code"},
        {"admin1", Shape::text, {"admin1"}, "#adm1+name"},
        {"admin2", Shape::text, {"admin2"}, "#adm2+name"},
        {"admin3", Shape::text, {"admin3"}, "#adm3+name"},
        {"adm1_pcode", Shape::text, {"adm1_pcode", "admin1_pcode"}, "#adm1+code"},
        {"adm2_pcode", Shape::text, {"adm2_pcode", "admin2_pcode"}, "#adm2+code"},
        {"location", Shape::text, {"location"}, "#loc+name"},
        {"latitude", Shape::number, {"latitude"}, "#geo+lat"},
        {"longitude", Shape::number, {"longitude"}, "#geo+lon"},
        {"geo_precision", Shape::integer, {"geo_precision"}, "#geo+precision"},
        {"fatalities", Shape::integer, {"fatalities"}, "#affected+killed"},
        {"reported_by", Shape::text, {"source"}, "#meta+source"},
        {"notes", Shape::text, {"notes"}, "#description"},
    };
    return sources;
}

std::string_view trim(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    return text;
}

std::string lower(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

bool all_digits(std::string_view text) {
    if (text.empty()) return false;
    for (char c : text)
        if (c < '0' || c > '9') return false;
    return true;
}

/// 1..12 for an English month name or its three-letter abbreviation, 0 otherwise.
unsigned month_number(std::string_view name) {
    static const std::array<const char*, 12> months = {"january", "february", "march",     "april",
                                                       "may",     "june",     "july",      "august",
                                                       "september", "october", "november", "december"};
    std::string wanted = lower(name);
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

std::string value_text(const Fields& fields, std::string_view name) {
    auto it = fields.find(name);
    if (it == fields.end()) return {};
    if (auto* text = std::get_if<std::string>(&it->second)) return *text;
    if (auto* whole = std::get_if<std::int64_t>(&it->second)) return std::to_string(*whole);
    if (auto* real = std::get_if<double>(&it->second)) {
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "%.6f", *real);
        return buffer;
    }
    return {};
}

}  // namespace

domain::Result<std::string> read_event_date(std::string_view text, std::string_view field) {
    text = trim(text);
    if (!text.empty() && text[0] >= '0' && text[0] <= '9' && text.size() >= 4 && all_digits(text.substr(0, 4))) {
        auto date = domain::PartialDate::parse(text, field);
        if (!date) return date.error();
        return std::string(text);
    }
    // "03 October 2024": day, month name, year, separated by spaces.
    auto bad = [&] {
        return Error::invalid(std::string(field), "must be a date as YYYY-MM-DD or as \"03 October 2024\", got \"" +
                                                      std::string(text) + "\"");
    };
    std::size_t first_space = text.find(' ');
    std::size_t last_space = text.rfind(' ');
    if (first_space == std::string_view::npos || first_space == last_space) return bad();
    std::string_view day_text = text.substr(0, first_space);
    std::string_view month_text = trim(text.substr(first_space + 1, last_space - first_space - 1));
    std::string_view year_text = text.substr(last_space + 1);
    unsigned month = month_number(month_text);
    if (!all_digits(day_text) || day_text.size() > 2 || year_text.size() != 4 || !all_digits(year_text) || !month)
        return bad();
    unsigned day = 0;
    int year = 0;
    std::from_chars(day_text.data(), day_text.data() + day_text.size(), day);
    std::from_chars(year_text.data(), year_text.data() + year_text.size(), year);
    std::chrono::year_month_day ymd{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}};
    if (!ymd.ok()) return bad();
    return domain::to_iso_day(std::chrono::sys_days{ymd});
}

std::string derived_incident_key(const Fields& fields) {
    std::uint64_t hash = 14695981039346656037ull;
    for (const char* name : {"date", "location", "latitude", "longitude", "actor1", "actor2", "sub_event_type",
                             "reported_by", "notes"})
        hash_text(hash, value_text(fields, name));
    char text[32];
    std::snprintf(text, sizeof text, "acled-%016llx", static_cast<unsigned long long>(hash));
    return text;
}

domain::Result<IncidentCsvReader> IncidentCsvReader::open(CsvReader csv) {
    IncidentCsvReader reader(std::move(csv));
    if (auto header = reader.csv_.read_header(); !header) return header.error();
    if (auto mapped = reader.map_columns(); !mapped) return mapped.error();
    return reader;
}

domain::Result<void> IncidentCsvReader::map_columns() {
    auto second = csv_.next_row();
    if (!second) return second.error();
    std::optional<HxlColumns> tags;
    if (*second) {
        std::vector<std::string_view> cells;
        for (std::size_t i = 0; i < csv_.size(); ++i) cells.push_back(csv_.field(i));
        if (is_hxl_row(cells)) tags = HxlColumns::from_row(cells);
        else pending_ = true;
    }
    uses_hxl_ = tags.has_value();
    for (const auto& source : field_sources()) {
        std::optional<std::size_t> index;
        std::string name;
        if (tags && *source.hxl) {
            index = tags->find(HxlPattern::parse(source.hxl));
            if (index) name = source.hxl;
        }
        for (const char* header_name : source.names) {
            if (index) break;
            index = csv_.column_index(header_name);
            if (index) name = header_name;
        }
        if (index) columns_.push_back({source.field, *index, name});
    }
    for (const char* required : {"date", "event_type"}) {
        bool found = false;
        for (const auto& column : columns_) found = found || column.field == required;
        if (found) continue;
        const auto& source = *std::find_if(field_sources().begin(), field_sources().end(),
                                           [&](const FieldSource& s) { return std::string_view(s.field) == required; });
        return Error::invalid(csv_.name() + ":1", std::string("missing the required column ") + source.names.front() +
                                                      " (or an HXL " + source.hxl + " tag)");
    }
    derive_keys_ = std::none_of(columns_.begin(), columns_.end(), [](const Column& c) { return c.field == "key"; });
    return {};
}

Error IncidentCsvReader::row_error(const std::string& field, const std::string& message) const {
    for (const auto& column : columns_)
        if (column.field == field) return Error::invalid(csv_.location(column.index), column.name + ": " + message);
    return Error::invalid(csv_.row_location(), field + ": " + message);
}

domain::Result<bool> IncidentCsvReader::next(Fields& fields) {
    fields.clear();
    if (pending_) {
        pending_ = false;
    } else {
        auto row = csv_.next_row();
        if (!row) {
            ++rows_;
            return row.error();
        }
        if (!*row) return false;
    }
    ++rows_;
    std::size_t expected = csv_.header().size();
    if (csv_.size() != expected)
        return Error::invalid(csv_.location(std::min(csv_.size(), expected)),
                              "expected " + std::to_string(expected) + " fields as in the header, got " +
                                  std::to_string(csv_.size()));
    for (const auto& column : columns_) {
        std::string_view cell = trim(csv_.field(column.index));
        if (cell.empty()) continue;
        const auto& source = *std::find_if(field_sources().begin(), field_sources().end(),
                                           [&](const FieldSource& s) { return column.field == s.field; });
        switch (source.shape) {
            case Shape::text: fields.emplace(column.field, std::string(cell)); break;
            case Shape::key: fields.emplace(column.field, lower(cell)); break;
            case Shape::country:
                // ACLED's "iso" column holds the numeric ISO 3166 code (332); only alpha-3 fits the field.
                if (!all_digits(cell)) fields.emplace(column.field, std::string(cell));
                break;
            case Shape::date: {
                auto date = read_event_date(cell, column.field);
                if (!date) return Error::invalid(csv_.location(column.index), column.name + ": " + date.error().message);
                fields.emplace(column.field, std::move(date.value()));
                break;
            }
            case Shape::integer:
            case Shape::number: {
                double number = 0;
                auto [end, ec] = std::from_chars(cell.data(), cell.data() + cell.size(), number);
                if (ec != std::errc{} || end != cell.data() + cell.size())
                    return Error::invalid(csv_.location(column.index),
                                          column.name + ": must be " +
                                              (source.shape == Shape::integer ? "a whole number" : "a number") +
                                              ", got \"" + std::string(cell) + "\"");
                if (source.shape == Shape::integer && all_digits(cell))
                    fields.emplace(column.field, static_cast<std::int64_t>(number));
                else
                    fields.emplace(column.field, number);
                break;
            }
        }
    }
    if (derive_keys_) {
        std::string key = derived_incident_key(fields);
        std::string unique = key;
        for (int n = 2; !derived_seen_.insert(unique).second; ++n) unique = key + "-" + std::to_string(n);
        fields.emplace("key", std::move(unique));
    }
    static const domain::KindSpec* kind = domain::find_kind("incidents");
    MSSOPS_VERIFY(kind != nullptr);
    auto valid = domain::validate_fields(*kind, fields, domain::Completeness::whole_record);
    if (!valid) return row_error(valid.error().field, valid.error().message);
    fields = std::move(valid.value());
    return true;
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
                if (auto tagged = HxlColumns::from_row(cells).find(HxlPattern::parse("#event+code"))) column = *tagged;
                continue;
            }
        }
        if (column >= csv.size()) continue;
        std::string_view key = trim(csv.field(column));
        if (!key.empty()) keys.push_back(lower(key));
    }
    return keys;
}

}  // namespace mssops::ingest
