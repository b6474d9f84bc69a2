#include "store/entry_checks.hpp"

#include "domain/council_membership.hpp"
#include "domain/entry_dates.hpp"
#include "domain/kind_names.hpp"
#include "domain/partial_date.hpp"
#include "domain/verify.hpp"
#include "domain/vote_check.hpp"

namespace mssops::store {
namespace {

using domain::Result;

Result<void> check_resolution(RecordTransaction& transaction, const domain::Fields& fields) {
    domain::Record record;
    record.kind = domain::kinds::resolutions;
    record.fields = fields;
    auto resolution = domain::resolution_from(record);
    if (!resolution) return resolution.error();
    if (!resolution->has_recorded_vote()) return {};
    const domain::KindSpec* memberships_kind = domain::find_kind(domain::kinds::council_memberships);
    MSSOPS_VERIFY(memberships_kind != nullptr);
    auto rows = transaction.live_records(*memberships_kind);
    if (!rows) return rows.error();
    std::vector<domain::CouncilMembership> memberships;
    for (const auto& row : *rows) {
        auto membership = domain::council_membership_from(row);
        if (!membership) return membership.error();
        memberships.push_back(std::move(membership).value());
    }
    auto council = domain::council_in_year(memberships, resolution->body, resolution->adopted.year);
    auto checked = domain::check_recorded_outcome(*resolution, council);
    if (!checked) return checked.error();
    return {};
}

// A link says two reports are of one movement, so they must be able to be: the same country, personnel
// type and kind. A link to a pledge from an arrival, or across contingents, would drop a real movement.
Result<void> check_same_movement(RecordTransaction& transaction, const domain::KindSpec& kind,
                                 const domain::Fields& fields) {
    const std::string* target_key = domain::text_of(fields, "same_movement_as");
    if (!target_key) return {};
    const std::string* own_key = domain::text_of(fields, "key");
    if (own_key && *own_key == *target_key)
        return domain::Error::invalid("same_movement_as",
                                      "must name another event, got its own key \"" + *target_key + "\"");
    auto target = transaction.find_by_key(kind, *target_key);
    if (!target) return target.error();
    // A missing or retired target is reported by the reference check, with its usual message.
    if (!*target) return {};
    for (const char* field : {"country", "personnel_type", "event"}) {
        const std::string* mine = domain::text_of(fields, field);
        const std::string* theirs = (*target)->text(field);
        if (mine && theirs && *mine != *theirs)
            return domain::Error::invalid("same_movement_as", "must name an event with the same " +
                                                                  std::string(field) + " as this one (" +
                                                                  *mine + "), but \"" + *target_key +
                                                                  "\" has " + *theirs);
    }
    return {};
}

}  // namespace

Result<void> check_entry_rules(RecordTransaction& transaction, const domain::KindSpec& kind,
                               const domain::Fields& fields, const std::string& now) {
    auto today = domain::parse_iso_day(now.substr(0, 10), "now");
    MSSOPS_VERIFY(today.has_value());
    if (auto ok = domain::check_not_in_future(kind.name, fields, *today); !ok) return ok.error();
    if (kind.name == domain::kinds::resolutions) return check_resolution(transaction, fields);
    if (kind.name == domain::kinds::deployment_events) return check_same_movement(transaction, kind, fields);
    return {};
}

}  // namespace mssops::store
