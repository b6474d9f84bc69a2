#include "domain/claim_conflict.hpp"
#include "domain/message.hpp"
#include "domain/strength_evidence.hpp"

namespace mssops::domain {
namespace {

// The evidence a figure rests on, named by the figure: "deployment figure" for "strength".
#define NOUN                                                                                          \
    "{figure, select, strength {deployment figure} targets {deployment figure for a target} mandate " \
    "{Security Council resolution} funding {funding flow} incidents {incident} other {{noun}}}"

// A count below 0 counted as 0, after a contingent's rule.
#define BELOW_ZERO \
    "{below_zero, select, none {} other {; {below_zero} more departures than arrivals, counted as 0}}"
// A mission-wide report set aside, after the rule of a sum of contingents.
#define OLDER \
    "{older, select, none {} other {; the mission-wide report {older} is older than a per-country report}}"

struct Pattern {
    const char* code;
    const char* english;
};

// The English of every sentence the server writes. The dashboard's catalogs (web/src/i18n/*.json,
// keys "server.<code>") and the reports' (src/report/i18n/*.json) hold the same patterns in each
// language; a unit test checks the English ones equal these.
constexpr Pattern patterns[] = {
    {"text", "{text}"},
    {"age.today", "today"},
    {"age.yesterday", "yesterday"},
    {"age.days", "{count} days ago"},
    {"age.months", "{count} months ago"},
    {"age.years", "{count} years ago"},
    {"evidence.none", "no " NOUN " is recorded on or before {at}"},
    {"evidence.stale",
     "the newest " NOUN " is from {approximate, select, yes {about } other {}}{date}, {age}"},
    {"conflict.mission_strength", "mission {personnel} strength on {date}"},
    {"conflict.contingent_strength", "{country} {personnel} strength on {date}"},
    {"conflict.movement", "{country} {personnel} {kind} around {date}"},
    {"conflict.claim.movement", "{count} {kind} on {date}"},
    {"conflict.rule.claims", claim_rule},
    {"conflict.rule.movement", movement_rule},
    {"forecast.already_reached", "already reached: {current} of {target}"},
    {"forecast.no_pace_after",
     "no deployment figure after {approximate, select, yes {about } other {}}{last}, so no pace can be "
     "measured from {from} to {to} and nothing is forecast"},
    {"forecast.no_figure", "no deployment figure is recorded on or before {at}, so nothing is forecast"},
    {"forecast.unreachable",
     "unreachable at the observed pace: net change of {net_change} from {from} to {to}"},
    {"forecast.pace",
     "net {net_change} from {from} to {to} ({window_days} days); {remaining} more take {needed} days at that "
     "pace"},
    {"pledges.already_reached", "already reached"},
    {"pledges.unreachable",
     "unreachable on pledges alone: {current} deployed and {outstanding} outstanding pledged make "
     "{attainable}, {short} short of the target of {target}"},
    {"pledges.reached",
     "reached on {reached_on} if every outstanding pledge arrives on its date{overdue, select, 0 {} other "
     "{ ({overdue} overdue pledged assumed to arrive at once)}}"},
    {"vote.not_recorded", "no recorded vote"},
    {"vote.failed",
     "failed: {yes} in favour, {no} against, {abstain} abstaining; {threshold} votes in favour needed"},
    {"vote.vetoed",
     "vetoed: {yes} in favour, {no} against, {abstain} abstaining; negative vote of permanent member "
     "{vetoers}"},
    {"vote.adopted",
     "adopted: {yes} in favour, {no} against, {abstain} abstaining; no negative vote of a permanent member"},
    {"council.certain_veto",
     "{several, select, yes {permanent members {vetoers} vote} other {permanent member {vetoers} votes}} no "
     "with certainty: the draft cannot be adopted and is vetoed if it reaches {threshold} votes in favour "
     "(UN "
     "Charter Art. 27(3))"},
    {"council.incomplete",
     "expected 5 permanent and 10 elected members of {body} in {year}, got {permanent} permanent and "
     "{elected} "
     "elected"},
    {"council.most_probable", "most probable outcome: {verdict} (probability {probability})"},
    {"mandate.expiry",
     "mandate ends {end} ({label}): {remaining} days remaining, within the {threshold}-day alert"},
    {"mandate.lapsed", "no mandate in force since {since}: {label} ran to {end}"},
    {"mandate.gap", "no mandate from {from} to {to} ({days} days) between {after} and {before}"},
    {"mandate.succeeded_by",
     "succeeded by {article, select, yes {the } other {}}{successor}{resolution, select, yes { ({label}), "
     "adopted "
     "on {adopted}{vote, select, none {} other { by {vote}{against, select, none {} other {, {against} "
     "against}}{abstaining, select, none {} other {, {abstaining} abstaining}}}}} other {{from, select, none "
     "{} "
     "other { from {from}}}}}"},
    {"mandate.next_alert", "the {threshold}-day alert fires on {fires_on}"},
    {"mission.succeeded", "{mission} was {succession}"},
    {"resolution.label",
     "{symbol, select, none {{number, select, none {{key}} other {resolution {number}}}} other {{symbol}}}"},
    {"strength.contingent.report",
     "strength report {key} of {date} ({count}){movement, select, none {} other {, plus the net movement of "
     "{movement} recorded after it}}" BELOW_ZERO},
    {"strength.contingent.movements",
     "sum of movements, each counted once (no strength report of {country} {personnel} on or before the "
     "date)" BELOW_ZERO},
    {"strength.figure.mission_report",
     "mission-wide strength report {key} of {date}, newer than every per-country report{movement, select, "
     "none {} other {, plus the net movement of {movement} recorded after it (each movement counted once)}}"},
    {"strength.figure.none", "no strength report or deployment event on or before {at}" OLDER},
    {"strength.figure.sum",
     "sum of {contingents} contingents on {at}, each its latest per-country strength report plus the "
     "movements after it (or its movements alone), each movement counted once" OLDER},
    {"strength.rule", strength_rule_text},
    {"council.stance_basis", "{stance} (position {key}, {date})"},
    {"council.no_position", "no position recorded: undecided"},
    {"target.missed", "target of {target} {personnel} by {by} missed: {shortfall} short on {due}"},
    {"target.at_risk",
     "target of {target} {personnel} by {by} not met by its date at the observed pace: {reason}"},
    {"alert.mandate_expiry.title", "Mandate of {mission} ends in {days} days"},
    {"alert.mandate_expiry.detail", "{label} runs to {end}: {days} days remaining on {today}."},
    {"alert.target_missed.title", "Target of {target} {personnel} by {by} missed"},
    {"alert.target_missed.detail",
     "The target of {target} {personnel} by {by} was missed: {shortfall} short on {due}."},
    {"alert.target_late.title", "Target of {target} {personnel} by {by} forecast late"},
    {"alert.target_late.detail",
     "At the observed pace the target of {target} {personnel} by {by} is reached {reached_on, select, never "
     "{not at all} other {on {reached_on}}}, after its due date {due}: {reason}"},
    {"alert.stale.title", "Old evidence for {figure}"},
    {"alert.stale.detail", "{warning} (older than {days} days)."},
    {"alert.conflict.title", "Sources disagree on {subject}"},
    {"alert.conflict.detail", "{claims} claims ({values}); used {used} by the rule: {rule}."},
    {"alert.extractions.title",
     "{count} {count, select, 1 {extraction awaits} other {extractions await}} review"},
    {"alert.extractions.detail",
     "{count} submitted article(s) have candidate records no editor has decided on; the newest is extraction "
     "{newest}."},
    {"alert.runway.title", "Funding runway of {months} months"},
    {"alert.runway.detail",
     "Cash on hand covers {months} months at the current monthly burn, below {threshold} months."},
};

#undef NOUN
#undef BELOW_ZERO
#undef OLDER

}  // namespace

const char* english_pattern(std::string_view code) {
    for (const auto& pattern : patterns)
        if (code == pattern.code) return pattern.english;
    return nullptr;
}

std::vector<std::string_view> message_codes() {
    std::vector<std::string_view> codes;
    for (const auto& pattern : patterns) codes.emplace_back(pattern.code);
    return codes;
}

}  // namespace mssops::domain
