#include "app/incident_query.hpp"

#include <algorithm>
#include <charconv>

#include "domain/kind_names.hpp"
#include "ingest/country_lookup.hpp"
#include "store/unit_labels.hpp"

namespace mssops::app {

using domain::Error;
using domain::Record;
using domain::Result;

namespace {

// The store lists at most this many incidents per call, so a larger read goes in chunks.
constexpr std::int64_t store_page = 1000;

}  // namespace

Result<std::optional<std::string>> mission_host_country(store::RecordStore& records,
                                                        const std::optional<std::string>& slug) {
    if (!slug) return std::optional<std::string>();
    auto mission = records.find_by_key(domain::kinds::missions, *slug);
    if (!mission) {
        if (mission.error().code == domain::ErrorCode::not_found)
            return Error::not_found("mission", "no mission has the slug \"" + *slug + "\"");
        return mission.error();
    }
    const std::string* host = mission->text("host_country");
    if (!host) return Error::invalid("mission", "the mission \"" + *slug + "\" names no host country");
    return std::optional<std::string>(*host);
}

Result<store::IncidentQuery> scoped_filters(store::Store& store, const IncidentListQuery& query) {
    store::IncidentQuery filters = query.filters;
    auto country = mission_host_country(store.records(), query.mission);
    if (!country) return country.error();
    if (*country) {
        if (filters.country && *filters.country != **country)
            return Error::invalid("country", "must be the mission's host country " + **country +
                                                 " or absent, got \"" + *filters.country + "\"");
        filters.country = *country;
    }
    return filters;
}

Result<store::Page> list_incidents(store::Store& store, const IncidentListQuery& query) {
    auto filters = scoped_filters(store, query);
    if (!filters) return filters.error();
    return store.incidents().list(*filters);
}

Result<void> each_incident(store::Store& store, const IncidentListQuery& query,
                           const std::function<void(const Record&)>& visit) {
    auto filters = scoped_filters(store, query);
    if (!filters) return filters.error();
    return store.incidents().each(*filters, visit);
}

Result<Record> find_incident(store::Store& store, const std::string& id_or_key) {
    std::int64_t id = 0;
    auto [end, ec] = std::from_chars(id_or_key.data(), id_or_key.data() + id_or_key.size(), id);
    if (ec == std::errc() && end == id_or_key.data() + id_or_key.size()) return store.incidents().get(id);
    return store.incidents().find_by_key(id_or_key);
}

Result<IncidentAggregate> aggregate_incidents(store::Store& store, const IncidentAggregateQuery& query) {
    IncidentAggregate aggregate{.query = query.counting};
    auto country = mission_host_country(store.records(), query.mission);
    if (!country) return country.error();
    aggregate.query.country = *country;
    auto rows = store::aggregate_with_unit_names(store, aggregate.query);
    if (!rows) return rows.error();
    aggregate.rows = std::move(rows).value();
    return aggregate;
}

Result<IncidentPoints> incident_points(store::Store& store, const IncidentPointsQuery& query) {
    IncidentPoints points;
    store::IncidentQuery page_query = query.filters;
    while (points.read < query.limit) {
        page_query.offset = query.offset + points.read;
        page_query.limit = std::min(store_page, query.limit - points.read);
        auto page = store.incidents().list(page_query);
        if (!page) return page.error();
        points.total = page->total;
        for (auto& incident : page->items) {
            if (incident.number("latitude") && incident.number("longitude"))
                points.located.push_back(std::move(incident));
            else
                ++points.without_coordinates;
        }
        points.read += static_cast<std::int64_t>(page->items.size());
        if (page->items.size() < static_cast<std::size_t>(page_query.limit)) break;
    }
    return points;
}

Result<IncidentImportResult> import_incident_file(store::Store& store, const IncidentImportQuery& query,
                                                  const std::function<Result<ingest::CsvReader>()>& open,
                                                  const store::Actor& who) {
    ingest::IncidentImportOptions options;
    options.mode = query.mode;
    options.deleted_keys = query.deleted_keys;
    options.progress = query.progress;
    // Events with a point and no P-code get those of the stored admin units holding it.
    ingest::AdminUnitLocators locators;
    if (query.assignment != PcodeAssignment::none) {
        auto loaded = ingest::load_admin_unit_locators(store.records());
        if (!loaded) return loaded.error();
        locators = std::move(loaded).value();
        if (locators.empty() && query.assignment == PcodeAssignment::required)
            return Error::invalid(
                "assign_pcodes",
                "the store holds no admin units; run `mssops boundaries import` or `default` first");
        locators.use_in(options);
    }
    // Countries come as ACLED's M49 number or a name; the store's country table reads both.
    auto countries = ingest::CountryLookup::load(store.records());
    if (!countries) return countries.error();
    options.countries = &*countries;
    if (query.country) {
        auto code = countries->by_name(*query.country);
        if (!code)
            return Error::invalid(
                "country",
                "must be an ISO3 code or a country name the store knows, got \"" + *query.country + "\"");
        options.country = *code;
    }
    auto csv = open();
    if (!csv) return csv.error();
    // The header names an ACLED export when the file name does not.
    if (auto header = csv->read_header(); !header) return header.error();
    const ingest::ImportSource cited{
        .file_name = query.file_name, .publisher = query.publisher, .columns = csv->header()};
    auto source = ingest::record_import_source(store.records(), cited, who);
    if (!source) return source.error();
    options.source_id = *source;
    const bool publisher_known = !ingest::import_publisher(cited).empty();
    if (query.cited) query.cited(*source, publisher_known);
    auto report = ingest::import_incidents(std::move(csv).value(), store.incidents(), who, options);
    if (!report) return report.error();
    return IncidentImportResult{.report = std::move(report).value(),
                                .source_id = options.source_id,
                                .publisher_known = publisher_known,
                                .located_points = !locators.empty()};
}

}  // namespace mssops::app
