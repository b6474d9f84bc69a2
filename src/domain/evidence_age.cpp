#include "domain/evidence_age.hpp"

namespace mssops::domain {

using std::chrono::sys_days;

Result<void> validate_evidence_options(const EvidenceOptions& options) {
    if (options.stale_after_days < 1 || options.stale_after_days > 36500)
        return Error::invalid("stale_after_days", "must be a whole number of days from 1 to 36500, got " +
                                                      std::to_string(options.stale_after_days));
    return {};
}

std::optional<PartialDate> newest_strength_evidence(const std::vector<DeploymentEvent>& events,
                                                    const std::vector<StrengthReport>& reports,
                                                    PersonnelType type, sys_days at) {
    std::optional<PartialDate> newest;
    auto consider = [&](const PartialDate& date) {
        if (date.first_day() > at) return;
        if (!newest || newest->first_day() < date.first_day()) newest = date;
    };
    for (const auto& event : events)
        if (event.kind != DeploymentKind::pledged && counts_toward(event.personnel_type, type))
            consider(event.date);
    // The reports stated_strength() may use: mission-wide ones of the type asked (any type for all).
    for (const auto& report : reports)
        if (report.country.empty() && (type == PersonnelType::all || report.personnel_type == type))
            consider(report.date);
    return newest;
}

std::string date_in_words(const PartialDate& date) {
    std::string text = date.to_text();
    if (!text.empty() && text.back() == '~') text.pop_back();
    bool inexact = date.approximate || date.precision != DatePrecision::day;
    return (inexact ? "about " : "") + text;
}

std::string age_in_words(sys_days from, sys_days at) {
    return english(age_message(from, at));
}

Message age_message(sys_days from, sys_days at) {
    auto days = (at - from).count();
    if (days <= 0) return message("age.today");
    if (days == 1) return message("age.yesterday");
    if (days < 60) return message("age.days").with("count", std::to_string(days));
    std::chrono::year_month_day a{from}, b{at};
    int months = (static_cast<int>(b.year()) - static_cast<int>(a.year())) * 12 +
                 (static_cast<int>(static_cast<unsigned>(b.month())) -
                  static_cast<int>(static_cast<unsigned>(a.month())));
    // A month counts once its day of the month comes round again.
    if (b.day() < a.day()) --months;
    if (months < 36) return message("age.months").with("count", std::to_string(months));
    return message("age.years").with("count", std::to_string(months / 12));
}

std::optional<StaleWarning> staleness(const Evidence& evidence, sys_days at, const EvidenceOptions& options) {
    StaleWarning warning;
    warning.figure = evidence.figure;
    if (!evidence.as_of) {
        warning.message_coded = message("evidence.none")
                                    .with("figure", evidence.figure)
                                    .with("noun", evidence.noun)
                                    .with("at", to_iso_day(at));
        warning.message = english(warning.message_coded);
        return warning;
    }
    auto age = (at - *evidence.as_of).count();
    if (age <= options.stale_after_days) return std::nullopt;
    warning.as_of = evidence.as_of;
    warning.age_days = age;
    std::string date = evidence.as_of_text;
    if (!date.empty() && date.back() == '~') date.pop_back();
    warning.message_coded = message("evidence.stale")
                                .with("figure", evidence.figure)
                                .with("noun", evidence.noun)
                                .with("approximate", evidence.approximate ? "yes" : "no")
                                .with("date", date)
                                .with("age", age_message(*evidence.as_of, at));
    warning.message = english(warning.message_coded);
    return warning;
}

}  // namespace mssops::domain
