#include "ingest/funding_import.hpp"

#include <set>

#include "domain/flow_history.hpp"
#include "domain/funding_flow.hpp"
#include "domain/kind_names.hpp"
#include "ingest/fts_csv.hpp"

namespace mssops::ingest {
namespace {

using domain::Error;

void report_bad_row(FundingImportReport& report, Error error, const FundingImportOptions& options) {
    ++report.bad_rows;
    if (report.errors.size() < options.max_reported_errors) report.errors.push_back(std::move(error));
}

// Fills amount_usd from the rate table when the row has none, so the stored flow keeps the value
// at its own date even if the table later gains rates.
domain::Result<void> fill_usd(FlowRow& row, const domain::ExchangeRateTable& rates) {
    if (row.fields.contains("amount_usd")) return {};
    auto flow = domain::funding_flow_from(
        domain::Record{std::string(domain::kinds::funding_flows), 0, 0, false, "", "", row.fields});
    if (!flow) return Error::invalid(row.location_of(flow.error().field), flow.error().message);
    auto usd = rates.to_usd(flow->amount, flow->currency, flow->date);
    if (!usd)
        return Error::invalid(row.location_of("currency"),
                              row.column_of("currency") + ": " + usd.error().message);
    row.fields["amount_usd"] = domain::cents_to_number(*usd);
    return {};
}

domain::Result<void> check_transition(const FlowRow& row, const domain::Record& stored) {
    const std::string* before = stored.text("status");
    const std::string* after = domain::text_of(row.fields, "status");
    if (!before || !after) return {};
    auto from = domain::parse_flow_status(*before, "status");
    auto to = domain::parse_flow_status(*after, "status");
    if (!from || !to) return {};
    auto allowed = domain::validate_transition(*from, *to, row.correction, row.location_of("status"));
    if (!allowed)
        return Error::invalid(allowed.error().field,
                              row.column_of("status") + ": " + allowed.error().message);
    return {};
}

// The store names a failed change "funding_flows[<index>].<field>"; the person fixing the file
// needs the row and cell it came from.
Error locate_store_error(const Error& error, const std::vector<FlowRow>& rows) {
    const std::string prefix = "funding_flows[";
    if (error.field.rfind(prefix, 0) != 0) return error;
    auto close = error.field.find(']');
    if (close == std::string::npos) return error;
    std::size_t index = std::stoul(error.field.substr(prefix.size(), close - prefix.size()));
    if (index >= rows.size()) return error;
    std::string field = close + 2 <= error.field.size() ? error.field.substr(close + 2) : std::string{};
    Error located = error;
    located.field = rows[index].location_of(field);
    located.message = rows[index].column_of(field) + ": " + error.message;
    return located;
}

}  // namespace

domain::Result<FundingImportReport> import_funding_flows(CsvReader csv, store::RecordStore& records,
                                                         const domain::ExchangeRateTable& rates,
                                                         const store::Actor& who,
                                                         const FundingImportOptions& options) {
    auto reader = FtsCsvReader::open(std::move(csv), options.source_id);
    if (!reader) return reader.error();
    FundingImportReport report;
    report.hxl = reader->uses_hxl();
    std::vector<FlowRow> rows;
    std::set<std::string> keys;
    while (true) {
        FlowRow row;
        auto more = reader->next(row);
        if (!more) {
            report_bad_row(report, more.error(), options);
            continue;
        }
        if (!*more) break;
        if (!options.mission.empty() && !row.fields.contains("mission"))
            row.fields["mission"] = options.mission;
        if (options.countries)
            if (const std::string* donor = domain::text_of(row.fields, "donor"))
                if (auto code = options.countries->by_name(*donor)) row.fields["donor"] = *code;
        const std::string key = *domain::text_of(row.fields, "key");
        if (!keys.insert(key).second) {
            report_bad_row(report,
                           Error::invalid(row.location_of("key"),
                                          row.column_of("key") + ": " + key + " appears twice in the file"),
                           options);
            continue;
        }
        if (auto filled = fill_usd(row, rates); !filled) {
            report_bad_row(report, filled.error(), options);
            continue;
        }
        auto stored = records.find_by_key(domain::kinds::funding_flows, key);
        if (stored) {
            if (auto allowed = check_transition(row, *stored); !allowed) {
                report_bad_row(report, allowed.error(), options);
                continue;
            }
        } else if (stored.error().code != domain::ErrorCode::not_found) {
            return stored.error();
        }
        rows.push_back(std::move(row));
    }
    report.rows = reader->rows();
    if (report.bad_rows > 0) return report;

    std::vector<store::Change> changes;
    changes.reserve(rows.size());
    for (const auto& row : rows) changes.push_back({std::string(domain::kinds::funding_flows), row.fields});
    auto written = records.apply(changes, who);
    if (!written) {
        if (written.error().code != domain::ErrorCode::invalid_input) return written.error();
        report_bad_row(report, locate_store_error(written.error(), rows), options);
        return report;
    }
    report.written = written.value();
    report.committed = true;
    return report;
}

Error rejection_error(const FundingImportReport& report) {
    MSSOPS_VERIFY(!report.errors.empty());
    Error error = report.errors.front();
    if (report.bad_rows > 1)
        error.message += " (and " + std::to_string(report.bad_rows - 1) + " more bad row" +
                         (report.bad_rows > 2 ? "s" : "") + ")";
    return error;
}

}  // namespace mssops::ingest
