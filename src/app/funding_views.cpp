#include "app/funding_views.hpp"

#include "ingest/country_lookup.hpp"

#include <boost/json/serialize.hpp>
#include <charconv>
#include <set>

#include "app/funding_json.hpp"
#include "domain/assessed_apportionment.hpp"
#include "domain/kind_names.hpp"
#include "domain/money.hpp"
#include "domain/whole_number.hpp"
#include "ingest/fts_csv.hpp"
#include "store/record_json.hpp"

namespace mssops::app {
namespace {

namespace json = boost::json;
using domain::Error;
using domain::Result;

Result<void> only_known(const QueryMap& query, std::initializer_list<const char*> known) {
    std::set<std::string> names(known.begin(), known.end());
    for (const auto& [name, value] : query) {
        if (names.contains(name)) continue;
        std::string list;
        for (const char* item : known) list += (list.empty() ? "" : ", ") + std::string(item);
        return Error::invalid(name, "is not a parameter here; known: " + list);
    }
    return {};
}

Result<std::optional<std::int64_t>> integer_parameter(const QueryMap& query, const char* name,
                                                      std::int64_t min, std::int64_t max) {
    auto found = query.find(name);
    if (found == query.end()) return std::optional<std::int64_t>();
    auto value = domain::parse_whole_number(found->second, name, min, max);
    if (!value) return value.error();
    return std::optional<std::int64_t>(*value);
}

Result<std::optional<std::chrono::year_month>> month_parameter(const QueryMap& query, const char* name) {
    auto found = query.find(name);
    if (found == query.end()) return std::optional<std::chrono::year_month>();
    auto date = domain::PartialDate::parse(found->second, name);
    if (!date || date->precision != domain::DatePrecision::month || date->approximate)
        return Error::invalid(name, "must be a month as YYYY-MM, got \"" + found->second + "\"");
    return std::optional<std::chrono::year_month>(std::chrono::year{date->year} /
                                                  std::chrono::month{date->month});
}

}  // namespace

Result<FundingSummaryQuery> funding_summary_query(std::string_view slug, const QueryMap& query) {
    if (auto known = only_known(query, {"as_of", "burn_window", "deployed"}); !known) return known.error();
    FundingSummaryQuery typed;
    typed.slug = std::string(slug);
    auto as_of = month_parameter(query, "as_of");
    if (!as_of) return as_of.error();
    typed.options.as_of = *as_of;
    auto window = integer_parameter(query, "burn_window", 1, 120);
    if (!window) return window.error();
    if (*window) typed.options.burn_window_months = **window;
    auto given = integer_parameter(query, "deployed", 0, 10'000'000);
    if (!given) return given.error();
    typed.deployed = *given;
    return typed;
}

Result<FlowsQuery> flows_query(std::string_view slug, const QueryMap& query) {
    if (auto known = only_known(query, {"limit", "offset", "status", "donor"}); !known) return known.error();
    FlowsQuery typed;
    typed.slug = std::string(slug);
    auto limit = integer_parameter(query, "limit", 1, 1000);
    if (!limit) return limit.error();
    if (*limit) typed.limit = **limit;
    auto offset = integer_parameter(query, "offset", 0, INT64_MAX);
    if (!offset) return offset.error();
    if (*offset) typed.offset = **offset;
    if (auto status = query.find("status"); status != query.end()) {
        auto parsed = domain::parse_flow_status(status->second, "status");
        if (!parsed) return parsed.error();
        typed.status = *parsed;
    }
    if (auto donor = query.find("donor"); donor != query.end()) typed.donor = donor->second;
    return typed;
}

Result<FlowHistoryQuery> flow_history_query(std::string_view slug, std::string_view id_text) {
    std::int64_t id = 0;
    auto [end, ec] = std::from_chars(id_text.data(), id_text.data() + id_text.size(), id);
    if (ec != std::errc() || end != id_text.data() + id_text.size() || id < 1)
        return Error::invalid("id", "must be a flow's numeric id, got \"" + std::string(id_text) + "\"");
    return FlowHistoryQuery{std::string(slug), id};
}

Result<AssessedQuery> assessed_query(std::string_view slug, const QueryMap& query) {
    if (auto known = only_known(query, {"budget", "partial"}); !known) return known.error();
    auto budget_text = query.find("budget");
    if (budget_text == query.end())
        return Error::invalid("budget", "is required: the annual budget in US dollars, such as 600000000");
    auto budget = domain::parse_cents(budget_text->second, "budget");
    if (!budget) return budget.error();
    AssessedQuery typed{std::string(slug), *budget, domain::ScaleCoverage::whole};
    if (auto partial = query.find("partial"); partial != query.end()) {
        if (partial->second != "true" && partial->second != "false")
            return Error::invalid("partial", "must be true or false, got \"" + partial->second + "\"");
        if (partial->second == "true") typed.coverage = domain::ScaleCoverage::partial;
    }
    return typed;
}

Result<ingest::FundingImportReport> import_flows(store::RecordStore& records,
                                                 const ingest::FundingReference& reference,
                                                 std::string_view slug, std::string text, std::string name,
                                                 const store::Actor& who, std::string source_id) {
    return import_flows(records, reference, slug,
                        ingest::CsvReader::from_text(std::move(text), std::move(name)), who,
                        std::move(source_id));
}

Result<ingest::FundingImportReport> import_flows(store::RecordStore& records,
                                                 const ingest::FundingReference& reference,
                                                 std::string_view slug, ingest::CsvReader reader,
                                                 const store::Actor& who, std::string source_id) {
    if (auto exists = mission_exists(records, slug); !exists) return exists.error();
    auto countries = ingest::CountryLookup::load(records);
    if (!countries) return countries.error();
    ingest::FundingImportOptions options;
    options.mission = std::string(slug);
    options.source_id = std::move(source_id);
    options.countries = &*countries;
    return ingest::import_funding_flows(std::move(reader), records, reference.rates, who, options);
}

Result<Export> export_flows(store::RecordStore& records, std::string_view slug, const QueryMap& query) {
    if (auto known = only_known(query, {"format", "hxl"}); !known) return known.error();
    std::string format = query.contains("format") ? query.at("format") : "csv";
    if (format != "csv" && format != "json")
        return Error::invalid("format", "must be csv or json, got \"" + format + "\"");
    std::string hxl = query.contains("hxl") ? query.at("hxl") : "no";
    if (hxl != "yes" && hxl != "no") return Error::invalid("hxl", "must be yes or no, got \"" + hxl + "\"");
    auto facts = report::load_funding_facts(records, slug);
    if (!facts) return facts.error();
    if (format == "json") return Export{"application/json", json::serialize(flows_json(facts->flow_records))};
    return Export{
        "text/csv; charset=utf-8",
        ingest::write_fts_csv(facts->flow_records, hxl == "yes" ? ingest::HxlRow::yes : ingest::HxlRow::no)};
}

}  // namespace mssops::app
