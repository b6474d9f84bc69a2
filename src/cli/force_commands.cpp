#include "cli/force_commands.hpp"

#include "cli/alerts_command.hpp"

#include <boost/json/serialize.hpp>
#include <cstdio>
#include <iostream>

#include "app/force_views.hpp"
#include "cli/table.hpp"
#include "domain/strength_evidence.hpp"

namespace mssops::cli {
namespace {

namespace json = boost::json;
using domain::Error;
using domain::Result;

std::string text(const json::value& value) {
    if (value.is_null()) return "";
    if (value.is_string()) return std::string(value.get_string());
    return json::serialize(value);
}

std::string text(const json::object& object, std::string_view name) {
    auto found = object.find(name);
    return found == object.end() ? std::string() : text(found->value());
}

const json::object& object(const json::object& parent, std::string_view name) {
    return parent.at(name).as_object();
}

std::string percent(double fraction) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%.0f%%", fraction * 100);
    return buffer;
}

// "approximately 400 (police, report of 2024-11-07)": a figure as a person says it.
std::string figure_text(const json::object& figure) {
    std::string qualifier = text(figure, "qualifier");
    std::string words = qualifier == "exact"      ? ""
                        : qualifier == "at_least" ? "at least "
                        : qualifier == "at_most"  ? "at most "
                                                  : qualifier + " ";
    std::string out = words + text(figure, "count");
    if (figure.at("report").is_object()) {
        const auto& report = figure.at("report").as_object();
        out += " (" + text(report, "personnel_type") + ", report of " + text(report, "date");
        if (figure.at("event_adjustment").to_number<std::int64_t>() != 0)
            out += ", " + text(figure, "event_adjustment") + " moved since";
        out += ")";
    } else {
        out += " (" + text(figure, "basis") + ")";
    }
    return out;
}

std::string sources(const json::value& ids) {
    std::string out;
    if (!ids.is_array()) return text(ids);
    for (const auto& id : ids.as_array()) out += (out.empty() ? "" : ", ") + text(id);
    return out;
}

// Each disagreement among sources: every value with its source and date, and the one used.
void add_conflict_rows(Table& table, const json::array& conflicts) {
    for (const auto& item : conflicts) {
        const auto& conflict = item.as_object();
        table.add_row({"sources disagree: " + text(conflict, "subject"),
                       "used " + text(conflict, "used_value") + " (" + text(conflict, "rule") + ")", ""});
        for (const auto& claim_item : conflict.at("claims").as_array()) {
            const auto& claim = claim_item.as_object();
            table.add_row(
                {std::string("  ") + (claim.at("used").as_bool() ? "* " : "  ") + text(claim, "value"),
                 "as of " + text(claim, "as_of") + ", " + text(claim, "source_kind") +
                     (claim.at("key").is_null() ? "" : ", " + text(claim, "key")),
                 sources(claim.at("source_ids"))});
        }
    }
}

// Each contingent's count by the strength rule and the reports and events it rests on.
void add_contingent_rows(Table& table, const json::array& contingents) {
    for (const auto& item : contingents) {
        const auto& contingent = item.as_object();
        table.add_row({"  " + text(contingent, "country") + " " + text(contingent, "personnel_type"),
                       text(contingent, "count") + ": " + text(contingent, "rule"),
                       sources(contingent.at("source_ids"))});
        for (const auto& evidence_item : contingent.at("evidence").as_array()) {
            const auto& evidence = evidence_item.as_object();
            std::string role = text(evidence, "role");
            if (!evidence.at("same_as").is_null()) role += " to " + text(evidence, "same_as");
            table.add_row({"    " + text(evidence, "key"),
                           text(evidence, "what") + " " + text(evidence, "count") + " on " +
                               text(evidence, "date") + " (" + text(evidence, "source_kind") + "): " + role,
                           text(evidence, "source_id")});
        }
    }
}

void add_target_rows(Table& table, const json::array& targets) {
    for (const auto& item : targets) {
        const auto& forecast = item.as_object();
        const auto& target = object(forecast, "target");
        std::string name = "target " + text(target, "number") + " " + text(target, "personnel_type") +
                           " by " + text(target, "by_date");
        table.add_row({name,
                       percent(forecast.at("progress").to_number<double>()) + " reached, " +
                           text(forecast, "remaining") + " to go",
                       text(target, "source_id")});
        table.add_row(
            {"  shortfall on " + text(forecast, "due"),
             text(forecast, "shortfall_on_due_date") + " (" + text(forecast, "shortfall_basis") + ")",
             sources(object(forecast, "current").at("source_ids"))});
        const auto& pace = object(forecast, "at_observed_pace");
        table.add_row({"  at observed pace",
                       pace.at("reached_on").is_null()
                           ? text(pace, "reason")
                           : "reached " + text(pace, "reached_on") + ": " + text(pace, "reason"),
                       ""});
        const auto& pledges = object(forecast, "on_pledges");
        table.add_row({"  on pledges", text(pledges, "reason"), sources(pledges.at("source_ids"))});
    }
}

void add_mandate_rows(Table& table, const json::object& mandate) {
    if (mandate.at("mandate").is_null()) {
        table.add_row({"mandate", "no mandate recorded on or before " + text(mandate, "at"), ""});
        return;
    }
    const auto& period = object(mandate, "mandate");
    // The state in the words the API gives it: "succeeded by ...", never "lapsed" for a replaced mission.
    table.add_row(
        {"mandate (" + text(period, "label") + ")", text(mandate, "state_text"), text(period, "source_id")});
    if (mandate.at("succeeded_by").is_object())
        table.add_row({"  successor", text(object(mandate, "succeeded_by"), "successor"),
                       text(object(mandate, "succeeded_by"), "source_id")});
    for (const auto& alert : mandate.at("alerts").as_array())
        table.add_row({"  alert", text(alert.as_object(), "message"), ""});
    for (const auto& gap : mandate.at("gaps").as_array())
        table.add_row({"  gap", text(gap.as_object(), "from") + " to " + text(gap.as_object(), "to"), ""});
}

// Old evidence is said in plain words under the table, where a reader looks last before trusting it.
void print_staleness(const json::object& summary) {
    const auto& stale = summary.at("staleness").as_array();
    if (stale.empty()) return;
    std::cout << "\nwarning: figures older than " << text(summary, "stale_after_days") << " days:\n";
    for (const auto& item : stale) std::cout << "  " << text(item.as_object(), "message") << '\n';
}

void print_summary(const json::object& summary) {
    const auto& mission = object(summary, "mission");
    std::cout << text(mission, "name") << " (" << text(mission, "slug") << ") on " << text(summary, "at")
              << "\n\n";
    Table table({"figure", "value", "source"});
    const auto& strength = object(summary, "strength");
    table.add_row({"strength (" + text(strength, "derivation") + ")", figure_text(strength),
                   sources(strength.at("source_ids"))});
    add_contingent_rows(table, strength.at("contingents").as_array());
    add_conflict_rows(table, summary.at("conflicts").as_array());
    add_target_rows(table, summary.at("targets").as_array());
    add_mandate_rows(table, object(summary, "mandate"));
    for (const auto& item : summary.at("transition_positions").as_array()) {
        const auto& position = item.as_object();
        table.add_row({"transition to UN PKO: " + text(position, "actor"),
                       text(position, "stance") + " (" + text(position, "date") + ")",
                       text(position, "source_id")});
    }
    table.print(std::cout);
    if (summary.at("predecessor").is_object())
        std::cout << "\nsucceeded " << text(object(summary, "predecessor"), "name") << " ("
                  << text(object(summary, "predecessor"), "slug") << ")\n";
    print_staleness(summary);
}

void print_strength(const json::object& body) {
    const auto& strength = object(body, "strength");
    // "stated" only when one source gave this very number; otherwise the figure is derived by a rule.
    std::cout << text(strength, "derivation") << ": " << figure_text(strength) << " ["
              << sources(strength.at("source_ids")) << "]\n"
              << "rule: " << text(strength, "rule") << "\n\n";
    Table evidence({"contingent / record", "count and rule", "source"});
    add_contingent_rows(evidence, strength.at("contingents").as_array());
    add_conflict_rows(evidence, body.at("conflicts").as_array());
    evidence.print(std::cout);
    std::cout << '\n';
    Table groups({text(body, "by"), "deployed", "pledged", "outstanding pledges", "sources"});
    for (const auto& item : body.at("groups").as_array()) {
        const auto& group = item.as_object();
        groups.add_row({text(group, "label"), text(group, "deployed"), text(group, "pledged"),
                        text(group, "outstanding_pledges"), sources(group.at("source_ids"))});
    }
    groups.print(std::cout);
    for (const auto& warning : object(body, "deployment_events").at("warnings").as_array())
        std::cout << "warning: " << text(warning) << '\n';
    std::cout << '\n';
    Table monthly({"month", "as of", "deployed", "pledged"});
    bool carried = false;
    for (const auto& item : body.at("monthly").as_array()) {
        const auto& point = item.as_object();
        // A month after the last evidence only repeats the last figure: it is marked, not presented as
        // measured.
        bool after = point.contains("after_last_evidence") && point.at("after_last_evidence").as_bool();
        carried = carried || after;
        monthly.add_row({text(point, "month") + (after ? " *" : ""), text(point, "as_of"),
                         text(point, "deployed"), text(point, "pledged")});
    }
    monthly.print(std::cout);
    if (carried)
        std::cout << "* no deployment figure after "
                  << (body.at("last_evidence").is_null() ? "the start" : text(body, "last_evidence"))
                  << ": the month repeats the last figure\n";
}

void print_forecast(const json::object& body) {
    Table table({"figure", "value", "source"});
    add_target_rows(table, body.at("targets").as_array());
    table.print(std::cout);
}

void print_alerts(const json::object& body) {
    const auto& alerts = body.at("alerts").as_array();
    if (alerts.empty()) std::cout << "no alerts on " << text(body, "at") << '\n';
    Table table({"kind", "since", "message", "source"});
    for (const auto& item : alerts) {
        const auto& alert = item.as_object();
        table.add_row(
            {text(alert, "kind"), text(alert, "since"), text(alert, "message"), text(alert, "source_id")});
    }
    if (!alerts.empty()) table.print(std::cout);
}

using View = Result<json::object> (*)(store::Store&, const app::ForceQuery&);
using Printer = void (*)(const json::object&);

void run(CliContext& context, const std::string& mission, app::ForceQuery query, View view, Printer print) {
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
    auto body = view(**store, query);
    if (!body) return context.fail(body.error());
    if (context.json) return CliContext::print_json(*body);
    print(*body);
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
    status->callback([&context] { run(context, mission, query, app::summary_view, print_summary); });

    auto* strength = add_command(app, "strength",
                                 std::string("Strength on a date by contributing country or personnel type, "
                                             "with the reports and events behind each contingent, where "
                                             "sources disagree, and a monthly series. ") +
                                     domain::strength_rule_text);
    add_common(strength, false);
    strength->add_option("--by", query.by, "country (default) or personnel_type");
    strength->add_option("--from", query.from,
                         "First day of the monthly series (default the first event's month)");
    strength->callback([&context] { run(context, mission, query, app::strength_view, print_strength); });

    auto* forecast = add_command(
        app, "forecast", "Each target: progress, shortfall, and when it is reached at pace and on pledges");
    add_common(forecast, true);
    forecast->callback([&context] { run(context, mission, query, app::forecast_view, print_forecast); });

    auto* alerts = add_command(app, "alerts",
                               "Mandate expiry alerts (90/30/7 days), gaps, and targets missed or at risk");
    add_common(alerts, true);
    // `alerts new|deliver|subscribe` (alerts_command.cpp) are the raised alerts; this prints them only bare.
    alerts->callback([&context, alerts] {
        if (!alerts->get_subcommands().empty() || list_new_if_asked(context, *alerts)) return;
        run(context, mission, query, app::alerts_view, print_alerts);
    });
}

}  // namespace mssops::cli
