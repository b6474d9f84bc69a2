#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "domain/exchange_rates.hpp"
#include "domain/result.hpp"
#include "ingest/country_lookup.hpp"
#include "ingest/csv_reader.hpp"
#include "store/record_store.hpp"

namespace mssops::ingest {

/// How to import a funding-flow file.
struct FundingImportOptions {
    std::string mission;    // Given to rows that name no mission; "" for none.
    std::string source_id;  // Source of every row of a file without a source column (FTS's exports).
    /// Donors written as a country's name ("Canada", "Canada, Government of") become its ISO3 code,
    /// so one donor is one donor whatever the file calls it (may be null).
    const CountryLookup* countries = nullptr;
    std::size_t max_reported_errors = 1000;  // Further bad rows are counted, not listed.
};

/// What an import did. With any bad row nothing is written and `committed` is false.
struct FundingImportReport {
    std::int64_t rows = 0;  // Data rows read.
    std::int64_t bad_rows = 0;
    store::BatchSummary written;  // Created, updated and unchanged flows, when committed.
    bool committed = false;
    bool hxl = false;                   // Columns were read by HXL tags.
    std::vector<domain::Error> errors;  // Each bad row, its field "file.csv:line:column".
};

/// Reads an FTS-style CSV (see FtsCsvReader) and writes every flow in one transaction, upserted
/// by its id: a flow already stored under that id moves to its new status, keeping one record
/// whose audit trail is its history. Each row is checked: its cells; its id not repeated in the
/// file; amount_usd given or convertible with `rates` at the flow's date (the value is then stored);
/// a status that does not move back unless the row's correction column says yes; and, on write,
/// the references the store checks (source, mission). If any row is bad nothing is written and
/// the report lists the bad rows. An Error is returned only when the file as a whole cannot be
/// read (a required column is missing) or the store fails.
domain::Result<FundingImportReport> import_funding_flows(CsvReader csv, store::RecordStore& records,
                                                         const domain::ExchangeRateTable& rates,
                                                         const store::Actor& who,
                                                         const FundingImportOptions& options);

/// The error to show for a rejected import: the first bad row's, its message followed by
/// "(and N more bad rows)" when there are more.
domain::Error rejection_error(const FundingImportReport& report);

}  // namespace mssops::ingest
