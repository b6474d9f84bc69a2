#include "domain/council_membership.hpp"

#include <algorithm>

#include "domain/field_reader.hpp"

namespace mssops::domain {

bool CouncilMembership::holds_seat_in(int year) const {
    if (year < term_start) return false;
    return !term_end || year <= *term_end;
}

std::size_t CouncilComposition::permanent_count() const {
    return static_cast<std::size_t>(
        std::count_if(members.begin(), members.end(), [](const auto& member) { return member.permanent; }));
}

std::size_t CouncilComposition::elected_count() const {
    return members.size() - permanent_count();
}

const CouncilMembership* CouncilComposition::find(std::string_view country) const {
    for (const auto& member : members)
        if (member.country == country) return &member;
    return nullptr;
}

Result<CouncilMembership> council_membership_from(const Record& record) {
    FieldReader reader(record);
    CouncilMembership membership;
    membership.key = record.key();
    auto body = reader.required_text("body");
    if (!body) return body.error();
    membership.body = *body;
    auto country = reader.required_text("country");
    if (!country) return country.error();
    membership.country = *country;
    auto seat = reader.choice<bool>("seat", {{"permanent", true}, {"elected", false}});
    if (!seat) return seat.error();
    membership.permanent = *seat;
    auto start = reader.required_integer("term_start");
    if (!start) return start.error();
    membership.term_start = static_cast<int>(*start);
    if (auto end = reader.optional_integer("term_end")) {
        if (*end < *start)
            return Error::invalid(
                reader.where("term_end"),
                "must not be before term_start " + std::to_string(*start) + ", got " + std::to_string(*end));
        membership.term_end = static_cast<int>(*end);
    }
    membership.source_id = reader.optional_text("source_id");
    return membership;
}

CouncilComposition council_in_year(const std::vector<CouncilMembership>& memberships, std::string_view body,
                                   int year) {
    CouncilComposition council{std::string(body), year, {}};
    for (const auto& membership : memberships) {
        // Two records for the same seat (say, from two sources) must not seat a member twice.
        if (membership.body != body || !membership.holds_seat_in(year) || council.find(membership.country))
            continue;
        council.members.push_back(membership);
    }
    std::sort(council.members.begin(), council.members.end(), [](const auto& a, const auto& b) {
        if (a.permanent != b.permanent) return a.permanent;
        return a.country < b.country;
    });
    return council;
}

bool is_charter_permanent_member(std::string_view country) {
    for (std::string_view permanent : {"CHN", "FRA", "GBR", "RUS", "USA"})
        if (country == permanent) return true;
    return false;
}

Message incomplete_council(const CouncilComposition& council) {
    return message("council.incomplete")
        .with("body", council.body)
        .with("year", std::to_string(council.year))
        .with("permanent", std::to_string(council.permanent_count()))
        .with("elected", std::to_string(council.elected_count()));
}

Result<void> check_security_council(const CouncilComposition& council) {
    if (council.permanent_count() == 5 && council.elected_count() == 10) return {};
    return Error::invalid("council_memberships", english(incomplete_council(council)));
}

}  // namespace mssops::domain
