#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/message.hpp"
#include "domain/record.hpp"
#include "domain/result.hpp"

namespace mssops::domain {

/// A member's seat on a council for a term (kind council_memberships).
struct CouncilMembership {
    std::string key;
    std::string body;     // "unsc".
    std::string country;  // ISO3.
    bool permanent = false;
    int term_start = 0;           // First year of the term.
    std::optional<int> term_end;  // Last year; none for permanent members.
    std::string source_id;

    /// Whether the seat is held in `year` (a permanent seat from term_start on).
    bool holds_seat_in(int year) const;
};

/// The members sitting on a council in one year.
struct CouncilComposition {
    std::string body;
    int year = 0;
    std::vector<CouncilMembership> members;  // Permanent members first, then elected, each by country.

    std::size_t permanent_count() const;
    std::size_t elected_count() const;
    /// The member's seat, or nullptr when `country` does not sit in that year.
    const CouncilMembership* find(std::string_view country) const;
};

/// The typed view of a council_memberships record; invalid_input names the field that is missing or wrong.
Result<CouncilMembership> council_membership_from(const Record& record);

/// The members of `body` sitting in `year`, from every membership record (terms by years).
CouncilComposition council_in_year(const std::vector<CouncilMembership>& memberships, std::string_view body,
                                   int year);

/// Whether `country` (ISO3) holds a permanent Security Council seat under UN Charter Art. 23:
/// CHN, FRA, GBR, RUS, USA.
bool is_charter_permanent_member(std::string_view country);

/// Checks that the Security Council of that year has its 5 permanent and 10 elected members
/// (UN Charter Art. 23); invalid_input on "council_memberships" says how many of each were found.
Result<void> check_security_council(const CouncilComposition& council);

/// What check_security_council() says of an incomplete council, as a message ("council.incomplete").
Message incomplete_council(const CouncilComposition& council);

}  // namespace mssops::domain
