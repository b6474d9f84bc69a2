#include "store/account_rows.hpp"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>

#include "domain/access_policy.hpp"

namespace mssops::store {

namespace {

std::vector<std::string_view> words(std::string_view column) {
    std::vector<std::string_view> found;
    std::size_t at = 0;
    while (at < column.size()) {
        const std::size_t space = column.find(' ', at);
        const std::size_t end = space == std::string_view::npos ? column.size() : space;
        if (end > at) found.push_back(column.substr(at, end - at));
        at = end + 1;
    }
    return found;
}

template <class Item>
std::string joined(const std::vector<Item>& items) {
    std::string text;
    for (const Item& item : items) {
        if (!text.empty()) text += ' ';
        text += domain::to_text(item);
    }
    return text;
}

template <class Item>
boost::json::array json_names(const std::vector<Item>& items) {
    boost::json::array names;
    for (const Item& item : items) names.emplace_back(domain::to_text(item));
    return names;
}

}  // namespace

std::string roles_column(const std::vector<domain::Role>& roles) {
    return joined(roles);
}

domain::Result<std::vector<domain::Role>> roles_from_column(std::string_view column) {
    std::vector<domain::Role> roles;
    for (std::string_view word : words(column)) {
        auto role = domain::parse_role(word, "users.roles");
        if (!role)
            return domain::Error::internal("the users table holds an unknown role: " + role.error().message);
        roles.push_back(*role);
    }
    return roles;
}

std::string domains_column(const std::vector<domain::EditDomain>& domains) {
    return joined(domains);
}

domain::Result<std::vector<domain::EditDomain>> domains_from_column(std::string_view column) {
    std::vector<domain::EditDomain> domains;
    for (std::string_view word : words(column)) {
        auto domain = domain::parse_edit_domain(word, "users.domains");
        if (!domain)
            return domain::Error::internal("the users table holds an unknown domain: " +
                                           domain.error().message);
        domains.push_back(*domain);
    }
    return domains;
}

domain::Result<User> found_user(domain::Result<std::optional<User>> found, std::string_view field,
                                std::string_view name) {
    if (!found) return found.error();
    if (!*found) return no_user(field, name);
    return std::move(**found);
}

ApiToken new_token(ApiToken token, std::string now) {
    token.created_at = std::move(now);
    token.last_used_at.clear();
    token.revoked = false;
    return token;
}

User changed_user(User user, const UserChange& change) {
    if (change.password_hash) user.password_hash = *change.password_hash;
    if (change.roles) user.roles = *change.roles;
    if (change.domains) user.domains = *change.domains;
    if (change.country) user.country = *change.country;
    if (change.disabled) user.disabled = *change.disabled;
    return user;
}

boost::json::object user_json(const User& user) {
    boost::json::object object;
    object["name"] = user.name;
    object["roles"] = json_names(user.roles);
    object["domains"] = json_names(user.domains);
    object["country"] = user.country;
    object["disabled"] = user.disabled;
    object["created_at"] = user.created_at;
    return object;
}

std::string user_audit_text(const User& user, bool password_changed) {
    boost::json::object object = user_json(user);
    if (password_changed) object["password_changed"] = true;
    return boost::json::serialize(object);
}

std::string token_audit_text(const ApiToken& token) {
    boost::json::object object;
    object["user"] = token.user;
    object["label"] = token.label;
    object["created_at"] = token.created_at;
    object["revoked"] = token.revoked;
    return boost::json::serialize(object);
}

domain::Result<User> user_from_row(const StoredRow& row) {
    User user;
    user.id = row.integer(0);
    user.name = row.text(1);
    user.password_hash = row.text(2);
    auto roles = roles_from_column(row.text(3));
    if (!roles) return roles.error();
    user.roles = std::move(roles).value();
    auto domains = domains_from_column(row.text(4));
    if (!domains) return domains.error();
    user.domains = std::move(domains).value();
    user.country = row.text(5);
    user.disabled = row.flag(6);
    user.created_at = row.text(7);
    return user;
}

ApiToken token_from_row(const StoredRow& row) {
    ApiToken token;
    token.id = row.integer(0);
    token.user = row.text(1);
    token.label = row.text(2);
    token.token_hash = row.text(3);
    token.created_at = row.text(4);
    token.last_used_at = row.text(5);
    token.revoked = row.flag(6);
    return token;
}

domain::Error no_user(std::string_view field, std::string_view name) {
    return domain::Error::not_found(std::string(field), "no user named '" + std::string(name) + "'");
}

}  // namespace mssops::store
