#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/deployment_event.hpp"
#include "domain/message.hpp"
#include "domain/result.hpp"
#include "domain/strength_report.hpp"

namespace mssops::domain {

/// The newest evidence behind one headline figure.
struct Evidence {
    std::string figure;                          // "strength", "targets", "mandate", "funding", "incidents".
    std::string noun;                            // What the evidence is, for sentences: "deployment figure".
    std::optional<std::chrono::sys_days> as_of;  // The first day the newest evidence stands for.
    std::string as_of_text;                      // Its date as recorded: "2024-11~", "2025-02-06".
    bool approximate = false;                    // Month or year precision, or marked "~".
};

/// An old or missing piece of evidence, in words.
struct StaleWarning {
    std::string figure;
    std::optional<std::chrono::sys_days> as_of;
    std::optional<std::int64_t> age_days;
    std::string message;    // "the newest deployment figure is from 2025-02-06, 22 months ago".
    Message message_coded;  // `message` as a code and parameters: "evidence.stale".
};

/// How old evidence may be before a figure is called stale.
struct EvidenceOptions {
    int stale_after_days = 90;
};

/// Checks stale_after_days: invalid_input on "stale_after_days" unless it is 1..36500.
Result<void> validate_evidence_options(const EvidenceOptions& options);

/// The newest dated fact behind a head count of `type` on or before `at`: a deployment event that
/// moves people (pledges are promises, not figures) or a mission-wide strength report. nullopt: none.
std::optional<PartialDate> newest_strength_evidence(const std::vector<DeploymentEvent>& events,
                                                    const std::vector<StrengthReport>& reports,
                                                    PersonnelType type, std::chrono::sys_days at);

/// A date as a sentence says it: "2025-02-06", "about 2024-11" for one of month precision or marked "~".
std::string date_in_words(const PartialDate& date);

/// "12 days ago", "22 months ago", "3 years ago" (days under 60, months under 36): how long before
/// `at` the day `from` was.
std::string age_in_words(std::chrono::sys_days from, std::chrono::sys_days at);

/// age_in_words() as a message: "age.months" with `count`.
Message age_message(std::chrono::sys_days from, std::chrono::sys_days at);

/// A warning when `evidence` is older than options.stale_after_days on `at`, or when there is none:
/// "the newest deployment figure is from 2025-02-06, 22 months ago" ("from about 2024-11" for an
/// inexact date), "no deployment figure is recorded on or before 2026-12-06". nullopt when the
/// evidence is recent enough.
std::optional<StaleWarning> staleness(const Evidence& evidence, std::chrono::sys_days at,
                                      const EvidenceOptions& options);

}  // namespace mssops::domain
