#include "domain/strength_report.hpp"

#include "domain/field_reader.hpp"

namespace mssops::domain {

Result<StrengthReport> strength_report_from(const Record& record) {
    FieldReader reader(record);
    StrengthReport report;
    report.key = record.key();
    auto mission = reader.required_text("mission");
    if (!mission) return mission.error();
    report.mission = *mission;
    auto type = reader.vocabulary_choice<PersonnelType>("personnel_type", parse_personnel_type);
    if (!type) return type.error();
    report.personnel_type = *type;
    auto count = reader.required_integer("count");
    if (!count) return count.error();
    if (*count < 0)
        return Error::invalid(reader.where("count"), "must be 0 or more, got " + std::to_string(*count));
    report.count = *count;
    // A count without a qualifier is read as the source gives it: exact.
    auto qualifier = reader.choice<CountQualifier>("qualifier",
                                                   {{"exact", CountQualifier::exact},
                                                    {"approximately", CountQualifier::approximately},
                                                    {"at_least", CountQualifier::at_least},
                                                    {"at_most", CountQualifier::at_most}},
                                                   CountQualifier::exact);
    if (!qualifier) return qualifier.error();
    report.qualifier = *qualifier;
    report.country = reader.optional_text("country");
    auto date = reader.required_date("date");
    if (!date) return date.error();
    report.date = *date;
    report.source_id = reader.optional_text("source_id");
    return report;
}

const char* to_text(CountQualifier qualifier) {
    switch (qualifier) {
        case CountQualifier::exact:
            return "exact";
        case CountQualifier::approximately:
            return "approximately";
        case CountQualifier::at_least:
            return "at_least";
        case CountQualifier::at_most:
            return "at_most";
    }
    return "exact";
}

}  // namespace mssops::domain
