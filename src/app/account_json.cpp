#include "app/account_json.hpp"

#include <algorithm>
#include <boost/json/array.hpp>

#include "domain/access_policy.hpp"
#include "store/account_rows.hpp"

namespace mssops::app::auth {

using domain::Error;

namespace {

template <class Item>
boost::json::array names_of(const std::vector<Item>& items) {
    boost::json::array names;
    for (const Item& item : items) names.emplace_back(domain::to_text(item));
    return names;
}

// Reads an array of names with `parse` ("roles": ["editor"]); each bad item is named by its index.
template <class Item, class Parse>
domain::Result<std::optional<std::vector<Item>>> name_list(const boost::json::object& body,
                                                           std::string_view name, Parse parse) {
    const auto* value = body.if_contains(name);
    if (!value) return std::optional<std::vector<Item>>{};
    if (!value->is_array()) return Error::invalid(std::string(name), "must be an array of strings");
    std::vector<Item> items;
    const auto& array = value->get_array();
    for (std::size_t i = 0; i < array.size(); ++i) {
        const std::string field = std::string(name) + "[" + std::to_string(i) + "]";
        if (!array[i].is_string()) return Error::invalid(field, "must be a string");
        auto item = parse(std::string_view(array[i].get_string()), field);
        if (!item) return item.error();
        if (std::find(items.begin(), items.end(), *item) == items.end()) items.push_back(*item);
    }
    return std::optional<std::vector<Item>>(std::move(items));
}

}  // namespace

boost::json::object user_to_json(const store::User& user) {
    return store::user_json(user);
}

boost::json::object principal_to_json(const domain::Principal& principal) {
    boost::json::object object;
    object["name"] = principal.name;
    object["roles"] = names_of(principal.roles);
    object["domains"] = names_of(principal.domains);
    object["country"] = principal.country;
    return object;
}

boost::json::object token_to_json(const store::ApiToken& token) {
    boost::json::object object;
    object["id"] = token.id;
    object["user"] = token.user;
    object["name"] = token.label;
    object["created_at"] = token.created_at;
    object["last_used_at"] = token.last_used_at;
    object["revoked"] = token.revoked;
    return object;
}

domain::Result<std::optional<std::string>> text_member(const boost::json::object& body, std::string_view name,
                                                       bool required) {
    const auto* value = body.if_contains(name);
    if (!value) {
        if (required) return Error::invalid(std::string(name), "is required");
        return std::optional<std::string>{};
    }
    if (!value->is_string()) return Error::invalid(std::string(name), "must be a string");
    return std::optional<std::string>(std::string(value->get_string()));
}

domain::Result<void> only_members(const boost::json::object& body,
                                  const std::vector<std::string_view>& allowed) {
    for (const auto& member : body) {
        if (std::find(allowed.begin(), allowed.end(), std::string_view(member.key())) != allowed.end())
            continue;
        std::string expected;
        for (std::string_view name : allowed) expected += (expected.empty() ? "" : ", ") + std::string(name);
        return Error::invalid(std::string(member.key()), "is not a known member; expected " + expected);
    }
    return {};
}

domain::Result<NewAccount> new_account_from_json(const boost::json::object& body) {
    if (auto known = only_members(body, {"name", "password", "roles", "domains", "country"}); !known)
        return known.error();
    NewAccount account;
    auto name = text_member(body, "name", true);
    if (!name) return name.error();
    account.name = **name;
    auto password = text_member(body, "password", true);
    if (!password) return password.error();
    account.password = **password;
    auto roles = name_list<domain::Role>(body, "roles", domain::parse_role);
    if (!roles) return roles.error();
    if (!*roles) return Error::invalid("roles", "is required");
    account.roles = **roles;
    auto domains = name_list<domain::EditDomain>(body, "domains", domain::parse_edit_domain);
    if (!domains) return domains.error();
    account.domains = domains->value_or(std::vector<domain::EditDomain>{});
    auto country = text_member(body, "country", false);
    if (!country) return country.error();
    account.country = country->value_or("");
    return account;
}

domain::Result<AccountChange> account_change_from_json(const boost::json::object& body) {
    if (auto known =
            only_members(body, {"password", "roles", "domains", "country", "disabled", "keep_tokens"});
        !known)
        return known.error();
    AccountChange change;
    auto password = text_member(body, "password", false);
    if (!password) return password.error();
    change.password = *password;
    auto roles = name_list<domain::Role>(body, "roles", domain::parse_role);
    if (!roles) return roles.error();
    change.roles = *roles;
    auto domains = name_list<domain::EditDomain>(body, "domains", domain::parse_edit_domain);
    if (!domains) return domains.error();
    change.domains = *domains;
    auto country = text_member(body, "country", false);
    if (!country) return country.error();
    change.country = *country;
    if (const auto* disabled = body.if_contains("disabled")) {
        if (!disabled->is_bool()) return Error::invalid("disabled", "must be true or false");
        change.disabled = disabled->get_bool();
    }
    if (const auto* keep = body.if_contains("keep_tokens")) {
        if (!keep->is_bool()) return Error::invalid("keep_tokens", "must be true or false");
        if (!change.password)
            return Error::invalid("keep_tokens",
                                  "only goes with a new password, which otherwise revokes "
                                  "the user's API tokens");
        change.tokens_on_password_change = keep->get_bool() ? store::KeepTokens::yes : store::KeepTokens::no;
    }
    return change;
}

}  // namespace mssops::app::auth
