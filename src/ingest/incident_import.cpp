#include "ingest/incident_import.hpp"

#include <chrono>
#include <filesystem>

#include "domain/kind_names.hpp"
#include "domain/partial_date.hpp"
#include "ingest/incident_csv_reader.hpp"
#include "ingest/place_name.hpp"

namespace mssops::ingest {
namespace {

constexpr std::int64_t progress_every = 4096;

store::ImportSummary import_summary(const std::string& file, const IncidentImportReport& report) {
    return store::ImportSummary{.file = store::ImportedFile{.name = file,
                                                            .rows = report.rows,
                                                            .skipped = report.skipped,
                                                            .located = report.located,
                                                            .located_by_name = report.located_by_name,
                                                            .outside_units = report.outside_units}};
}

/// Fills adm1_pcode / adm2_pcode the row lacks from the units holding its point, and adm1_pcode
/// of a row whose point lies in no department (or that has none) from its admin1 name.
void locate(store::IncidentRow& row, const IncidentImportOptions& options, IncidentImportReport& report) {
    static const std::size_t latitude = store::incident_column("latitude"),
                             longitude = store::incident_column("longitude"),
                             adm1 = store::incident_column("adm1_pcode"),
                             adm2 = store::incident_column("adm2_pcode"),
                             admin1 = store::incident_column("admin1"), key = store::incident_column("key");
    const bool has_point = row.has(latitude) && row.has(longitude);
    bool outside = false, found = false, by_name = false;
    for (auto [locator, column] :
         {std::pair{options.adm1_units, adm1}, std::pair{options.adm2_units, adm2}}) {
        if (!locator || row.has(column)) continue;
        std::optional<std::string> pcode;
        if (has_point) pcode = locator->locate(row.real(longitude), row.real(latitude));
        if (!pcode && column == adm1 && options.adm1_names && row.has(admin1)) {
            pcode = options.adm1_names->find(row.text(admin1));
            by_name = pcode.has_value();
        }
        if (pcode) row.set_owned_text(column, *pcode);
        if (pcode)
            found = true;
        else if (has_point)
            outside = true;
    }
    if (outside) {
        ++report.outside_units;
        if (report.outside_keys.size() < options.max_reported_outside)
            report.outside_keys.emplace_back(row.text(key));
    } else if (found) {
        ++report.located;
    }
    if (by_name) ++report.located_by_name;
}

std::string today_utc() {
    auto now = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    return domain::to_iso_day(std::chrono::sys_days{now});
}

bool mentions_acled(std::string_view name) {
    std::string lowered(name);
    for (char& c : lowered)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return lowered.find("acled") != std::string::npos;
}

}  // namespace

bool has_acled_columns(const std::vector<std::string>& columns) {
    static const char* const signature[] = {"event_date", "event_type", "sub_event_type", "actor1", "admin1",
                                            "fatalities", "iso",        "timestamp"};
    for (const char* wanted : signature) {
        bool found = false;
        for (const auto& column : columns) {
            std::string name;
            for (char c : column)
                if (c != ' ' && c != '\t' && c != '\r')
                    name += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
            found = found || name == wanted;
        }
        if (!found) return false;
    }
    return true;
}

std::string import_publisher(const ImportSource& source) {
    if (!source.publisher.empty()) return source.publisher;
    const std::string file = std::filesystem::path(source.file_name).filename().string();
    if (mentions_acled(file) || has_acled_columns(source.columns)) return "ACLED";
    return "";
}

UnitNames UnitNames::from_units(const std::vector<domain::Record>& units) {
    UnitNames names;
    for (const auto& unit : units) {
        const std::string* pcode = unit.text("pcode");
        if (!pcode) continue;
        for (const char* field : {"name", "name_alt"}) {
            const std::string* name = unit.text(field);
            if (!name) continue;
            auto [it, added] = names.pcodes.emplace(bare_place_name(*name), *pcode);
            // A name two units share names neither.
            if (!added && it->second != *pcode) it->second.clear();
        }
    }
    std::erase_if(names.pcodes, [](const auto& entry) { return entry.second.empty(); });
    return names;
}

std::optional<std::string> UnitNames::find(std::string_view name) const {
    auto it = pcodes.find(bare_place_name(name));
    if (it == pcodes.end()) return std::nullopt;
    return it->second;
}

void AdminUnitLocators::use_in(IncidentImportOptions& options) const {
    options.adm1_units = adm1 ? &*adm1 : nullptr;
    options.adm2_units = adm2 ? &*adm2 : nullptr;
    options.adm1_names = adm1 ? &adm1_names : nullptr;
}

domain::Result<std::string> record_import_source(store::RecordStore& records, const ImportSource& source,
                                                 const store::Actor& who) {
    const std::string file = std::filesystem::path(source.file_name).filename().string();
    std::string publisher = import_publisher(source);
    std::string title = file;
    if (publisher.empty()) {
        // The events still cite the file: a reader sees where they came from, and that nobody said who
        // published it, instead of events that cite nothing.
        publisher = "unknown publisher (" + file + ")";
        title = file + " (publisher unknown: import it again with --publisher, or ?publisher=, to name it)";
    }
    std::string key = "import-";
    for (char c : file) {
        char lowered = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
        bool keep = (lowered >= 'a' && lowered <= 'z') || (lowered >= '0' && lowered <= '9');
        key += keep ? lowered : '-';
    }
    domain::Fields fields{{"key", key},
                          {"publisher", publisher},
                          {"title", title},
                          {"accessed", source.accessed.empty() ? today_utc() : source.accessed},
                          {"source_kind", std::string("dataset")}};
    if (publisher == "ACLED") {
        // ACLED's terms of use require attribution wherever its events are shown.
        fields["url"] = std::string("https://acleddata.com/");
        fields["notes"] = std::string(
            "Armed Conflict Location & Event Data (ACLED) events, imported from this file; ACLED's terms "
            "require attribution.");
    }
    auto applied =
        records.apply({store::Change{std::string(domain::kinds::sources), std::move(fields)}}, who);
    if (!applied) return applied.error();
    return key;
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
        if (level == 1) locators.adm1_names = UnitNames::from_units(*units);
    }
    return locators;
}

domain::Result<IncidentImportReport> import_incidents(CsvReader csv, store::IncidentStore& store,
                                                      const store::Actor& who,
                                                      const IncidentImportOptions& options) {
    auto reader = IncidentCsvReader::open(std::move(csv));
    if (!reader) return reader.error();

    reader->set_defaults(options.countries, options.country, options.source_id);
    IncidentImportReport report;
    report.hxl = reader->uses_hxl();
    bool rejected = false;  // Strict mode met a bad row: roll back, but the report is the answer.
    auto report_progress = [&] {
        if (options.progress)
            options.progress(reader->rows(), reader->csv().bytes_read(), reader->csv().total_bytes());
    };
    auto work = [&](store::IncidentImport& import) -> domain::Result<store::ImportSummary> {
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
        return import_summary(reader->csv().name(), report);
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
