#pragma once

#include <optional>
#include <vector>

#include "domain/kind_catalog.hpp"
#include "domain/result.hpp"
#include "store/incident_columns.hpp"

namespace mssops::store {

/// The one check of a typed incident row, by the catalog's rules for incidents: readers run it on
/// each row they fill and the import runs it on each row it writes. It gives the first error
/// validate_fields() gives for the same fields (it walks the fields in name order, as Fields iterate),
/// so a row read from a file and the same event entered by hand fail alike.
class IncidentRowCheck {
public:
    /// Compiles the rules once: each field's spec and column in name order, and the required ones.
    IncidentRowCheck();

    /// Whole-number cells a reader met written with a fraction or sign ("3.0", "-1"), by column: they
    /// are not in the row yet, and are checked as the numbers they are.
    using InexactNumbers = std::vector<std::optional<double>>;

    /// Checks `row` and normalises its numbers (a whole-number field holds an integer, the others a
    /// real). invalid_input naming the catalog field: "latitude", "fatalities"...
    domain::Result<void> check(IncidentRow& row, const InexactNumbers& inexact) const;
    /// Checks a row that holds every value in its column's type already (as check() leaves it),
    /// changing nothing: what the import runs on each row it is given.
    domain::Result<void> check(const IncidentRow& row) const;

private:
    domain::Result<void> check(const IncidentRow& row, const InexactNumbers& inexact,
                               IncidentRow* normalised) const;

    struct Rule {
        const domain::FieldSpec* spec = nullptr;
        std::size_t column = 0;
    };
    std::vector<Rule> rules_;     // Every field of the kind, by name: the order validate_fields checks in.
    std::vector<Rule> required_;  // The required ones, in the kind's order.
    bool cross_field_rules_ = false;
};

}  // namespace mssops::store
