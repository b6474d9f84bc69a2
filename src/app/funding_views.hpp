#pragma once

#include <map>
#include <string>
#include <string_view>

#include "app/funding_query.hpp"
#include "domain/result.hpp"
#include "ingest/funding_import.hpp"
#include "ingest/reference_csv.hpp"
#include "store/store.hpp"

namespace mssops::app {

/// Query parameters, as the API receives them and the CLI passes them.
using QueryMap = std::map<std::string, std::string>;

/// Reads the funding summary's query from parameters: as_of (YYYY-MM), burn_window (months, 1-120),
/// deployed (officers); invalid_input naming the parameter, or an unknown one.
domain::Result<FundingSummaryQuery> funding_summary_query(std::string_view slug, const QueryMap& query);

/// Reads the assessed use case's query: budget (required, US dollars), partial (true or false);
/// invalid_input naming the parameter, or an unknown one.
domain::Result<AssessedQuery> assessed_query(std::string_view slug, const QueryMap& query);

/// Reads the flows use case's query: limit (1-1000, default 100), offset, status (pledged, committed or
/// paid), donor; invalid_input naming the parameter, or an unknown one.
domain::Result<FlowsQuery> flows_query(std::string_view slug, const QueryMap& query);

/// Reads the flow history use case's query from the flow's id as text; invalid_input naming "id" unless
/// it is a whole number from 1.
domain::Result<FlowHistoryQuery> flow_history_query(std::string_view slug, std::string_view id);

/// POST .../funding/import: the CSV `text` (named `name` in error locations) imported into the
/// mission, all or nothing; rows without a mission get `slug`, rows without a source `source_id`
/// ("" requires a source column), donors named as the store's countries are (Canada) their ISO3 codes.
/// not_found naming "slug".
domain::Result<ingest::FundingImportReport> import_flows(store::RecordStore& records,
                                                         const ingest::FundingReference& reference,
                                                         std::string_view slug, std::string text,
                                                         std::string name, const store::Actor& who,
                                                         std::string source_id = {});
/// The same, reading the CSV from `reader` (an HTTP body streamed from disk).
domain::Result<ingest::FundingImportReport> import_flows(store::RecordStore& records,
                                                         const ingest::FundingReference& reference,
                                                         std::string_view slug, ingest::CsvReader reader,
                                                         const store::Actor& who, std::string source_id = {});

/// An export body and its media type.
struct Export {
    std::string content_type;
    std::string body;
};

/// GET .../funding/export: format csv (default) or json; hxl=yes adds the HXL row to CSV.
domain::Result<Export> export_flows(store::RecordStore& records, std::string_view slug,
                                    const QueryMap& query);

}  // namespace mssops::app
