#include "funding_demo.hpp"

#include <chrono>
#include <random>

#include "app/funding_views.hpp"
#include "domain/kind_names.hpp"
#include "domain/partial_date.hpp"

namespace mssops::tools {
namespace {

using domain::Error;
using domain::Result;
using std::chrono::days;
using std::chrono::sys_days;

const char* source_key = funding_demo_source;

/// A small deterministic generator: std::mt19937_64's sequence is fixed by the standard, and the
/// range reduction is ours, so every platform draws the same demo.
class Draw {
public:
    explicit Draw(std::uint64_t seed) : engine_(seed) {}
    std::int64_t between(std::int64_t low, std::int64_t high) {
        return low + static_cast<std::int64_t>(engine_() % static_cast<std::uint64_t>(high - low + 1));
    }

private:
    std::mt19937_64 engine_;
};

struct Donor {
    const char* donor;
    const char* currency;
};

// ISO3 donors (and one organisation key) with the currency they would pledge in; only currencies
// the shipped rate table converts, so the import computes every USD value.
const Donor donors[] = {{"USA", "USD"}, {"CAN", "CAD"}, {"FRA", "EUR"}, {"DEU", "EUR"}, {"GBR", "GBP"},
                        {"JPN", "JPY"}, {"ESP", "EUR"}, {"NLD", "EUR"}, {"eu", "EUR"}};
const char* categories[] = {"personnel", "logistics", "equipment", "fuel_and_transport"};

struct DemoFlow {
    std::string key;
    Donor donor;
    std::int64_t amount = 0;  // Whole units of the currency.
    sys_days pledged;
    std::optional<sys_days> committed;
    std::optional<sys_days> paid;
};

std::vector<DemoFlow> draw_flows(Draw& draw, int count) {
    const sys_days first = domain::parse_iso_day("2024-02-01", "date").value();
    std::vector<DemoFlow> flows;
    for (int i = 0; i < count; ++i) {
        DemoFlow flow;
        flow.key = "demo-flow-" + std::to_string(i + 1);
        flow.donor = donors[draw.between(0, std::size(donors) - 1)];
        std::int64_t thousands = draw.between(500, 40'000);
        // Yen amounts are about 150 times larger for the same value.
        flow.amount = thousands * 1000 * (std::string(flow.donor.currency) == "JPY" ? 150 : 1);
        flow.pledged = first + days{draw.between(0, 300)};
        if (draw.between(0, 2) > 0) {
            flow.committed = flow.pledged + days{draw.between(20, 90)};
            if (draw.between(0, 2) > 0) flow.paid = *flow.committed + days{draw.between(15, 120)};
        }
        flows.push_back(std::move(flow));
    }
    return flows;
}

enum class Round { pledged, committed, paid };

// One CSV per round: a flow appears with the furthest status it has reached by that round, so the
// store keeps one record per flow whose audit entries are its history.
std::string round_csv(const std::vector<DemoFlow>& flows, Round round) {
    std::string csv = "id,donor,recipient,amount_original,currency,status,date,description,source\n";
    for (const auto& flow : flows) {
        std::string status = "pledged";
        sys_days date = flow.pledged;
        if (round != Round::pledged && flow.committed) {
            status = "committed";
            date = *flow.committed;
        }
        if (round == Round::paid && flow.paid) {
            status = "paid";
            date = *flow.paid;
        }
        csv += flow.key + "," + flow.donor.donor + ",mss-trust-fund," + std::to_string(flow.amount) + "," +
               flow.donor.currency + "," + status + "," + domain::to_iso_day(date) +
               ",SYNTHETIC demo flow (not real data)," + source_key + "\n";
    }
    return csv;
}

std::vector<store::Change> draw_spending(Draw& draw, const std::string& mission) {
    std::vector<store::Change> changes;
    for (int month = 0; month < 12; ++month) {
        int year = 2024 + (6 + month) / 12;
        int month_number = (6 + month) % 12 + 1;
        char month_text[8];
        std::snprintf(month_text, sizeof month_text, "%04d-%02d", year, month_number);
        for (const char* category : categories) {
            std::int64_t amount = draw.between(200, 4'000) * 1000;
            changes.push_back({std::string(domain::kinds::expenditures),
                               {{"key", "demo-exp-" + std::string(month_text) + "-" + category},
                                {"mission", mission},
                                {"month", std::string(month_text)},
                                {"category", std::string(category)},
                                {"amount_usd", amount},
                                {"source_id", std::string(source_key)}}});
        }
    }
    return changes;
}

Result<std::string> demo_mission(store::Store& store, const std::string& given, const store::Actor& who) {
    if (!given.empty()) return given;
    store::ListQuery query;
    query.kind = domain::kinds::missions;
    query.limit = 2;
    auto page = store.records().list(query);
    if (!page) return page.error();
    if (page->total == 1) return page->items.front().key();
    auto created = store.records().apply({{std::string(domain::kinds::missions),
                                           {{"key", std::string("demo-mission")},
                                            {"name", std::string("Synthetic demo mission (not real data)")},
                                            {"host_country", std::string("HTI")},
                                            {"mission_kind", std::string("multinational_authorized")},
                                            {"source_id", std::string(source_key)}}}},
                                         who);
    if (!created) return created.error();
    return std::string("demo-mission");
}

}  // namespace

Result<FundingDemoReport> write_funding_demo(store::Store& store, const ingest::FundingReference& reference,
                                             const FundingDemoOptions& options) {
    store::Actor who{"demo:funding"};
    auto source = store.records().apply(
        {{std::string(domain::kinds::sources),
          {{"key", std::string(source_key)},
           {"publisher", std::string("mssops demo generator")},
           {"title", std::string("Synthetic funding flows and expenditures (not real data)")},
           {"synthetic", std::string("yes")},
           {"notes", std::string("Generated by the mssops-funding-demo tool with a fixed seed; no figure is "
                                 "real.")}}}},
        who);
    if (!source) return source.error();
    auto mission = demo_mission(store, options.mission, who);
    if (!mission) return mission.error();

    Draw draw(options.seed);
    auto flows = draw_flows(draw, options.flows);
    for (Round round : {Round::pledged, Round::committed, Round::paid}) {
        auto report =
            app::import_flows(store.records(), reference, *mission, round_csv(flows, round), "demo.csv", who);
        if (!report) return report.error();
        if (!report->committed) return ingest::rejection_error(*report);
    }
    auto spent = store.records().apply(draw_spending(draw, *mission), who);
    if (!spent) return spent.error();
    return FundingDemoReport{*mission, flows.size(), spent->created + spent->updated + spent->unchanged};
}

}  // namespace mssops::tools
