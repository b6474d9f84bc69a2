#include "cli/force_commands.hpp"

#include "cli/alerts_command.hpp"

#include <cstdio>
#include <iostream>

#include "app/force_json.hpp"
#include "app/mission_result_json.hpp"
#include "cli/table.hpp"
#include "domain/strength_evidence.hpp"

namespace mssops::cli {
namespace {

using domain::Error;
using domain::Result;
using domain::to_iso_day;

std::string percent(double fraction) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%.0f%%", fraction * 100);
    return buffer;
}

// "approximately 400 (police, report of 2024-11-07)": a figure as a person says it.
std::string figure_text(const domain::StrengthFigure& figure) {
    std::string qualifier = domain::to_text(figure.qualifier);
    std::string words = qualifier == "exact"      ? ""
                        : qualifier == "at_least" ? "at least "
                        : qualifier == "at_most"  ? "at most "
                                                  : qualifier + " ";
    std::string out = words + std::to_string(figure.count);
    if (figure.report) {
        out += " (" + std::string(domain::to_text(figure.report->personnel_type)) + ", report of " +
               figure.report->date.to_text();
        if (figure.event_adjustment != 0)
            out += ", " + std::to_string(figure.event_adjustment) + " moved since";
        out += ")";
    } else {
        out += " (" + std::string(domain::to_text(figure.basis)) + ")";
    }
    return out;
}

std::string sources(const std::vector<std::string>& ids) {
    std::string out;
    for (const auto& id : ids) out += (out.empty() ? "" : ", ") + id;
    return out;
}

// Each disagreement among sources: every value with its source and date, and the one used.
void add_conflict_rows(Table& table, const std::vector<domain::ClaimConflict>& conflicts) {
    for (const auto& conflict : conflicts) {
        table.add_row({"sources disagree: " + conflict.subject,
                       "used " + conflict.used_value + " (" + conflict.rule + ")", ""});
        for (const auto& claim : conflict.claims)
            table.add_row({std::string("  ") + (claim.used ? "* " : "  ") + claim.value,
                           "as of " + claim.as_of.to_text() + ", " + claim.source_kind +
                               (claim.record_key.empty() ? "" : ", " + claim.record_key),
                           sources(claim.source_ids)});
    }
}

// Each contingent's count by the strength rule and the reports and events it rests on.
void add_contingent_rows(Table& table, const std::vector<domain::ContingentEvidence>& contingents) {
    for (const auto& contingent : contingents) {
        table.add_row({"  " + contingent.country + " " + domain::to_text(contingent.personnel_type),
                       std::to_string(contingent.count) + ": " + contingent.rule,
                       sources(contingent.source_ids)});
        for (const auto& evidence : contingent.evidence) {
            std::string role = domain::to_text(evidence.role);
            if (!evidence.same_as.empty()) role += " to " + evidence.same_as;
            table.add_row({"    " + evidence.key,
                           evidence.what + " " + std::to_string(evidence.count) + " on " +
                               evidence.date.to_text() + " (" + evidence.source_kind + "): " + role,
                           evidence.source_id});
        }
    }
}

void add_target_rows(Table& table, const std::vector<domain::TargetForecast>& targets) {
    for (const auto& forecast : targets) {
        const auto& target = forecast.target;
        std::string name = "target " + std::to_string(target.number) + " " +
                           domain::to_text(target.personnel_type) + " by " + target.by_date.to_text();
        table.add_row(
            {name, percent(forecast.progress) + " reached, " + std::to_string(forecast.remaining) + " to go",
             target.source_id});
        table.add_row({"  shortfall on " + to_iso_day(forecast.due),
                       std::to_string(forecast.shortfall_on_due) + " (" +
                           domain::to_text(forecast.shortfall_basis) + ")",
                       sources(forecast.current.source_ids)});
        const auto& pace = forecast.pace;
        table.add_row(
            {"  at observed pace",
             pace.reached_on ? "reached " + to_iso_day(*pace.reached_on) + ": " + pace.reason : pace.reason,
             ""});
        table.add_row({"  on pledges", forecast.pledges.reason, sources(forecast.pledges.source_ids)});
    }
}

void add_mandate_rows(Table& table, const domain::MandateStatus& mandate) {
    if (!mandate.period) {
        table.add_row({"mandate", "no mandate recorded on or before " + to_iso_day(mandate.at), ""});
        return;
    }
    // The state in the words the API gives it: "succeeded by ...", never "lapsed" for a replaced mission.
    table.add_row({"mandate (" + mandate.period->label + ")", domain::mandate_state_text(mandate),
                   mandate.period->source_id});
    if (mandate.succeeded_by)
        table.add_row({"  successor", mandate.succeeded_by->successor, mandate.succeeded_by->source_id});
    for (const auto& alert : mandate.alerts) table.add_row({"  alert", alert.message, ""});
    for (const auto& gap : mandate.gaps)
        table.add_row({"  gap", to_iso_day(gap.from) + " to " + to_iso_day(gap.to), ""});
}

// Old evidence is said in plain words under the table, where a reader looks last before trusting it.
void print_staleness(const domain::MissionSummary& summary) {
    if (summary.stale.empty()) return;
    std::cout << "\nwarning: figures older than " << summary.stale_after_days << " days:\n";
    for (const auto& stale : summary.stale) std::cout << "  " << stale.message << '\n';
}

void print_summary(const domain::MissionSummary& summary) {
    std::cout << summary.mission.name << " (" << summary.mission.slug << ") on " << to_iso_day(summary.at)
              << "\n\n";
    Table table({"figure", "value", "source"});
    const auto& strength = summary.strength;
    table.add_row({std::string("strength (") + (strength.stated ? "stated" : "derived") + ")",
                   figure_text(strength), sources(strength.source_ids)});
    add_contingent_rows(table, strength.contingents);
    add_conflict_rows(table, strength.conflicts);
    add_target_rows(table, summary.targets);
    add_mandate_rows(table, summary.mandate);
    for (const auto& position : summary.transition_positions)
        table.add_row({"transition to UN PKO: " + position.actor,
                       std::string(domain::to_text(position.stance)) + " (" + position.date.to_text() + ")",
                       position.source_id});
    table.print(std::cout);
    if (summary.predecessor)
        std::cout << "\nsucceeded " << summary.predecessor->name << " (" << summary.predecessor->slug
                  << ")\n";
    print_staleness(summary);
}

void print_strength(const app::StrengthResult& result) {
    const auto& strength = result.summary.strength;
    // "stated" only when one source gave this very number; otherwise the figure is derived by a rule.
    std::cout << (strength.stated ? "stated" : "derived") << ": " << figure_text(strength) << " ["
              << sources(strength.source_ids) << "]\n"
              << "rule: " << strength.rule << "\n\n";
    Table evidence({"contingent / record", "count and rule", "source"});
    add_contingent_rows(evidence, strength.contingents);
    add_conflict_rows(evidence, strength.conflicts);
    evidence.print(std::cout);
    std::cout << '\n';
    Table groups({result.by == domain::StrengthGrouping::country ? "country" : "personnel_type", "deployed",
                  "pledged", "outstanding pledges", "sources"});
    for (const auto& group : result.groups)
        groups.add_row({group.label, std::to_string(group.deployed), std::to_string(group.pledged),
                        std::to_string(group.outstanding), sources(group.source_ids)});
    groups.print(std::cout);
    for (const auto& warning : result.summary.contingents.warnings)
        std::cout << "warning: " << warning << '\n';
    std::cout << '\n';
    Table monthly({"month", "as of", "deployed", "pledged"});
    bool carried = false;
    for (const auto& month : result.monthly) {
        // A month after the last evidence only repeats the last figure: it is marked, not presented as
        // measured.
        carried = carried || month.after_last_evidence;
        monthly.add_row({month.strength.month + (month.after_last_evidence ? " *" : ""),
                         to_iso_day(month.strength.as_of), std::to_string(month.strength.deployed),
                         std::to_string(month.strength.pledged)});
    }
    monthly.print(std::cout);
    if (carried)
        std::cout << "* no deployment figure after "
                  << (result.last_evidence ? result.last_evidence->to_text() : "the start")
                  << ": the month repeats the last figure\n";
}

void print_forecast(const app::ForecastResult& result) {
    Table table({"figure", "value", "source"});
    add_target_rows(table, result.targets);
    table.print(std::cout);
}

void print_alerts(const app::AlertsResult& result) {
    if (result.alerts.empty()) std::cout << "no alerts on " << domain::to_iso_day(result.at) << '\n';
    Table table({"kind", "since", "message", "source"});
    for (const auto& alert : result.alerts)
        table.add_row({alert.kind, alert.since ? domain::to_iso_day(*alert.since) : "", alert.message,
                       alert.source_id.value_or("")});
    if (!result.alerts.empty()) table.print(std::cout);
}

// Parse, call, render: the mission is the one in force on --at unless --mission names one; `read` makes
// the typed query, `call` runs the use case, and the result prints as JSON by `map` or as tables.
template <class Read, class Call, class Map, class Print>
void run(CliContext& context, const std::string& mission, app::ForceQuery query, Read read, Call call,
         Map map, Print print) {
    auto store = context.open_store();
    if (!store) return context.fail(store.error());
    // Without --mission, the mission in force on the day asked: "status --at 2024-11-07" is about the MSS.
    std::optional<std::chrono::sys_days> at;
    if (!query.at.empty()) {
        auto day = domain::parse_iso_day(query.at, "--at");
        if (!day) return context.fail(day.error());
        at = *day;
    }
    auto slug = mission_slug(**store, mission, at);
    if (!slug) return context.fail(slug.error());
    query.slug = *slug;
    auto typed = read(query);
    if (!typed) return context.fail(typed.error());
    auto result = call(**store, *typed);
    if (!result) return context.fail(result.error());
    if (context.json) return CliContext::print_json(map(*result));
    print(*result);
}

}  // namespace

void add_force_commands(CLI::App& app, CliContext& context) {
    static app::ForceQuery query;
    static std::string mission;
    auto add_common = [](CLI::App* command, bool window) {
        command->add_option("--mission", mission,
                            "Mission key (default: MSSOPS_MISSION, else the mission in force on --at)");
        command->add_option("--at", query.at, "Day of the figures, YYYY-MM-DD (default today)");
        if (window) {
            command->add_option("--window-days", query.window_days,
                                "Days over which the arrival pace is measured (default 90)");
            command
                ->add_option("--stale-after", query.stale_after,
                             "Days after which a figure's newest evidence is called old (default 90)")
                ->envname("MSSOPS_STALE_AFTER");
        }
    };

    auto* status = add_command(app, "status",
                               std::string("Mission summary: strength vs. target, mandate, positions; each "
                                           "figure with its source, and where sources disagree. ") +
                                   domain::strength_rule_text);
    add_common(status, true);
    status->callback([&context] {
        run(context, mission, query, app::mission_query_from_text, app::mission_summary,
            app::mission_summary_to_json, print_summary);
    });

    auto* strength = add_command(app, "strength",
                                 std::string("Strength on a date by contributing country or personnel type, "
                                             "with the reports and events behind each contingent, where "
                                             "sources disagree, and a monthly series. ") +
                                     domain::strength_rule_text);
    add_common(strength, false);
    strength->add_option("--by", query.by, "country (default) or personnel_type");
    strength->add_option("--from", query.from,
                         "First day of the monthly series (default the first event's month)");
    strength->callback([&context] {
        run(context, mission, query, app::strength_query_from_text, app::mission_strength,
            app::strength_result_to_json, print_strength);
    });

    auto* forecast = add_command(
        app, "forecast", "Each target: progress, shortfall, and when it is reached at pace and on pledges");
    add_common(forecast, true);
    forecast->callback([&context] {
        run(context, mission, query, app::mission_query_from_text, app::mission_forecast,
            app::forecast_result_to_json, print_forecast);
    });

    auto* alerts = add_command(app, "alerts",
                               "Mandate expiry alerts (90/30/7 days), gaps, and targets missed or at risk");
    add_common(alerts, true);
    // `alerts new|deliver|subscribe` (alerts_command.cpp) are the raised alerts; this prints them only bare.
    alerts->callback([&context, alerts] {
        if (!alerts->get_subcommands().empty() || list_new_if_asked(context, *alerts)) return;
        run(context, mission, query, app::mission_query_from_text, app::mission_alerts,
            app::alerts_result_to_json, print_alerts);
    });
}

}  // namespace mssops::cli
