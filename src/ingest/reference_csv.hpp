#pragma once

#include <optional>
#include <string>

#include "domain/assessed_apportionment.hpp"
#include "domain/exchange_rates.hpp"
#include "domain/result.hpp"
#include "ingest/csv_reader.hpp"

namespace mssops::ingest {

/// Reads an exchange-rate table: columns currency, date (YYYY-MM-DD), usd_per_unit (up to nine
/// decimals), and either `source` or `url`, which each row must fill: a rate without a source
/// is refused. Other columns are ignored. Errors name "file.csv:line:column"; the first bad row
/// stops the read (a reference table is all or nothing).
domain::Result<domain::ExchangeRateTable> read_exchange_rates(CsvReader csv);

/// Reads a scale of assessments: columns member (ISO 3166-1 alpha-3), rate_percent (up to six
/// decimals) and optionally name. `source` names where the table was published and is kept
/// with the scale. Errors as read_exchange_rates.
domain::Result<domain::AssessmentScale> read_assessment_scale(CsvReader csv, std::string source);

/// The tables the funding figures need: exchange rates and, when one is supplied, a scale of
/// assessments.
struct FundingReference {
    domain::ExchangeRateTable rates;
    std::optional<domain::AssessmentScale> scale;  // None when no table is found.
};

/// The scale mssops ships, in `<data_dir>/reference/`: member, name, rate_percent.
inline constexpr const char* regular_budget_scale_file = "un_regular_budget_scale_2025-2027.csv";

/// Where the shipped scale was published (its citation is `un-scale-2025-2027` in
/// data/reference/sources.json).
inline constexpr const char* regular_budget_scale_source =
    "UN General Assembly resolution 79/249, scale of assessments for the apportionment of the expenses of "
    "the United Nations, 2025-2027 (A/RES/79/249), as applied in ST/ADM/SER.B/1083";

/// What the shipped scale is, and what it is not.
inline constexpr const char* regular_budget_scale_label =
    "UN regular-budget scale 2025-2027; the peacekeeping scale applies level discounts and a premium for "
    "the permanent members to these rates; that table is not available here, and a user may load one "
    "with --scale";

/// Reads `<data_dir>/reference/exchange_rates.csv` (USD alone when the file is absent) and the scale
/// at `scale_path`; with no scale_path, `<data_dir>/reference/peacekeeping_scale.csv` when a user
/// has placed one there, else the shipped UN regular-budget scale (none when data_dir lacks it).
/// A user's scale has its path as source; the shipped one its UN document. Errors as the readers.
domain::Result<FundingReference> load_funding_reference(const std::string& data_dir,
                                                        const std::string& scale_path);

}  // namespace mssops::ingest
