#include "store/incident_row_check.hpp"

#include <gtest/gtest.h>

#include "domain/record_validation.hpp"
#include "unit/store/incident_row_fill.hpp"

namespace mssops::store::testing {
namespace {

using domain::Fields;

Fields event() {
    return {{"key", std::string("hti1")},
            {"date", std::string("2024-10-03")},
            {"event_type", std::string("Battles")},
            {"country", std::string("HTI")},
            {"latitude", 18.5},
            {"longitude", -72.3},
            {"fatalities", std::int64_t{2}}};
}

/// Fills a row from `fields` (without a day: the check does not read it).
void fill_unchecked(IncidentRow& row, const Fields& fields) {
    row.clear();
    for (const auto& [name, value] : fields) {
        std::size_t column = incident_column(name);
        if (auto* text = std::get_if<std::string>(&value))
            row.set_text(column, *text);
        else if (auto* whole = std::get_if<std::int64_t>(&value))
            row.set_integer(column, *whole);
        else if (auto* real = std::get_if<double>(&value))
            row.set_real(column, *real);
    }
}

}  // namespace

TEST(incident_row_check, accepts_a_valid_event_and_leaves_it_as_it_was) {
    const Fields fields = event();
    IncidentRow row;
    fill_unchecked(row, fields);
    IncidentRowCheck check;
    ASSERT_TRUE(check.check(static_cast<const IncidentRow&>(row)));
    ASSERT_TRUE(check.check(row, IncidentRowCheck::InexactNumbers(incident_columns().size())));
    EXPECT_EQ(row.to_fields(), fields);
}

TEST(incident_row_check, refuses_a_latitude_out_of_range_naming_the_field) {
    Fields fields = event();
    fields["latitude"] = 91.0;
    IncidentRow row;
    fill_unchecked(row, fields);
    auto checked = IncidentRowCheck().check(static_cast<const IncidentRow&>(row));
    ASSERT_FALSE(checked);
    EXPECT_EQ(checked.error().field, "latitude");
    EXPECT_EQ(checked.error().message, "must be between -90 and 90, got 91");
}

TEST(incident_row_check, refuses_an_event_without_its_required_type) {
    Fields fields = event();
    fields.erase("event_type");
    IncidentRow row;
    fill_unchecked(row, fields);
    auto checked = IncidentRowCheck().check(static_cast<const IncidentRow&>(row));
    ASSERT_FALSE(checked);
    EXPECT_EQ(checked.error().field, "event_type");
    EXPECT_EQ(checked.error().message, "is required for incident");
}

TEST(incident_row_check, gives_the_first_error_validate_fields_gives_for_the_same_fields) {
    // Each case breaks one or more fields; the row check and validate_fields name the same first one.
    std::vector<Fields> cases;
    auto broken = [&](std::initializer_list<std::pair<const char*, domain::FieldValue>> changes) {
        Fields fields = event();
        for (const auto& [name, value] : changes) fields[name] = value;
        cases.push_back(fields);
    };
    broken({{"key", std::string("Not A Key")}});
    broken({{"date", std::string("2024-13-01")}});
    broken({{"country", std::string("ZZZ")}});
    broken({{"fatalities", std::int64_t{-1}}});
    broken({{"latitude", 91.0}, {"longitude", 181.0}});
    broken({{"longitude", 181.0}, {"country", std::string("XX")}});
    broken({{"time_precision", std::int64_t{9}}, {"geo_precision", std::int64_t{0}}});
    for (const auto& fields : cases) {
        auto expected = domain::validate_fields(incident_kind(), fields, domain::Completeness::whole_record);
        ASSERT_FALSE(expected);
        IncidentRow row;
        fill_unchecked(row, fields);
        auto checked = IncidentRowCheck().check(static_cast<const IncidentRow&>(row));
        ASSERT_FALSE(checked);
        EXPECT_EQ(checked.error().field, expected.error().field);
        EXPECT_EQ(checked.error().message, expected.error().message);
    }
}

TEST(incident_row_check, stores_a_whole_number_written_with_a_fraction_as_an_integer) {
    Fields fields = event();
    fields.erase("fatalities");
    IncidentRow row;
    fill_unchecked(row, fields);
    IncidentRowCheck::InexactNumbers inexact(incident_columns().size());
    inexact[incident_column("fatalities")] = 3.0;
    ASSERT_TRUE(IncidentRowCheck().check(row, inexact));
    EXPECT_EQ(row.integer(incident_column("fatalities")), 3);
    inexact[incident_column("fatalities")] = 2.5;
    auto fraction = IncidentRowCheck().check(row, inexact);
    ASSERT_FALSE(fraction);
    EXPECT_EQ(fraction.error().field, "fatalities");
}

}  // namespace mssops::store::testing
