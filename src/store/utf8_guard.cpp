#include "store/utf8_guard.hpp"

#include <string>
#include <variant>

#include "domain/kind_names.hpp"
#include "domain/text_encoding.hpp"

namespace mssops::store {
namespace {

domain::Error not_utf8(std::string_view kind, std::string_view key, std::string field,
                       const domain::UndecodableByte& bad) {
    return domain::Error::invalid(std::move(field),
                                  "of " + std::string(kind) + " \"" + domain::replace_invalid_utf8(key) +
                                      "\": " + domain::describe(bad, domain::TextEncoding::utf_8) +
                                      "; the store keeps UTF-8 text only");
}

}  // namespace

domain::Result<void> check_utf8_fields(std::string_view kind, const domain::Fields& fields) {
    const std::string* key_text = domain::text_of(fields, "key");
    const std::string_view key = key_text ? std::string_view(*key_text) : std::string_view("(no key)");
    for (const auto& [name, value] : fields) {
        if (auto bad = domain::find_invalid_utf8(name)) return not_utf8(kind, key, "(field name)", *bad);
        if (const auto* text = std::get_if<std::string>(&value)) {
            if (auto bad = domain::find_invalid_utf8(*text)) return not_utf8(kind, key, name, *bad);
        } else if (const auto* list = std::get_if<domain::TextList>(&value)) {
            for (std::size_t i = 0; i < list->size(); ++i)
                if (auto bad = domain::find_invalid_utf8((*list)[i]))
                    return not_utf8(kind, key, name + "[" + std::to_string(i) + "]", *bad);
        }
    }
    return {};
}

domain::Result<void> check_utf8_row(const IncidentRow& row) {
    static const std::size_t key_column = incident_column("key");
    const auto& columns = incident_columns();
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (columns[i].type != ColumnType::text || !row.has(i)) continue;
        if (auto bad = domain::find_invalid_utf8(row.text(i)))
            return not_utf8(std::string(domain::kinds::incidents), row.text(key_column),
                            std::string(columns[i].name), *bad);
    }
    return {};
}

domain::Result<void> check_utf8_extraction(const StoredExtraction& extraction) {
    const std::pair<const char*, const std::string*> texts[] = {{"text", &extraction.text},
                                                                {"outlet", &extraction.outlet},
                                                                {"title", &extraction.title},
                                                                {"url", &extraction.url},
                                                                {"published", &extraction.published}};
    for (const auto& [field, value] : texts)
        if (auto bad = domain::find_invalid_utf8(*value))
            return not_utf8("extractions", extraction.title, field, *bad);
    return {};
}

}  // namespace mssops::store
