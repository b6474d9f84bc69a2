#include "domain/strength_evidence.hpp"
#include "domain/kind_names.hpp"

#include <algorithm>
#include <map>
#include <tuple>

namespace mssops::domain {
namespace {

using std::chrono::days;
using std::chrono::sys_days;

using ContingentKey = std::tuple<std::string, PersonnelType>;

void add_source(std::vector<std::string>& sources, const std::string& source_id) {
    if (!source_id.empty() && std::find(sources.begin(), sources.end(), source_id) == sources.end())
        sources.push_back(source_id);
}

bool is_inexact(const PartialDate& date) {
    return date.precision != DatePrecision::day || date.approximate;
}

bool is_movement(const DeploymentEvent& event) {
    // A cumulative estimate of an arrival is a head count, so it is read as a report; of a departure it
    // is read as a movement, since a departure total is not a head count.
    if (event.kind == DeploymentKind::pledged) return false;
    return !(event.kind == DeploymentKind::arrived && event.basis == DeploymentBasis::cumulative_estimate);
}

std::int64_t signed_count(const DeploymentEvent& event) {
    return event.kind == DeploymentKind::arrived ? event.count : -event.count;
}

}  // namespace

StrengthEvidenceItem evidence_item_of(const StrengthReport& report, const SourceIndex& sources) {
    return {std::string(kinds::strength_reports),
            report.key,
            "strength_report",
            report.count,
            report.date,
            report.source_id,
            source_kind_text(sources, report.source_id),
            EvidenceRole::superseded,
            ""};
}

namespace {

StrengthEvidenceItem item_of(const DeploymentEvent& event, const SourceIndex& sources) {
    bool estimate =
        event.basis == DeploymentBasis::cumulative_estimate && event.kind == DeploymentKind::arrived;
    return {std::string(kinds::deployment_events),
            event.key,
            estimate ? "cumulative_estimate" : to_text(event.kind),
            event.count,
            event.date,
            event.source_id,
            source_kind_text(sources, event.source_id),
            EvidenceRole::added,
            ""};
}

Claim claim_of(const StrengthEvidenceItem& item, std::string value) {
    return {item.record_kind, item.key, std::move(value), item.date, {item.source_id},
            item.source_kind, false};
}

// One movement as reported by one or more sources.
struct MovementGroup {
    std::vector<const DeploymentEvent*> reports;
    std::size_t chosen = 0;
};

// Events linked by same_movement_as, directly or through others, as sets of indices into `movements`.
// A link to an event that is not among them (another contingent's, a pledge, one after the date) is
// left out: the event then counts on its own.
std::vector<std::vector<std::size_t>> linked_sets(const std::vector<const DeploymentEvent*>& movements) {
    std::vector<std::size_t> parent(movements.size());
    for (std::size_t i = 0; i < parent.size(); ++i) parent[i] = i;
    auto root = [&parent](std::size_t i) {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    };
    std::map<std::string, std::size_t> by_key;
    for (std::size_t i = 0; i < movements.size(); ++i) by_key.emplace(movements[i]->key, i);
    for (std::size_t i = 0; i < movements.size(); ++i) {
        if (movements[i]->same_movement_as.empty()) continue;
        auto target = by_key.find(movements[i]->same_movement_as);
        if (target != by_key.end()) parent[root(i)] = root(target->second);
    }
    std::map<std::size_t, std::vector<std::size_t>> sets;
    for (std::size_t i = 0; i < movements.size(); ++i) sets[root(i)].push_back(i);
    std::vector<std::vector<std::size_t>> result;
    for (auto& [root_index, members] : sets) result.push_back(std::move(members));
    // In the order of each set's earliest event, as `movements` is sorted by date.
    std::sort(result.begin(), result.end(),
              [](const auto& a, const auto& b) { return a.front() < b.front(); });
    return result;
}

// Two reports are of one movement without a link only when they say the same thing of the same day:
// the same kind, both dated to that day, from different sources. Close dates are not enough: two
// contingents of 75 landing on consecutive days are two movements.
bool same_day_report(const DeploymentEvent& a, const DeploymentEvent& b) {
    return a.kind == b.kind && a.date.precision == DatePrecision::day &&
           b.date.precision == DatePrecision::day && a.date.first_day() == b.date.first_day() &&
           a.source_id != b.source_id;
}

std::vector<MovementGroup> group_movements(std::vector<const DeploymentEvent*> movements,
                                           const SourceIndex& sources) {
    std::stable_sort(movements.begin(), movements.end(),
                     [](const DeploymentEvent* a, const DeploymentEvent* b) {
                         return a->date.first_day() < b->date.first_day();
                     });
    std::vector<MovementGroup> groups;
    for (const auto& set : linked_sets(movements)) {
        std::vector<const DeploymentEvent*> members;
        for (std::size_t i : set) members.push_back(movements[i]);
        MovementGroup* joined = nullptr;
        for (auto& group : groups) {
            bool same_day = false, shared_source = false;
            for (const DeploymentEvent* member : members)
                for (const DeploymentEvent* other : group.reports) {
                    same_day = same_day || same_day_report(*member, *other);
                    // Two movements one source reports are two movements, unless an editor linked them.
                    shared_source = shared_source || member->source_id == other->source_id;
                }
            if (same_day && !shared_source) {
                joined = &group;
                break;
            }
        }
        if (!joined) joined = &groups.emplace_back();
        joined->reports.insert(joined->reports.end(), members.begin(), members.end());
    }
    for (auto& group : groups)
        for (std::size_t i = 1; i < group.reports.size(); ++i)
            if (outranks(sources, group.reports[i]->source_id, group.reports[group.chosen]->source_id))
                group.chosen = i;
    return groups;
}

ContingentEvidence contingent_evidence(const ContingentKey& key,
                                       const std::vector<const StrengthReport*>& reports,
                                       const std::vector<const DeploymentEvent*>& estimates,
                                       const std::vector<const DeploymentEvent*>& movements,
                                       const SourceIndex& sources, std::vector<ClaimConflict>& conflicts) {
    ContingentEvidence contingent;
    contingent.country = std::get<0>(key);
    contingent.personnel_type = std::get<1>(key);

    // Step 1: the base, the latest head count of the contingent.
    std::vector<StrengthEvidenceItem> heads;
    std::vector<CountQualifier> qualifiers;
    for (const auto* report : reports) {
        heads.push_back(evidence_item_of(*report, sources));
        qualifiers.push_back(report->qualifier);
    }
    for (const auto* estimate : estimates) {
        heads.push_back(item_of(*estimate, sources));
        heads.back().role = EvidenceRole::superseded;
        qualifiers.push_back(CountQualifier::approximately);
    }
    std::optional<std::size_t> base;
    if (!heads.empty()) {
        std::vector<Claim> claims;
        for (const auto& head : heads) claims.push_back(claim_of(head, std::to_string(head.count)));
        base = choose_claim(claims, sources);
        std::vector<Claim> same_day;
        std::size_t used = 0;
        for (std::size_t i = 0; i < claims.size(); ++i) {
            if (claims[i].as_of.first_day() != claims[*base].as_of.first_day()) continue;
            if (i == *base) used = same_day.size();
            same_day.push_back(claims[i]);
        }
        auto conflict = conflict_among("contingent_strength",
                                       message("conflict.contingent_strength")
                                           .with("country", std::get<0>(key))
                                           .with("personnel", to_text(std::get<1>(key)))
                                           .with("date", heads[*base].date.to_text()),
                                       std::move(same_day), used, message("conflict.rule.claims"));
        if (conflict) conflicts.push_back(std::move(*conflict));
        heads[*base].role = EvidenceRole::base;
        contingent.base = heads[*base];
        contingent.count = heads[*base].count;
        contingent.qualifier = qualifiers[*base];
        contingent.approximate =
            contingent.qualifier != CountQualifier::exact || is_inexact(heads[*base].date);
        contingent.as_of = heads[*base].date;
    }

    // Step 2 and 3: movements, each counted once, added when dated after the base.
    std::optional<sys_days> base_day;
    if (base) base_day = heads[*base].date.first_day();
    std::vector<StrengthEvidenceItem> evidence = heads;
    for (const auto& group : group_movements(movements, sources)) {
        const DeploymentEvent& chosen = *group.reports[group.chosen];
        bool after_base = !base_day || chosen.date.first_day() > *base_day;
        std::vector<Claim> claims;
        for (std::size_t i = 0; i < group.reports.size(); ++i) {
            const DeploymentEvent& report = *group.reports[i];
            StrengthEvidenceItem item = item_of(report, sources);
            if (i == group.chosen) {
                item.role = after_base ? EvidenceRole::added : EvidenceRole::before_base;
            } else {
                bool same = report.count == chosen.count && report.date == chosen.date;
                item.role = same ? EvidenceRole::corroborating : EvidenceRole::conflicting;
                item.same_as = chosen.key;
            }
            Claim claim = claim_of(item, "");
            claim.value_coded = message("conflict.claim.movement")
                                    .with("count", std::to_string(report.count))
                                    .with("kind", to_text(report.kind))
                                    .with("date", report.date.to_text());
            claim.value = english(claim.value_coded);
            claims.push_back(std::move(claim));
            evidence.push_back(std::move(item));
        }
        auto conflict = conflict_among("movement",
                                       message("conflict.movement")
                                           .with("country", std::get<0>(key))
                                           .with("personnel", to_text(std::get<1>(key)))
                                           .with("kind", to_text(chosen.kind))
                                           .with("date", chosen.date.to_text()),
                                       std::move(claims), group.chosen, message("conflict.rule.movement"));
        if (conflict) conflicts.push_back(std::move(*conflict));
        if (!after_base) continue;
        contingent.movement += signed_count(chosen);
        contingent.approximate = contingent.approximate || is_inexact(chosen.date);
        if (!contingent.as_of || contingent.as_of->first_day() <= chosen.date.first_day())
            contingent.as_of = chosen.date;
    }

    std::stable_sort(evidence.begin(), evidence.end(),
                     [](const auto& a, const auto& b) { return a.date.first_day() < b.date.first_day(); });
    contingent.evidence = std::move(evidence);
    for (const auto& item : contingent.evidence) {
        if (item.role == EvidenceRole::base || item.role == EvidenceRole::added)
            add_source(contingent.source_ids, item.source_id);
        add_source(contingent.evidence_source_ids, item.source_id);
    }

    std::int64_t raw = contingent.count + contingent.movement;
    contingent.count = std::max<std::int64_t>(0, raw);
    // The rule is a message, so each face says it in its reader's language; `rule` is its English.
    if (contingent.base) {
        contingent.rule_coded =
            message("strength.contingent.report")
                .with("key", contingent.base->key)
                .with("date", contingent.base->date.to_text())
                .with("count", std::to_string(contingent.base->count))
                .with("movement",
                      contingent.movement != 0 ? std::to_string(contingent.movement) : std::string("none"));
    } else {
        contingent.rule_coded = message("strength.contingent.movements")
                                    .with("country", std::get<0>(key))
                                    .with("personnel", to_text(std::get<1>(key)));
        if (contingent.approximate) contingent.qualifier = CountQualifier::approximately;
    }
    contingent.rule_coded.with("below_zero", raw < 0 ? std::to_string(-raw) : std::string("none"));
    contingent.rule = english(contingent.rule_coded);
    return contingent;
}

}  // namespace

StrengthEvidence strength_evidence(const std::vector<DeploymentEvent>& events,
                                   const std::vector<StrengthReport>& reports, const SourceIndex& sources,
                                   PersonnelType type, sys_days at) {
    struct Inputs {
        std::vector<const StrengthReport*> reports;
        std::vector<const DeploymentEvent*> estimates;
        std::vector<const DeploymentEvent*> movements;
    };
    std::map<ContingentKey, Inputs> inputs;
    for (const auto& report : reports)
        if (!report.country.empty() && counts_toward(report.personnel_type, type) &&
            report.date.first_day() <= at)
            inputs[{report.country, report.personnel_type}].reports.push_back(&report);
    for (const auto& event : events) {
        if (event.kind == DeploymentKind::pledged || !counts_toward(event.personnel_type, type) ||
            event.date.first_day() > at)
            continue;
        auto& input = inputs[{event.country, event.personnel_type}];
        (is_movement(event) ? input.movements : input.estimates).push_back(&event);
    }

    StrengthEvidence evidence;
    evidence.at = at;
    evidence.personnel_type = type;
    for (const auto& [key, input] : inputs) {
        auto contingent = contingent_evidence(key, input.reports, input.estimates, input.movements, sources,
                                              evidence.conflicts);
        evidence.total += contingent.count;
        if (contingent.as_of &&
            (!evidence.as_of || evidence.as_of->first_day() <= contingent.as_of->first_day()))
            evidence.as_of = contingent.as_of;
        evidence.contingents.push_back(std::move(contingent));
    }
    return evidence;
}

std::vector<StrengthGroup> group_evidence(const std::vector<ContingentEvidence>& contingents,
                                          const StrengthAt& events_strength, StrengthGrouping grouping) {
    auto label_of = [grouping](const std::string& country, PersonnelType type) {
        return grouping == StrengthGrouping::country ? country : std::string(to_text(type));
    };
    std::map<std::string, StrengthGroup> groups;
    for (const auto& contingent : contingents) {
        auto& group = groups[label_of(contingent.country, contingent.personnel_type)];
        group.label = label_of(contingent.country, contingent.personnel_type);
        group.deployed += contingent.count;
        group.approximate = group.approximate || contingent.approximate;
        for (const auto& id : contingent.source_ids) add_source(group.source_ids, id);
    }
    for (const auto& contingent : events_strength.contingents) {
        if (contingent.pledged == 0) continue;
        auto& group = groups[label_of(contingent.country, contingent.personnel_type)];
        group.label = label_of(contingent.country, contingent.personnel_type);
        group.pledged += contingent.pledged;
        for (const auto& id : contingent.source_ids) add_source(group.source_ids, id);
    }
    std::vector<StrengthGroup> result;
    for (auto& [label, group] : groups) {
        group.outstanding = std::max<std::int64_t>(0, group.pledged - group.deployed);
        result.push_back(std::move(group));
    }
    return result;
}

const char* to_text(EvidenceRole role) {
    switch (role) {
        case EvidenceRole::base:
            return "base";
        case EvidenceRole::added:
            return "added";
        case EvidenceRole::before_base:
            return "before_base";
        case EvidenceRole::corroborating:
            return "corroborating";
        case EvidenceRole::conflicting:
            return "conflicting";
        case EvidenceRole::superseded:
            return "superseded";
    }
    return "added";
}

}  // namespace mssops::domain
