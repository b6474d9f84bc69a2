#include "domain/strength.hpp"

#include <algorithm>
#include <tuple>

namespace mssops::domain {
namespace {

using std::chrono::sys_days;

void add_source(std::vector<std::string>& sources, const std::string& source_id) {
    if (source_id.empty()) return;
    if (std::find(sources.begin(), sources.end(), source_id) == sources.end()) sources.push_back(source_id);
}

bool is_inexact(const PartialDate& date) {
    return date.precision != DatePrecision::day || date.approximate;
}

// Movements of a day come before the totals stated for it: a cumulative estimate is the state at
// the end of its date.
bool applies_before(const DeploymentEvent* a, const DeploymentEvent* b) {
    auto a_day = a->date.first_day(), b_day = b->date.first_day();
    if (a_day != b_day) return a_day < b_day;
    return a->basis == DeploymentBasis::reported && b->basis == DeploymentBasis::cumulative_estimate;
}

void apply(ContingentStrength& contingent, const DeploymentEvent& event) {
    bool total = event.basis == DeploymentBasis::cumulative_estimate;
    switch (event.kind) {
        case DeploymentKind::pledged:
            contingent.pledged = total ? event.count : contingent.pledged + event.count;
            break;
        case DeploymentKind::arrived:
            if (total) {
                contingent.arrived += std::max<std::int64_t>(0, event.count - contingent.deployed);
                contingent.deployed = event.count;
            } else {
                contingent.arrived += event.count;
                contingent.deployed += event.count;
            }
            break;
        case DeploymentKind::rotated_out:
        case DeploymentKind::withdrawn:
            contingent.departed += event.count;
            contingent.deployed -= event.count;
            break;
    }
    contingent.approximate = contingent.approximate || is_inexact(event.date);
    if (!contingent.last_event || contingent.last_event->first_day() <= event.date.first_day())
        contingent.last_event = event.date;
    add_source(contingent.source_ids, event.source_id);
}

std::string month_text(sys_days day) {
    std::chrono::year_month_day ymd{day};
    PartialDate month{static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()), 1,
                      DatePrecision::month, false};
    return month.to_text();
}

}  // namespace

std::int64_t StrengthAt::deployed_of(PersonnelType type) const {
    std::int64_t total = 0;
    for (const auto& contingent : contingents)
        if (counts_toward(contingent.personnel_type, type)) total += contingent.deployed;
    return total;
}

StrengthAt strength_at(const std::vector<DeploymentEvent>& events, sys_days at) {
    std::vector<const DeploymentEvent*> counted;
    for (const auto& event : events)
        if (event.date.first_day() <= at) counted.push_back(&event);
    std::stable_sort(counted.begin(), counted.end(), applies_before);

    std::map<std::tuple<std::string, PersonnelType>, ContingentStrength> contingents;
    for (const DeploymentEvent* event : counted) {
        auto& contingent = contingents[{event->country, event->personnel_type}];
        contingent.country = event->country;
        contingent.personnel_type = event->personnel_type;
        apply(contingent, *event);
    }

    StrengthAt strength;
    strength.at = at;
    for (auto& [key, contingent] : contingents) {
        if (contingent.deployed < 0) {
            // More left than arrived means an arrival is missing from the record; say so, count none.
            strength.warnings.push_back(contingent.country + " " + to_text(contingent.personnel_type) + ": " +
                                        std::to_string(-contingent.deployed) +
                                        " more departures than arrivals recorded by " + to_iso_day(at) +
                                        "; counted as 0 deployed");
            contingent.deployed = 0;
        }
        contingent.outstanding = std::max<std::int64_t>(0, contingent.pledged - contingent.deployed);
        strength.deployed += contingent.deployed;
        strength.pledged += contingent.pledged;
        strength.outstanding += contingent.outstanding;
        strength.approximate = strength.approximate || contingent.approximate;
        if (!strength.last_event || strength.last_event->first_day() <= contingent.last_event->first_day())
            strength.last_event = contingent.last_event;
        for (const auto& source : contingent.source_ids) add_source(strength.source_ids, source);
        strength.contingents.push_back(std::move(contingent));
    }
    return strength;
}

std::vector<StrengthGroup> group_strength(const StrengthAt& strength, StrengthGrouping grouping) {
    std::map<std::string, StrengthGroup> groups;
    for (const auto& contingent : strength.contingents) {
        std::string label =
            grouping == StrengthGrouping::country ? contingent.country : to_text(contingent.personnel_type);
        auto& group = groups[label];
        group.label = label;
        group.deployed += contingent.deployed;
        group.pledged += contingent.pledged;
        group.outstanding += contingent.outstanding;
        group.approximate = group.approximate || contingent.approximate;
        for (const auto& source : contingent.source_ids) add_source(group.source_ids, source);
    }
    std::vector<StrengthGroup> result;
    for (auto& [label, group] : groups) result.push_back(std::move(group));
    return result;
}

Result<StrengthGrouping> parse_strength_grouping(std::string_view text, std::string_view field) {
    if (text == "country") return StrengthGrouping::country;
    if (text == "personnel_type") return StrengthGrouping::personnel_type;
    return Error::invalid(std::string(field),
                          "must be country or personnel_type, got \"" + std::string(text) + "\"");
}

Result<std::vector<MonthlyStrength>> monthly_strength(const std::vector<DeploymentEvent>& events,
                                                      sys_days from, sys_days to) {
    using namespace std::chrono;
    if (to < from)
        return Error::invalid("to",
                              "must not be before from " + to_iso_day(from) + ", got " + to_iso_day(to));
    year_month first{year_month_day{from}.year(), year_month_day{from}.month()};
    year_month last{year_month_day{to}.year(), year_month_day{to}.month()};
    auto month_count = (last - first).count() + 1;
    if (month_count > 600)
        return Error::invalid("to",
                              "must be at most 600 months after from, got " + std::to_string(month_count));

    std::vector<MonthlyStrength> series;
    for (year_month month = first; month <= last; month += months{1}) {
        sys_days month_end = sys_days{month / std::chrono::last};
        sys_days as_of = std::min(month_end, to);
        StrengthAt strength = strength_at(events, as_of);
        MonthlyStrength point;
        point.month = month_text(as_of);
        point.as_of = as_of;
        point.deployed = strength.deployed;
        point.pledged = strength.pledged;
        point.outstanding = strength.outstanding;
        point.approximate = strength.approximate;
        for (const auto& contingent : strength.contingents)
            point.deployed_by_country[contingent.country] += contingent.deployed;
        series.push_back(std::move(point));
    }
    return series;
}

}  // namespace mssops::domain
