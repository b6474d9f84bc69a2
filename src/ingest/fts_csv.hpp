#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "domain/flow_history.hpp"
#include "domain/record.hpp"
#include "domain/result.hpp"
#include "ingest/csv_reader.hpp"
#include "ingest/tagged_header.hpp"

namespace mssops::ingest {

/// One funding flow read from a CSV row, with where each of its fields came from.
struct FlowRow {
    domain::Fields fields;                         // funding_flows fields, validated against the catalog.
    std::string location;                          // "flows.csv:14"
    std::map<std::string, std::string> locations;  // Field name -> "flows.csv:14:3".
    std::map<std::string, std::string> columns;    // Field name -> the column as the file names it.
    domain::Correction correction = domain::Correction::no;

    /// "flows.csv:14:3" for `field`, or the row's location when the file has no such column.
    std::string location_of(const std::string& field) const;
    /// The column's name for `field` ("amountUSD", "#value+funding+usd"), or the field name.
    std::string column_of(const std::string& field) const;
};

/// Reads funding flows from a CSV shaped like an OCHA FTS export. Columns are found by name, compared
/// by letters and digits only, whatever their case and spacing (id / Flow ID, donor / Source
/// organization, recipient / Destination organization, amount_original / Original amount, currency /
/// Original currency, amount_usd / Amount USD, status / Status, date / Flow date, description,
/// source...) or, when the row after the header is an HXL
/// hashtag row, by tag (#meta+id, #org+donor, #org+recipient, #value+original, #currency,
/// #value+funding+usd, #status, #date, #description, #meta+source). FTS statuses "pledge" and
/// "commitment" read as pledged and committed. Amounts keep at most two decimals.
class FtsCsvReader {
public:
    /// Reads the header and HXL row. invalid_input ("file.csv:1") naming a missing required column.
    /// `source_id` is the source of rows in a file without a source column (FTS's own exports have
    /// none); "" makes that column required.
    static domain::Result<FtsCsvReader> open(CsvReader csv, std::string source_id = {});

    /// Reads the next row into `row`; false at the end. A bad cell is an Error whose field is
    /// "file.csv:line:column" and whose message starts with the column's name; the reader then
    /// stands after that row, so the caller can go on and report every bad row.
    domain::Result<bool> next(FlowRow& row);

    /// True when the columns were mapped by HXL tags.
    bool uses_hxl() const { return data_rows_.uses_hxl(); }
    /// Data rows read so far, good or bad.
    std::int64_t rows() const { return data_rows_.rows(); }

private:
    struct Column {
        std::string field;
        std::size_t index = 0;
        std::string name;
    };

    explicit FtsCsvReader(CsvReader csv, std::string source_id)
        : csv_(std::move(csv)), default_source_id_(std::move(source_id)) {}
    domain::Result<void> map_columns();
    domain::Result<void> read_cell(const Column& column, std::string_view cell, FlowRow& row) const;

    CsvReader csv_;
    std::string default_source_id_;
    std::vector<Column> columns_;
    TaggedRows data_rows_;
};

/// Whether an export carries an HXL hashtag row under its header.
enum class HxlRow { no, yes };

/// Writes funding_flows records as CSV (RFC 4180, LF line ends) with the columns FtsCsvReader
/// reads first: id, donor, recipient, mission, amount_original, currency, amount_usd, status,
/// date, description, source. Reading the output back gives the same fields.
std::string write_fts_csv(const std::vector<domain::Record>& flows, HxlRow hxl);

}  // namespace mssops::ingest
