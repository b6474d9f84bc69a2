#include "store/incident_row_check.hpp"

#include <algorithm>

#include "domain/record_validation.hpp"

namespace mssops::store {

IncidentRowCheck::IncidentRowCheck() {
    const domain::KindSpec& kind = incident_kind();
    for (const auto& spec : kind.fields) {
        rules_.push_back({&spec, incident_column(spec.name)});
        if (spec.required) required_.push_back(rules_.back());
    }
    std::sort(rules_.begin(), rules_.end(),
              [](const Rule& a, const Rule& b) { return a.spec->name < b.spec->name; });
    cross_field_rules_ = domain::has_cross_field_rules(kind);
}

domain::Result<void> IncidentRowCheck::check(IncidentRow& row, const InexactNumbers& inexact) const {
    return check(row, inexact, &row);
}

domain::Result<void> IncidentRowCheck::check(const IncidentRow& row) const {
    static const InexactNumbers none(incident_columns().size());
    return check(row, none, nullptr);
}

domain::Result<void> IncidentRowCheck::check(const IncidentRow& row, const InexactNumbers& inexact,
                                             IncidentRow* normalised) const {
    using domain::FieldValue;
    for (const auto& rule : rules_) {
        const std::size_t column = rule.column;
        const std::optional<double>& cell = inexact[column];
        if (!row.has(column) && !cell) continue;
        const ColumnType type = incident_columns()[column].type;
        if (type == ColumnType::text) {
            if (auto ok = domain::check_field_text(*rule.spec, row.text(column)); !ok)
                return domain::Error::invalid(rule.spec->name, ok.error().message);
            continue;
        }
        FieldValue value = cell                       ? FieldValue(*cell)
                           : type == ColumnType::real ? FieldValue(row.real(column))
                                                      : FieldValue(row.integer(column));
        auto checked = domain::check_field(*rule.spec, value);
        if (!checked) return domain::Error::invalid(rule.spec->name, checked.error().message);
        // The store keeps whole-number fields as integers and the others as reals.
        if (!normalised) continue;
        if (type == ColumnType::integer) {
            normalised->set_integer(column, std::get<std::int64_t>(*checked));
            continue;
        }
        double number = 0;
        if (auto* whole = std::get_if<std::int64_t>(&*checked))
            number = static_cast<double>(*whole);
        else if (auto* real = std::get_if<double>(&*checked))
            number = *real;
        normalised->set_real(column, number);
    }
    const domain::KindSpec& kind = incident_kind();
    for (const auto& required : required_)
        if (!row.has(required.column)) return domain::missing_required(kind, *required.spec);
    if (cross_field_rules_) {
        auto valid = domain::validate_fields(kind, row.to_fields(), domain::Completeness::whole_record);
        if (!valid) return valid.error();
    }
    return {};
}

}  // namespace mssops::store
