#include "ingest/incident_import.hpp"

#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>

#include "ingest/incident_csv_reader.hpp"

namespace mssops::ingest {
namespace {

constexpr std::int64_t progress_every = 4096;

std::string summary_json(const std::string& file, const IncidentImportReport& report) {
    boost::json::object summary;
    summary["file"] = file;
    summary["rows"] = report.rows;
    summary["skipped"] = report.skipped;
    return boost::json::serialize(summary);
}

/// Fills adm1_pcode / adm2_pcode from the point when the row has coordinates but not the code.
void locate(domain::Fields& fields, const IncidentImportOptions& options, IncidentImportReport& report) {
    auto coordinate = [&](const char* name) -> std::optional<double> {
        auto it = fields.find(name);
        if (it == fields.end()) return std::nullopt;
        if (auto* real = std::get_if<double>(&it->second)) return *real;
        if (auto* whole = std::get_if<std::int64_t>(&it->second)) return static_cast<double>(*whole);
        return std::nullopt;
    };
    auto latitude = coordinate("latitude");
    auto longitude = coordinate("longitude");
    if (!latitude || !longitude) return;
    bool outside = false, found = false;
    for (auto [locator, field] : {std::pair{options.adm1_units, "adm1_pcode"}, std::pair{options.adm2_units, "adm2_pcode"}}) {
        if (!locator || fields.count(field)) continue;
        auto pcode = locator->locate(*longitude, *latitude);
        if (pcode) fields.emplace(field, std::move(*pcode));
        (pcode ? found : outside) = true;
    }
    if (outside) ++report.outside_units;
    else if (found) ++report.located;
}

}  // namespace

domain::Result<IncidentImportReport> import_incidents(CsvReader csv, store::IncidentStore& store,
                                                      const store::Actor& who, const IncidentImportOptions& options) {
    auto reader = IncidentCsvReader::open(std::move(csv));
    if (!reader) return reader.error();

    IncidentImportReport report;
    report.hxl = reader->uses_hxl();
    bool rejected = false;  // Strict mode met a bad row: roll back, but the report is the answer.
    auto report_progress = [&] {
        if (options.progress)
            options.progress(reader->rows(), reader->csv().bytes_read(), reader->csv().total_bytes());
    };
    auto work = [&](store::IncidentImport& import) -> domain::Result<std::string> {
        domain::Fields fields;
        for (;;) {
            auto row = reader->next(fields);
            if (!row) {
                ++report.skipped;
                if (report.errors.size() < options.max_reported_errors) report.errors.push_back(row.error());
                continue;
            }
            if (!*row) break;
            if (reader->rows() % progress_every == 0) report_progress();
            // In strict mode a bad row anywhere voids the file, so later rows need no writing.
            if (options.mode == ImportMode::strict && report.skipped > 0) continue;
            if (options.adm1_units || options.adm2_units) locate(fields, options, report);
            auto outcome = import.put(fields);
            if (!outcome) return outcome.error();
        }
        report.rows = reader->rows();
        report_progress();
        if (options.mode == ImportMode::strict && report.skipped > 0) {
            rejected = true;
            return domain::Error::invalid(reader->csv().name(), "the file has bad rows and --strict rejects it whole");
        }
        for (const auto& key : options.deleted_keys)
            if (auto retired = import.retire_key(key); !retired) return retired.error();
        return summary_json(reader->csv().name(), report);
    };
    auto counts = store.import(who, work);
    if (!counts) {
        if (rejected) return report;
        return counts.error();
    }
    report.counts = *counts;
    report.committed = true;
    return report;
}

}  // namespace mssops::ingest
