#include "domain/kind_catalog.hpp"

namespace mssops::domain {

const FieldSpec* KindSpec::field(std::string_view field_name) const {
    for (const auto& spec : fields)
        if (spec.name == field_name) return &spec;
    return nullptr;
}

const std::vector<Vocabulary>& all_vocabularies() {
    static const std::vector<Vocabulary> vocabularies = [] {
        Vocabulary personnel{std::string(vocabularies::personnel_types),
                             {"police", "military", "civilian"},
                             "Who a contingent's head count counts."};
        // Targets and stated totals may count every type at once.
        Vocabulary head_count{std::string(vocabularies::head_count_types), personnel.values,
                              "Who a target or stated head count counts; all counts every type."};
        head_count.values.push_back("all");
        return std::vector<Vocabulary>{std::move(personnel), std::move(head_count)};
    }();
    return vocabularies;
}

const Vocabulary* find_vocabulary(std::string_view name) {
    for (const auto& vocabulary : all_vocabularies())
        if (vocabulary.name == name) return &vocabulary;
    return nullptr;
}

const KindSpec* find_kind(std::string_view name) {
    for (const auto& kind : all_kinds())
        if (kind.name == name) return &kind;
    return nullptr;
}

const char* to_text(FieldType type) {
    switch (type) {
        case FieldType::text:
            return "text";
        case FieldType::key:
            return "key";
        case FieldType::integer:
            return "integer";
        case FieldType::number:
            return "number";
        case FieldType::boolean:
            return "boolean";
        case FieldType::date:
            return "date";
        case FieldType::country:
            return "country";
        case FieldType::currency:
            return "currency";
        case FieldType::url:
            return "url";
        case FieldType::choice:
            return "choice";
        case FieldType::text_list:
            return "text_list";
        case FieldType::country_list:
            return "country_list";
        case FieldType::reference:
            return "reference";
    }
    return "text";
}

const char* to_text(EditSharing sharing) {
    switch (sharing) {
        case EditSharing::domain_editors:
            return "domain_editors";
        case EditSharing::every_editor:
            return "every_editor";
    }
    return "domain_editors";
}

const char* to_text(LiaisonScope scope) {
    switch (scope) {
        case LiaisonScope::none:
            return "none";
        case LiaisonScope::own_country:
            return "own_country";
    }
    return "none";
}

}  // namespace mssops::domain
