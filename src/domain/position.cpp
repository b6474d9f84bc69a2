#include "domain/position.hpp"

#include <map>

#include "domain/field_reader.hpp"

namespace mssops::domain {

Result<Position> position_from(const Record& record) {
    FieldReader reader(record);
    Position position;
    position.key = record.key();
    auto actor = reader.required_text("actor");
    if (!actor) return actor.error();
    position.actor = *actor;
    position.actor_kind = reader.optional_text("actor_kind");
    auto subject = reader.required_text("subject");
    if (!subject) return subject.error();
    position.subject = *subject;
    auto stance = reader.choice<Stance>("stance", {{"supports", Stance::supports},
                                                   {"open", Stance::open},
                                                   {"opposes", Stance::opposes},
                                                   {"withdrew_support", Stance::withdrew_support},
                                                   {"undecided", Stance::undecided}});
    if (!stance) return stance.error();
    position.stance = *stance;
    auto date = reader.required_date("date");
    if (!date) return date.error();
    position.date = *date;
    position.mission = reader.optional_text("mission");
    position.quote = reader.optional_text("quote");
    position.summary = reader.optional_text("summary");
    position.source_id = reader.optional_text("source_id");
    return position;
}

const char* to_text(Stance stance) {
    switch (stance) {
        case Stance::supports:
            return "supports";
        case Stance::open:
            return "open";
        case Stance::opposes:
            return "opposes";
        case Stance::withdrew_support:
            return "withdrew_support";
        case Stance::undecided:
            return "undecided";
    }
    return "undecided";
}

std::vector<Position> latest_positions(const std::vector<Position>& positions, std::string_view subject,
                                       std::chrono::sys_days at) {
    std::map<std::string, const Position*> latest;
    for (const auto& position : positions) {
        if (position.subject != subject || position.date.first_day() > at) continue;
        auto& slot = latest[position.actor];
        if (!slot || slot->date.first_day() <= position.date.first_day()) slot = &position;
    }
    std::vector<Position> result;
    for (const auto& [actor, position] : latest) result.push_back(*position);
    return result;
}

}  // namespace mssops::domain
