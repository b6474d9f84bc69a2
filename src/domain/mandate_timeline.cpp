#include "domain/mandate_timeline.hpp"

#include <algorithm>

namespace mssops::domain {
namespace {

using std::chrono::days;
using std::chrono::sys_days;

bool is_inexact(const PartialDate& date) {
    return date.precision != DatePrecision::day || date.approximate;
}

Message alert_message(const MandatePeriod& period, int threshold, std::int64_t remaining) {
    return message("mandate.expiry")
        .with("end", to_iso_day(period.end))
        .with("label", coded_or_text(period.label_coded, period.label))
        .with("remaining", std::to_string(remaining))
        .with("threshold", std::to_string(threshold));
}

}  // namespace

MandateTimeline mandate_timeline(const std::vector<Resolution>& resolutions, std::string_view mission) {
    MandateTimeline timeline;
    timeline.mission = std::string(mission);
    std::vector<const Resolution*> adopted;
    for (const auto& resolution : resolutions)
        if (resolution.mission == mission && resolution.outcome == VoteOutcome::adopted)
            adopted.push_back(&resolution);
    std::stable_sort(adopted.begin(), adopted.end(), [](const Resolution* a, const Resolution* b) {
        return a->adopted.first_day() < b->adopted.first_day();
    });

    for (const Resolution* resolution : adopted) {
        MandatePeriod period;
        period.resolution_key = resolution->key;
        period.label = resolution->label();
        period.label_coded = resolution->label_message();
        period.action = resolution->action;
        period.start = resolution->adopted.first_day();
        period.source_id = resolution->source_id;
        const MandatePeriod* previous = timeline.periods.empty() ? nullptr : &timeline.periods.back();
        bool previous_in_force = previous && previous->end >= period.start;

        if (resolution->mandate_end) {
            period.end = resolution->mandate_end->last_day();
            period.end_approximate = is_inexact(*resolution->mandate_end);
        } else if (resolution->action == MandateAction::terminate) {
            period.end = period.start;
        } else if (resolution->action == MandateAction::modify && previous_in_force) {
            period.end = previous->end;
            period.end_approximate = previous->end_approximate;
        } else {
            timeline.notes.push_back(period.label + " (" + to_text(resolution->action) +
                                     ") gives no mandate_end and no mandate is in force to keep; left out");
            continue;
        }
        if (period.end < period.start) {
            timeline.notes.push_back(period.label + " ends its mandate on " + to_iso_day(period.end) +
                                     ", before its adoption on " + to_iso_day(period.start) + "; left out");
            continue;
        }
        // A mandate restored after it ran out leaves days with no authority: report them, never bridge them.
        if (previous && period.start > previous->end + days{1}) {
            MandateGap gap;
            gap.from = previous->end + days{1};
            gap.to = period.start - days{1};
            gap.days = (gap.to - gap.from).count() + 1;
            gap.after = previous->label;
            gap.before = period.label;
            gap.after_coded = previous->label_coded;
            gap.before_coded = period.label_coded;
            timeline.gaps.push_back(gap);
        }
        timeline.periods.push_back(std::move(period));
    }
    return timeline;
}

MandateStatus mandate_status(const MandateTimeline& timeline, sys_days at) {
    MandateStatus status;
    status.at = at;
    for (const auto& gap : timeline.gaps)
        if (gap.from <= at) status.gaps.push_back(gap);

    const MandatePeriod* latest = nullptr;
    for (const auto& period : timeline.periods)
        if (period.start <= at) latest = &period;
    if (!latest) return status;
    status.period = *latest;
    status.in_force = at <= latest->end;
    status.state = status.in_force ? MandateState::in_force : MandateState::lapsed;

    if (!status.in_force) {
        MandateAlert lapsed;
        lapsed.threshold_days = 0;
        lapsed.fires_on = latest->end + days{1};
        lapsed.message_coded = message("mandate.lapsed")
                                   .with("since", to_iso_day(lapsed.fires_on))
                                   .with("label", coded_or_text(latest->label_coded, latest->label))
                                   .with("end", to_iso_day(latest->end));
        lapsed.message = english(lapsed.message_coded);
        status.alerts.push_back(lapsed);
        return status;
    }
    std::int64_t remaining = (latest->end - at).count();
    status.days_remaining = remaining;
    for (int threshold : mandate_alert_days) {
        if (remaining > threshold) continue;
        MandateAlert alert;
        alert.threshold_days = threshold;
        alert.fires_on = latest->end - days{threshold};
        alert.message_coded = alert_message(*latest, threshold, remaining);
        alert.message = english(alert.message_coded);
        status.alerts.push_back(alert);
    }
    // The nearest threshold ahead is the widest one not yet crossed.
    for (int threshold : mandate_alert_days) {
        if (remaining > threshold) {
            MandateAlert alert;
            alert.threshold_days = threshold;
            alert.fires_on = latest->end - days{threshold};
            alert.message_coded = message("mandate.next_alert")
                                      .with("threshold", std::to_string(threshold))
                                      .with("fires_on", to_iso_day(alert.fires_on));
            alert.message = english(alert.message_coded);
            status.next_alert = alert;
            break;
        }
    }
    return status;
}

std::string VoteCount::text() const {
    return std::to_string(yes) + "-" + std::to_string(no) + "-" + std::to_string(abstain);
}

void apply_succession(MandateStatus& status, const MandateSuccession& succession) {
    if (succession.successor_start > status.at) return;
    status.succeeded_by = succession;
    // A successor holds the authority: counting down to the old mandate's end, or calling its end a
    // lapse, would tell the reader the mission is in trouble when it was replaced on purpose.
    status.alerts.clear();
    status.next_alert.reset();
    if (!status.in_force) status.state = MandateState::succeeded;
}

std::string mandate_state_text(const MandateStatus& status) {
    if (!status.period) return "no mandate recorded on or before " + to_iso_day(status.at);
    const std::string end = to_iso_day(status.period->end);
    std::string text;
    if (status.in_force)
        text = "in force to " + end + ", " + std::to_string(status.days_remaining.value_or(0)) +
               " days remaining";
    else if (status.succeeded_by)
        return status.succeeded_by->text + "; the last mandate (" + status.period->label + ") ran to " + end;
    else
        return "lapsed: ran to " + end;
    if (status.succeeded_by) text += "; " + status.succeeded_by->text;
    return text;
}

const char* to_text(MandateState state) {
    switch (state) {
        case MandateState::none:
            return "none";
        case MandateState::in_force:
            return "in_force";
        case MandateState::lapsed:
            return "lapsed";
        case MandateState::succeeded:
            return "succeeded";
    }
    return "none";
}

}  // namespace mssops::domain
