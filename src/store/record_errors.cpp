#include "store/record_errors.hpp"

#include <string>

namespace mssops::store {

using domain::Error;
using domain::KindSpec;

std::string in_quotes(std::string_view text) {
    return "\"" + std::string(text) + "\"";
}

namespace {

std::string with_article(const std::string& noun) {
    bool vowel = !noun.empty() && std::string_view("aeiou").find(noun.front()) != std::string_view::npos;
    return (vowel ? "an " : "a ") + noun;
}

}  // namespace

Error record_not_found(const KindSpec& kind, std::int64_t id) {
    return Error::not_found("id", "no " + kind.singular + " has id " + std::to_string(id));
}

Error key_not_found(const KindSpec& kind, std::string_view key) {
    return Error::not_found("key", "no " + kind.singular + " has key " + in_quotes(key));
}

Error key_taken(const KindSpec& kind, std::string_view key) {
    return Error::conflict("key",
                           with_article(kind.singular) + " with key " + in_quotes(key) + " already exists");
}

Error stale_version(std::int64_t expected, std::int64_t actual) {
    return Error::conflict("version", "expected version " + std::to_string(expected) +
                                          ", but the record is at version " + std::to_string(actual) +
                                          "; reload it and apply the change again");
}

Error missing_reference(const domain::FieldSpec& field, std::string_view key) {
    return Error::invalid(field.name, "no " + field.references + " record has key " + in_quotes(key));
}

}  // namespace mssops::store
