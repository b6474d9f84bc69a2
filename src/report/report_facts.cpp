#include "report/report_facts.hpp"

#include <set>

#include "domain/kind_names.hpp"
#include "report/mission_facts.hpp"
#include "store/unit_labels.hpp"

namespace mssops::report {
namespace {

using domain::Error;
using domain::Result;

Result<std::vector<store::AggregateRow>> weekly_by_department(store::Store& store, const std::string& country,
                                                              const ReportPeriod& period) {
    store::AggregateQuery query;
    query.by = store::AggregateBy::adm1;
    query.period = domain::IncidentPeriod::week;
    query.from = domain::to_iso_day(period.from);
    query.to = domain::to_iso_day(period.to);
    query.country = country;
    return store::aggregate_with_unit_names(store, query);
}

// A mission's incidents are those in its host country: events elsewhere that share the store (another
// country's ACLED file) are not the mission's and are not counted.
Result<IncidentFacts> load_incident_facts(store::Store& store, const std::string& country,
                                          const ReportPeriod& period) {
    store::IncidentStore& incidents = store.incidents();
    IncidentFacts facts;
    facts.country = country;
    store::IncidentQuery all;
    all.country = country;
    all.limit = 1;
    auto page = incidents.list(all);
    if (!page) return page.error();
    facts.stored = page->total;
    auto current = weekly_by_department(store, country, period);
    if (!current) return current.error();
    facts.period = std::move(current).value();
    auto previous = weekly_by_department(store, country, period.previous());
    if (!previous) return previous.error();
    facts.previous = std::move(previous).value();

    // The aggregates carry no sources, so the period's events are read once for the ones they name.
    std::set<std::string> source_ids;
    store::IncidentQuery in_period;
    in_period.from = domain::to_iso_day(period.from);
    in_period.to = domain::to_iso_day(period.to);
    in_period.country = country;
    auto visited = incidents.each(in_period, [&](const domain::Record& incident) {
        const std::string* source = incident.text("source_id");
        if (source && !source->empty())
            source_ids.insert(*source);
        else
            ++facts.without_source;
    });
    if (!visited) return visited.error();
    facts.source_ids.assign(source_ids.begin(), source_ids.end());
    return facts;
}

Result<std::map<std::string, SourceCitation>> load_sources(store::RecordStore& records) {
    store::ListQuery query;
    query.kind = domain::kinds::sources;
    auto listed = store::list_all_records(records, query);
    if (!listed) return listed.error();
    std::map<std::string, SourceCitation> sources;
    for (const auto& record : *listed) {
        auto citation = source_citation_from(record);
        if (!citation) {
            Error located = citation.error();
            located.field = "sources[" + record.key() + "]." + located.field;
            return located;
        }
        sources.emplace(citation->key, std::move(citation).value());
    }
    return sources;
}

}  // namespace

Result<SourceCitation> source_citation_from(const domain::Record& record) {
    SourceCitation citation;
    citation.key = record.key();
    const std::string* publisher = record.text("publisher");
    if (!publisher) return Error::invalid("publisher", "is required for a source, got nothing");
    const std::string* title = record.text("title");
    if (!title) return Error::invalid("title", "is required for a source, got nothing");
    citation.publisher = *publisher;
    citation.title = *title;
    if (const std::string* url = record.text("url")) citation.url = *url;
    if (const std::string* published = record.text("published")) {
        auto date = domain::PartialDate::parse(*published, "published");
        if (!date) return date.error();
        citation.published = *date;
    }
    const std::string* synthetic = record.text("synthetic");
    citation.synthetic = synthetic && *synthetic == "yes";
    return citation;
}

Result<ReportFacts> gather_report_facts(store::Store& store, const domain::ExchangeRateTable& rates,
                                        std::string_view slug, const ReportPeriod& period) {
    ReportFacts facts;
    auto mission = load_mission_facts(store.records(), slug);
    if (!mission) return mission.error();
    facts.mission = std::move(mission).value();
    auto newest_incident = newest_incident_date(store.incidents(), period.to);
    if (!newest_incident) return newest_incident.error();
    facts.mission.newest_incident = *newest_incident;
    auto memberships = load_council_memberships(store.records());
    if (!memberships) return memberships.error();
    facts.memberships = std::move(memberships).value();
    auto funding = load_funding_facts(store.records(), slug);
    if (!funding) return funding.error();
    facts.funding = std::move(funding).value();
    facts.rates = rates;
    auto incidents = load_incident_facts(store, facts.mission.mission.host_country, period);
    if (!incidents) return incidents.error();
    facts.incidents = std::move(incidents).value();
    auto sources = load_sources(store.records());
    if (!sources) return sources.error();
    facts.sources = std::move(sources).value();
    return facts;
}

}  // namespace mssops::report
