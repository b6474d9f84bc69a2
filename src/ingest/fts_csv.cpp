#include "ingest/fts_csv.hpp"

#include <algorithm>
#include <cctype>
#include <optional>

#include "domain/ascii_text.hpp"
#include "domain/kind_catalog.hpp"
#include "domain/money.hpp"
#include "domain/record_validation.hpp"
#include "ingest/hxl.hpp"
#include "ingest/tagged_header.hpp"

namespace mssops::ingest {
namespace {

using domain::lower_ascii;
using domain::trim_blanks;

using domain::Error;

/// Where a funding_flows field may be found: header names (ours first, then FTS's) and an HXL tag.
struct ColumnSource {
    const char* field;
    std::vector<const char*> names;
    const char* hxl;  // "" when there is no tag for it.
    bool required;
};

const std::vector<ColumnSource>& column_sources() {
    static const std::vector<ColumnSource> sources = {
        {"key", {"id", "Flow ID"}, "#meta+id", true},
        {"donor", {"donor", "source_org", "Source organization"}, "#org+donor", true},
        {"recipient", {"recipient", "destination_org", "Destination organization"}, "#org+recipient", true},
        {"mission", {"mission"}, "", false},
        {"amount", {"amount_original", "amount", "Original amount"}, "#value+original", true},
        {"currency", {"currency", "Original currency"}, "#currency", true},
        {"amount_usd", {"amount_usd", "Amount USD", "Amount (US$)"}, "#value+funding+usd-original", false},
        {"status", {"status", "Flow status"}, "#status", true},
        // FTS dates a flow by "Flow date"; "Decision date" is when a pledge was decided.
        {"date", {"date", "Flow date", "Decision date"}, "#date", true},
        {"description", {"description", "Description"}, "#description", false},
        {"source_id", {"source", "source_id"}, "#meta+source", true},
        {"correction", {"correction"}, "#meta+correction", false},
    };
    return sources;
}

/// A header name as compared: its letters in lower case and its digits ("Flow ID" = flow_id = flowId).
std::string comparable(std::string_view name) {
    std::string out;
    for (unsigned char c : name)
        if (std::isalnum(c)) out += static_cast<char>(std::tolower(c));
    return out;
}

/// The first of `names` the header has, compared by comparable().
std::optional<FoundColumn> find_named_column(const CsvReader& csv, const std::vector<const char*>& names) {
    const auto& header = csv.header();
    for (const char* name : names)
        for (std::size_t i = 0; i < header.size(); ++i)
            if (comparable(header[i]) == comparable(name)) return FoundColumn{i, header[i]};
    return std::nullopt;
}

// FTS writes "pledge" and "commitment"; the catalog uses the participles.
std::optional<std::string> canonical_status(std::string_view text) {
    std::string status = lower_ascii(text);
    if (status == "pledge" || status == "pledged") return "pledged";
    if (status == "commitment" || status == "committed") return "committed";
    if (status == "paid" || status == "paid contribution") return "paid";
    return std::nullopt;
}

std::string csv_cell(std::string_view text) {
    if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
    std::string quoted = "\"";
    for (char c : text) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

std::string cell_text(const domain::Record& record, const char* field) {
    auto it = record.fields.find(field);
    if (it == record.fields.end()) return "";
    if (auto* text = std::get_if<std::string>(&it->second)) return *text;
    if (auto* whole = std::get_if<std::int64_t>(&it->second)) return domain::format_cents(*whole * 100);
    if (auto* real = std::get_if<double>(&it->second))
        return domain::format_cents(domain::cents_from_number(*real));
    return "";
}

}  // namespace

std::string FlowRow::location_of(const std::string& field) const {
    auto it = locations.find(field);
    return it == locations.end() ? location : it->second;
}

std::string FlowRow::column_of(const std::string& field) const {
    auto it = columns.find(field);
    return it == columns.end() ? field : it->second;
}

domain::Result<FtsCsvReader> FtsCsvReader::open(CsvReader csv, std::string source_id) {
    FtsCsvReader reader(std::move(csv), std::move(source_id));
    if (auto mapped = reader.map_columns(); !mapped) return mapped.error();
    return reader;
}

domain::Result<void> FtsCsvReader::map_columns() {
    auto tags = data_rows_.start(csv_);
    if (!tags) return tags.error();
    for (const auto& source : column_sources()) {
        // A tag names a column first; a file's own names, in any case and spacing, next.
        std::optional<FoundColumn> found;
        if (*tags) found = find_column(csv_, *tags, source.hxl, {});
        if (!found) found = find_named_column(csv_, source.names);
        if (found) {
            columns_.push_back({source.field, found->index, found->name});
        } else if (source.required &&
                   !(source.field == std::string_view("source_id") && !default_source_id_.empty())) {
            std::string message = std::string("missing the required column ") + source.names.front();
            if (*source.hxl) message += std::string(" (or an HXL ") + source.hxl + " tag)";
            if (source.field == std::string_view("source_id"))
                message += "; or name the source record of every row with --source";
            return Error::invalid(csv_.name() + ":1", message);
        }
    }
    return {};
}

domain::Result<void> FtsCsvReader::read_cell(const Column& column, std::string_view cell,
                                             FlowRow& row) const {
    std::string location = csv_.location(column.index);
    auto fail = [&](const std::string& message) {
        return Error::invalid(location, column.name + ": " + message);
    };
    if (column.field == "key") {
        row.fields["key"] = lower_ascii(cell);
    } else if (column.field == "amount" || column.field == "amount_usd") {
        auto cents = domain::parse_cents(cell, location);
        if (!cents) return fail(cents.error().message);
        row.fields[column.field] = domain::cents_to_number(*cents);
    } else if (column.field == "status") {
        auto status = canonical_status(cell);
        if (!status)
            return fail("must be one of pledged, committed, paid (or FTS pledge, commitment), got \"" +
                        std::string(cell) + "\"");
        row.fields["status"] = *status;
    } else if (column.field == "correction") {
        std::string answer = lower_ascii(cell);
        if (answer != "yes" && answer != "no")
            return fail("must be yes or no, got \"" + std::string(cell) + "\"");
        row.correction = answer == "yes" ? domain::Correction::yes : domain::Correction::no;
    } else {
        row.fields[column.field] = std::string(cell);
    }
    return {};
}

domain::Result<bool> FtsCsvReader::next(FlowRow& row) {
    row = FlowRow{};
    auto more = data_rows_.next(csv_);
    if (!more || !*more) return more;
    row.location = csv_.row_location();
    for (const auto& column : columns_) {
        row.locations[column.field] = csv_.location(column.index);
        row.columns[column.field] = column.name;
        std::string_view cell = trim_blanks(csv_.field(column.index));
        if (cell.empty()) continue;
        if (auto read = read_cell(column, cell, row); !read) return read.error();
    }
    if (!row.fields.contains("source_id") && !default_source_id_.empty())
        row.fields["source_id"] = default_source_id_;
    const domain::KindSpec* kind = domain::find_kind(domain::kinds::funding_flows);
    MSSOPS_VERIFY(kind != nullptr);
    auto valid = domain::validate_fields(*kind, row.fields, domain::Completeness::whole_record);
    if (!valid) {
        const std::string& field = valid.error().field;
        // The catalog names the field; the person fixing the file needs its cell.
        std::string base = field.substr(0, field.find_first_of(".["));
        return Error::invalid(row.location_of(base), row.column_of(base) + ": " + valid.error().message);
    }
    row.fields = std::move(valid).value();
    return true;
}

std::string write_fts_csv(const std::vector<domain::Record>& flows, HxlRow hxl) {
    static const std::vector<std::pair<const char*, const char*>> columns = {
        {"key", "id"},
        {"donor", "donor"},
        {"recipient", "recipient"},
        {"mission", "mission"},
        {"amount", "amount_original"},
        {"currency", "currency"},
        {"amount_usd", "amount_usd"},
        {"status", "status"},
        {"date", "date"},
        {"description", "description"},
        {"source_id", "source"},
    };
    std::string out;
    for (std::size_t i = 0; i < columns.size(); ++i) out += (i ? "," : "") + std::string(columns[i].second);
    out += '\n';
    if (hxl == HxlRow::yes)
        out +=
            "#meta+id,#org+donor,#org+recipient,,#value+original,#currency,#value+funding+usd,#status,#date,"
            "#description,#meta+source\n";
    for (const auto& record : flows) {
        for (std::size_t i = 0; i < columns.size(); ++i)
            out += (i ? "," : "") + csv_cell(cell_text(record, columns[i].first));
        out += '\n';
    }
    return out;
}

}  // namespace mssops::ingest
