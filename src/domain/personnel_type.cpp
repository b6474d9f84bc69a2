#include "domain/personnel_type.hpp"

namespace mssops::domain {

const char* to_text(PersonnelType type) {
    switch (type) {
        case PersonnelType::police:
            return "police";
        case PersonnelType::military:
            return "military";
        case PersonnelType::civilian:
            return "civilian";
        case PersonnelType::all:
            return "all";
    }
    return "all";
}

std::optional<PersonnelType> parse_personnel_type(std::string_view text) {
    if (text == "police") return PersonnelType::police;
    if (text == "military") return PersonnelType::military;
    if (text == "civilian") return PersonnelType::civilian;
    if (text == "all") return PersonnelType::all;
    return std::nullopt;
}

bool counts_toward(PersonnelType counted, PersonnelType wanted) {
    return wanted == PersonnelType::all || counted == wanted;
}

}  // namespace mssops::domain
