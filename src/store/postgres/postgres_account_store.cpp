#include "store/postgres/postgres_account_store.hpp"

#include <optional>

#include "store/account_rows.hpp"
#include "store/postgres/postgres_insert.hpp"
#include "store/postgres/postgres_record_transaction.hpp"
#include "store/postgres/postgres_stored_row.hpp"
#include "store/timestamp.hpp"

namespace mssops::store {

using domain::Error;

namespace {

Result<std::optional<User>> load_user(pqxx::work& work, std::string_view name) {
    auto rows = work.exec_params(std::string(user_select) + "WHERE name = $1", std::string(name));
    if (rows.empty()) return std::optional<User>{};
    auto user = user_from_row(PostgresStoredRow(rows[0]));
    if (!user) return user.error();
    return std::optional<User>(std::move(user).value());
}

std::optional<ApiToken> first_token(const pqxx::result& rows) {
    if (rows.empty()) return std::nullopt;
    return token_from_row(PostgresStoredRow(rows[0]));
}

void audit(pqxx::work& work, const Actor& who, std::string_view action, std::string_view kind,
           std::int64_t id, const std::string& before, const std::string& after) {
    append_postgres_audit(
        work, {0, utc_timestamp_now(), who.name, std::string(action), std::string(kind), id, before, after});
}

// `condition` compares columns with $2, $3...; $1 is `since`.
FailedSignIns count_failures(pqxx::work& work, const std::string& condition, std::string_view since,
                             std::string_view key, std::string_view other_key = {}) {
    const std::string query =
        "SELECT count(*), coalesce(min(at), ''), coalesce(max(at), '') FROM failed_sign_ins WHERE at > $1 "
        "AND " +
        condition;
    auto row = condition.find("$3") == std::string::npos
                   ? work.exec_params1(query, std::string(since), std::string(key))
                   : work.exec_params1(query, std::string(since), std::string(key), std::string(other_key));
    return FailedSignIns{row[0].as<std::int64_t>(), row[1].c_str(), row[2].c_str()};
}

// Revokes every live token of the user, each with its audit row, in the caller's transaction.
void revoke_all_tokens(pqxx::work& work, std::int64_t user_id, const Actor& who) {
    auto live =
        work.exec_params(std::string(token_select) + "WHERE t.user_id = $1 AND NOT t.revoked", user_id);
    for (const auto& row : live) {
        const ApiToken token = token_from_row(PostgresStoredRow(row));
        work.exec_params0("UPDATE api_tokens SET revoked = true WHERE id = $1", token.id);
        ApiToken revoked = token;
        revoked.revoked = true;
        audit(work, who, "retire", "api_tokens", token.id, token_audit_text(token),
              token_audit_text(revoked));
    }
}

}  // namespace

template <>
Result<User> PostgresAccountStore::create_user(const User& user, const Actor& who) {
    if (user.name.empty()) return Error::invalid("name", "must not be empty");
    return database_.write([&](pqxx::work& work) -> Result<User> {
        auto existing = load_user(work, user.name);
        if (!existing) return existing.error();
        if (*existing) return Error::conflict("name", "a user named '" + user.name + "' already exists");
        User created = user;
        created.created_at = utc_timestamp_now();
        created.id = inserted_id(
            work,
            "INSERT INTO users (name, password_hash, roles, domains, country, disabled, created_at) "
            "VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
            created.name, created.password_hash, roles_column(created.roles), domains_column(created.domains),
            created.country, created.disabled, created.created_at);
        audit(work, who, "create", "users", created.id, "", user_audit_text(created));
        return created;
    });
}

template <>
Result<User> PostgresAccountStore::update_user(std::string_view name, const UserChange& change,
                                               const Actor& who) {
    return database_.write([&](pqxx::work& work) -> Result<User> {
        auto existing = load_user(work, name);
        if (!existing) return existing.error();
        if (!*existing) return no_user("name", name);
        const User before = **existing;
        const User after = changed_user(before, change);
        work.exec_params0(
            "UPDATE users SET password_hash = $1, roles = $2, domains = $3, country = $4, disabled = $5 "
            "WHERE id = $6",
            after.password_hash, roles_column(after.roles), domains_column(after.domains), after.country,
            after.disabled, after.id);
        // A new password or a disabled account must not leave a stolen session alive.
        if (change.password_hash || after.disabled)
            work.exec_params0("DELETE FROM sessions WHERE user_id = $1", after.id);
        if (change.password_hash && change.tokens_on_password_change == KeepTokens::no)
            revoke_all_tokens(work, after.id, who);
        audit(work, who, "update", "users", after.id, user_audit_text(before),
              user_audit_text(after, change.password_hash.has_value()));
        return after;
    });
}

template <>
Result<User> PostgresAccountStore::find_user(std::string_view name) {
    return database_.read([&](pqxx::work& work) { return found_user(load_user(work, name), "name", name); });
}

template <>
Result<std::vector<User>> PostgresAccountStore::list_users() {
    return database_.read([&](pqxx::work& work) -> Result<std::vector<User>> {
        std::vector<User> users;
        for (const auto& row : work.exec(std::string(user_select) + "ORDER BY name")) {
            auto user = user_from_row(PostgresStoredRow(row));
            if (!user) return user.error();
            users.push_back(std::move(user).value());
        }
        return users;
    });
}

template <>
Result<void> PostgresAccountStore::create_session(const Session& session) {
    return database_.write([&](pqxx::work& work) -> Result<void> {
        auto user = load_user(work, session.user);
        if (!user) return user.error();
        if (!*user) return no_user("user", session.user);
        work.exec_params0(
            "INSERT INTO sessions (token_hash, csrf_token, user_id, created_at, expires_at) VALUES ($1, $2, "
            "$3, $4, $5)",
            session.token_hash, session.csrf_token, (*user)->id, session.created_at, session.expires_at);
        return {};
    });
}

template <>
Result<Session> PostgresAccountStore::find_session(std::string_view token_hash, std::string_view now) {
    return database_.read([&](pqxx::work& work) -> Result<Session> {
        auto rows = work.exec_params(
            "SELECT s.token_hash, s.csrf_token, u.name, s.created_at, s.expires_at FROM sessions s "
            "JOIN users u ON u.id = s.user_id WHERE s.token_hash = $1 AND s.expires_at > $2",
            std::string(token_hash), std::string(now));
        if (rows.empty()) return Error::not_found("session", "no session has that token, or it has expired");
        const auto& row = rows[0];
        return Session{row[0].c_str(), row[1].c_str(), row[2].c_str(), row[3].c_str(), row[4].c_str()};
    });
}

template <>
Result<void> PostgresAccountStore::delete_session(std::string_view token_hash) {
    return database_.write([&](pqxx::work& work) -> Result<void> {
        work.exec_params0("DELETE FROM sessions WHERE token_hash = $1", std::string(token_hash));
        return {};
    });
}

template <>
Result<void> PostgresAccountStore::delete_expired_sessions(std::string_view now) {
    return database_.write([&](pqxx::work& work) -> Result<void> {
        work.exec_params0("DELETE FROM sessions WHERE expires_at <= $1", std::string(now));
        return {};
    });
}

template <>
Result<ApiToken> PostgresAccountStore::create_token(const ApiToken& token, const Actor& who) {
    return database_.write([&](pqxx::work& work) -> Result<ApiToken> {
        auto user = found_user(load_user(work, token.user), "user", token.user);
        if (!user) return user.error();
        ApiToken created = new_token(token, utc_timestamp_now());
        created.id = inserted_id(
            work,
            "INSERT INTO api_tokens (user_id, label, token_hash, created_at) VALUES ($1, $2, $3, $4) "
            "RETURNING id",
            user->id, created.label, created.token_hash, created.created_at);
        audit(work, who, "create", "api_tokens", created.id, "", token_audit_text(created));
        return created;
    });
}

template <>
Result<ApiToken> PostgresAccountStore::find_token(std::string_view token_hash) {
    return database_.read([&](pqxx::work& work) -> Result<ApiToken> {
        auto token = first_token(
            work.exec_params(std::string(token_select) + "WHERE t.token_hash = $1", std::string(token_hash)));
        if (!token) return Error::not_found("token", "no API token has that value");
        return std::move(*token);
    });
}

template <>
Result<void> PostgresAccountStore::touch_token(std::int64_t id, std::string_view now) {
    return database_.write([&](pqxx::work& work) -> Result<void> {
        work.exec_params0("UPDATE api_tokens SET last_used_at = $1 WHERE id = $2", std::string(now), id);
        return {};
    });
}

template <>
Result<ApiToken> PostgresAccountStore::revoke_token(std::int64_t id, const Actor& who) {
    return database_.write([&](pqxx::work& work) -> Result<ApiToken> {
        auto token = first_token(work.exec_params(std::string(token_select) + "WHERE t.id = $1", id));
        if (!token) return Error::not_found("id", "no API token has id " + std::to_string(id));
        ApiToken revoked = *token;
        if (revoked.revoked) return revoked;
        revoked.revoked = true;
        work.exec_params0("UPDATE api_tokens SET revoked = true WHERE id = $1", id);
        audit(work, who, "retire", "api_tokens", id, token_audit_text(*token), token_audit_text(revoked));
        return revoked;
    });
}

template <>
Result<std::vector<ApiToken>> PostgresAccountStore::list_tokens(std::string_view user) {
    return database_.read([&](pqxx::work& work) -> Result<std::vector<ApiToken>> {
        std::vector<ApiToken> tokens;
        for (const auto& row : work.exec_params(
                 std::string(token_select) + "WHERE u.name = $1 ORDER BY t.id DESC", std::string(user)))
            tokens.push_back(token_from_row(PostgresStoredRow(row)));
        return tokens;
    });
}

template <>
Result<void> PostgresAccountStore::record_failed_sign_in(std::string_view user_name, std::string_view client,
                                                         std::string_view at) {
    return database_.write([&](pqxx::work& work) -> Result<void> {
        work.exec_params0("INSERT INTO failed_sign_ins (user_name, client, at) VALUES ($1, $2, $3)",
                          std::string(user_name), std::string(client), std::string(at));
        return {};
    });
}

template <>
Result<FailedSignIns> PostgresAccountStore::failed_sign_ins_for_user(std::string_view user_name,
                                                                     std::string_view since) {
    return database_.read([&](pqxx::work& work) -> Result<FailedSignIns> {
        return count_failures(work, "user_name = $2 AND NOT cleared", since, user_name);
    });
}

template <>
Result<FailedSignIns> PostgresAccountStore::failed_sign_ins_from_client(std::string_view client,
                                                                        std::string_view since) {
    return database_.read([&](pqxx::work& work) -> Result<FailedSignIns> {
        return count_failures(work, "client = $2", since, client);
    });
}

template <>
Result<FailedSignIns> PostgresAccountStore::failed_sign_ins_for_user_from_client(std::string_view user_name,
                                                                                 std::string_view client,
                                                                                 std::string_view since) {
    return database_.read([&](pqxx::work& work) -> Result<FailedSignIns> {
        return count_failures(work, "user_name = $2 AND client = $3", since, user_name, client);
    });
}

template <>
Result<void> PostgresAccountStore::clear_failed_sign_ins(std::string_view user_name,
                                                         std::string_view client) {
    return database_.write([&](pqxx::work& work) -> Result<void> {
        work.exec_params0("DELETE FROM failed_sign_ins WHERE user_name = $1 AND client = $2",
                          std::string(user_name), std::string(client));
        work.exec_params0("UPDATE failed_sign_ins SET cleared = true WHERE user_name = $1",
                          std::string(user_name));
        return {};
    });
}

template <>
Result<void> PostgresAccountStore::forget_failed_sign_ins(std::string_view before) {
    return database_.write([&](pqxx::work& work) -> Result<void> {
        work.exec_params0("DELETE FROM failed_sign_ins WHERE at < $1", std::string(before));
        return {};
    });
}

}  // namespace mssops::store
