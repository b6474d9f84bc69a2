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
    summary["located"] = report.located;
    summary["outside_units"] = report.outside_units;
    return boost::json::serialize(summary);
}

/// Fills adm1_pcode / adm2_pcode from the point when the row has coordinates but not the code.
void locate(store::IncidentRow& row, const IncidentImportOptions& options, IncidentImportReport& report) {
    static const std::size_t latitude = store::incident_column("latitude"),
                             longitude = store::incident_column("longitude"),
                             adm1 = store::incident_column("adm1_pcode"),
                             adm2 = store::incident_column("adm2_pcode"), key = store::incident_column("key");
    if (!row.has(latitude) || !row.has(longitude)) return;
    bool outside = false, found = false;
    for (auto [locator, column] :
         {std::pair{options.adm1_units, adm1}, std::pair{options.adm2_units, adm2}}) {
        if (!locator || row.has(column)) continue;
        auto pcode = locator->locate(row.real(longitude), row.real(latitude));
        if (pcode) row.set_owned_text(column, *pcode);
        (pcode ? found : outside) = true;
    }
    if (outside) {
        ++report.outside_units;
        if (report.outside_keys.size() < options.max_reported_outside)
            report.outside_keys.emplace_back(row.text(key));
    } else if (found) {
        ++report.located;
    }
}

}  // namespace

void AdminUnitLocators::use_in(IncidentImportOptions& options) const {
    options.adm1_units = adm1 ? &*adm1 : nullptr;
    options.adm2_units = adm2 ? &*adm2 : nullptr;
}

domain::Result<AdminUnitLocators> load_admin_unit_locators(store::RecordStore& records) {
    AdminUnitLocators locators;
    for (auto [level, locator] : {std::pair{1, &locators.adm1}, std::pair{2, &locators.adm2}}) {
        auto units = list_admin_units(records, level);
        if (!units) return units.error();
        if (units->empty()) continue;
        auto built = AdminUnitLocator::build(*units);
        if (!built) return built.error();
        locator->emplace(std::move(built).value());
    }
    return locators;
}

domain::Result<IncidentImportReport> import_incidents(CsvReader csv, store::IncidentStore& store,
                                                      const store::Actor& who,
                                                      const IncidentImportOptions& options) {
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
        store::IncidentRow incident;
        for (;;) {
            auto row = reader->next(incident);
            if (!row) {
                // Bytes that are not text in the file's encoding mean the whole file was read in the
                // wrong one: skipping those rows would keep the rest mis-read, so nothing lands.
                if (reader->csv().undecodable()) return row.error();
                ++report.skipped;
                if (report.errors.size() < options.max_reported_errors) report.errors.push_back(row.error());
                continue;
            }
            if (!*row) break;
            if (reader->rows() % progress_every == 0) report_progress();
            // In strict mode a bad row anywhere voids the file, so later rows need no writing.
            if (options.mode == ImportMode::strict && report.skipped > 0) continue;
            if (options.adm1_units || options.adm2_units) locate(incident, options, report);
            auto outcome = import.put(incident);
            if (!outcome) return outcome.error();
        }
        report.rows = reader->rows();
        report_progress();
        if (options.mode == ImportMode::strict && report.skipped > 0) {
            rejected = true;
            return domain::Error::invalid(reader->csv().name(),
                                          "the file has bad rows and --strict rejects it whole");
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
