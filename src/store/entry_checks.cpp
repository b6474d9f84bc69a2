#include "store/entry_checks.hpp"

#include "domain/council_membership.hpp"
#include "domain/entry_dates.hpp"
#include "domain/partial_date.hpp"
#include "domain/verify.hpp"
#include "domain/vote_check.hpp"

namespace mssops::store {
namespace {

using domain::Result;

Result<void> check_resolution(RecordTransaction& transaction, const domain::Fields& fields) {
    domain::Record record;
    record.kind = "resolutions";
    record.fields = fields;
    auto resolution = domain::resolution_from(record);
    if (!resolution) return resolution.error();
    if (!resolution->has_recorded_vote()) return {};
    const domain::KindSpec* memberships_kind = domain::find_kind("council_memberships");
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

}  // namespace

Result<void> check_entry_rules(RecordTransaction& transaction, const domain::KindSpec& kind,
                               const domain::Fields& fields, const std::string& now) {
    auto today = domain::parse_iso_day(now.substr(0, 10), "now");
    MSSOPS_VERIFY(today.has_value());
    if (auto ok = domain::check_not_in_future(kind.name, fields, *today); !ok) return ok.error();
    if (kind.name == "resolutions") return check_resolution(transaction, fields);
    return {};
}

}  // namespace mssops::store
