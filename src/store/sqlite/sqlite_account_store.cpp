#include "store/sqlite/sqlite_account_store.hpp"

#include <functional>
#include <optional>
#include <vector>

#include "store/account_rows.hpp"
#include "store/sqlite/sqlite_stored_row.hpp"
#include "store/timestamp.hpp"
#include "store/written_kinds.hpp"

namespace mssops::store {

using domain::Error;

namespace {

std::string_view view(const std::string& text) {
    return text;
}

Result<std::optional<User>> load_user(SqliteConnection& connection, std::string_view name) {
    auto statement = connection.prepare(std::string(user_select) + "WHERE name = ?");
    if (!statement) return statement.error();
    statement->bind(1, name);
    auto row = statement->step();
    if (!row) return row.error();
    if (!*row) return std::optional<User>{};
    auto user = user_from_row(SqliteStoredRow(*statement));
    if (!user) return user.error();
    return std::optional<User>(std::move(user).value());
}

Result<std::optional<ApiToken>> load_token(SqliteConnection& connection, std::string_view where,
                                           const std::function<void(SqliteStatement&)>& bind) {
    auto statement = connection.prepare(std::string(token_select) + std::string(where));
    if (!statement) return statement.error();
    bind(*statement);
    auto row = statement->step();
    if (!row) return row.error();
    if (!*row) return std::optional<ApiToken>{};
    return std::optional<ApiToken>(token_from_row(SqliteStoredRow(*statement)));
}

Result<void> append_audit(SqliteConnection& connection, const Actor& who, std::string_view action,
                          std::string_view kind, std::int64_t id, const std::string& before,
                          const std::string& after) {
    note_written_kind(kind);
    auto statement = connection.prepare(
        "INSERT INTO audit (at, actor, action, kind, record_id, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!statement) return statement.error();
    statement->bind(1, view(utc_timestamp_now()))
        .bind(2, view(who.name))
        .bind(3, action)
        .bind(4, kind)
        .bind(5, id)
        .bind(6, view(before))
        .bind(7, view(after));
    return statement->run();
}

// `condition` compares columns with the parameters after the first, which is `since`.
Result<FailedSignIns> count_failures(SqliteConnection& connection, const std::string& condition,
                                     std::string_view since, std::vector<std::string_view> keys) {
    auto statement = connection.prepare(
        "SELECT count(*), coalesce(min(at), ''), coalesce(max(at), '') FROM failed_sign_ins WHERE at > ? "
        "AND " +
        condition);
    if (!statement) return statement.error();
    statement->bind(1, since);
    for (std::size_t i = 0; i < keys.size(); ++i) statement->bind(static_cast<int>(i + 2), keys[i]);
    auto row = statement->step();
    if (!row) return row.error();
    return FailedSignIns{statement->integer(0), statement->text(1), statement->text(2)};
}

// Revokes every live token of the user, each with its audit row, in the caller's transaction.
Result<void> revoke_all_tokens(SqliteConnection& connection, std::int64_t user_id, const Actor& who) {
    std::vector<ApiToken> live;
    {
        auto listed = connection.prepare(std::string(token_select) + "WHERE t.user_id = ? AND t.revoked = 0");
        if (!listed) return listed.error();
        listed->bind(1, user_id);
        while (true) {
            auto row = listed->step();
            if (!row) return row.error();
            if (!*row) break;
            live.push_back(token_from_row(SqliteStoredRow(*listed)));
        }
    }
    for (const auto& token : live) {
        auto statement = connection.prepare("UPDATE api_tokens SET revoked = 1 WHERE id = ?");
        if (!statement) return statement.error();
        statement->bind(1, token.id);
        if (auto updated = statement->run(); !updated) return updated.error();
        ApiToken revoked = token;
        revoked.revoked = true;
        if (auto audited = append_audit(connection, who, "retire", "api_tokens", token.id,
                                        token_audit_text(token), token_audit_text(revoked));
            !audited)
            return audited.error();
    }
    return {};
}

}  // namespace

template <>
Result<User> SqliteAccountStore::create_user(const User& user, const Actor& who) {
    if (user.name.empty()) return Error::invalid("name", "must not be empty");
    return database_.write([&](SqliteConnection& connection) -> Result<User> {
        auto existing = load_user(connection, user.name);
        if (!existing) return existing.error();
        if (*existing) return Error::conflict("name", "a user named '" + user.name + "' already exists");
        User created = user;
        created.created_at = utc_timestamp_now();
        auto statement = connection.prepare(
            "INSERT INTO users (name, password_hash, roles, domains, country, disabled, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)");
        if (!statement) return statement.error();
        statement->bind(1, view(created.name))
            .bind(2, view(created.password_hash))
            .bind(3, view(roles_column(created.roles)))
            .bind(4, view(domains_column(created.domains)))
            .bind(5, view(created.country))
            .bind(6, std::int64_t{created.disabled ? 1 : 0})
            .bind(7, view(created.created_at));
        if (auto inserted = statement->run(); !inserted) return inserted.error();
        created.id = connection.last_insert_id();
        if (auto audited =
                append_audit(connection, who, "create", "users", created.id, "", user_audit_text(created));
            !audited)
            return audited.error();
        return created;
    });
}

template <>
Result<User> SqliteAccountStore::update_user(std::string_view name, const UserChange& change,
                                             const Actor& who) {
    return database_.write([&](SqliteConnection& connection) -> Result<User> {
        auto existing = load_user(connection, name);
        if (!existing) return existing.error();
        if (!*existing) return no_user("name", name);
        const User before = **existing;
        const User after = changed_user(before, change);
        auto statement = connection.prepare(
            "UPDATE users SET password_hash = ?, roles = ?, domains = ?, country = ?, disabled = ? WHERE id "
            "= ?");
        if (!statement) return statement.error();
        statement->bind(1, view(after.password_hash))
            .bind(2, view(roles_column(after.roles)))
            .bind(3, view(domains_column(after.domains)))
            .bind(4, view(after.country))
            .bind(5, std::int64_t{after.disabled ? 1 : 0})
            .bind(6, after.id);
        if (auto updated = statement->run(); !updated) return updated.error();
        // A new password or a disabled account must not leave a stolen session alive.
        if (change.password_hash || after.disabled) {
            auto ended = connection.prepare("DELETE FROM sessions WHERE user_id = ?");
            if (!ended) return ended.error();
            ended->bind(1, after.id);
            if (auto deleted = ended->run(); !deleted) return deleted.error();
        }
        if (change.password_hash && change.tokens_on_password_change == KeepTokens::no) {
            if (auto revoked = revoke_all_tokens(connection, after.id, who); !revoked) return revoked.error();
        }
        const bool password_changed = change.password_hash.has_value();
        if (auto audited = append_audit(connection, who, "update", "users", after.id, user_audit_text(before),
                                        user_audit_text(after, password_changed));
            !audited)
            return audited.error();
        return after;
    });
}

template <>
Result<User> SqliteAccountStore::find_user(std::string_view name) {
    return database_.read(
        [&](SqliteConnection& connection) { return found_user(load_user(connection, name), "name", name); });
}

template <>
Result<std::vector<User>> SqliteAccountStore::list_users() {
    return database_.read([&](SqliteConnection& connection) -> Result<std::vector<User>> {
        auto statement = connection.prepare(std::string(user_select) + "ORDER BY name");
        if (!statement) return statement.error();
        std::vector<User> users;
        while (true) {
            auto row = statement->step();
            if (!row) return row.error();
            if (!*row) break;
            auto user = user_from_row(SqliteStoredRow(*statement));
            if (!user) return user.error();
            users.push_back(std::move(user).value());
        }
        return users;
    });
}

template <>
Result<void> SqliteAccountStore::create_session(const Session& session) {
    return database_.write([&](SqliteConnection& connection) -> Result<void> {
        auto user = load_user(connection, session.user);
        if (!user) return user.error();
        if (!*user) return no_user("user", session.user);
        auto statement = connection.prepare(
            "INSERT INTO sessions (token_hash, csrf_token, user_id, created_at, expires_at) VALUES (?, ?, ?, "
            "?, ?)");
        if (!statement) return statement.error();
        statement->bind(1, view(session.token_hash))
            .bind(2, view(session.csrf_token))
            .bind(3, (*user)->id)
            .bind(4, view(session.created_at))
            .bind(5, view(session.expires_at));
        return statement->run();
    });
}

template <>
Result<Session> SqliteAccountStore::find_session(std::string_view token_hash, std::string_view now) {
    return database_.read([&](SqliteConnection& connection) -> Result<Session> {
        auto statement = connection.prepare(
            "SELECT s.token_hash, s.csrf_token, u.name, s.created_at, s.expires_at FROM sessions s "
            "JOIN users u ON u.id = s.user_id WHERE s.token_hash = ? AND s.expires_at > ?");
        if (!statement) return statement.error();
        statement->bind(1, token_hash).bind(2, now);
        auto row = statement->step();
        if (!row) return row.error();
        if (!*row) return Error::not_found("session", "no session has that token, or it has expired");
        return Session{statement->text(0), statement->text(1), statement->text(2), statement->text(3),
                       statement->text(4)};
    });
}

template <>
Result<void> SqliteAccountStore::delete_session(std::string_view token_hash) {
    return database_.write([&](SqliteConnection& connection) -> Result<void> {
        auto statement = connection.prepare("DELETE FROM sessions WHERE token_hash = ?");
        if (!statement) return statement.error();
        statement->bind(1, token_hash);
        return statement->run();
    });
}

template <>
Result<void> SqliteAccountStore::delete_expired_sessions(std::string_view now) {
    return database_.write([&](SqliteConnection& connection) -> Result<void> {
        auto statement = connection.prepare("DELETE FROM sessions WHERE expires_at <= ?");
        if (!statement) return statement.error();
        statement->bind(1, now);
        return statement->run();
    });
}

template <>
Result<ApiToken> SqliteAccountStore::create_token(const ApiToken& token, const Actor& who) {
    return database_.write([&](SqliteConnection& connection) -> Result<ApiToken> {
        auto user = found_user(load_user(connection, token.user), "user", token.user);
        if (!user) return user.error();
        ApiToken created = new_token(token, utc_timestamp_now());
        auto statement = connection.prepare(
            "INSERT INTO api_tokens (user_id, label, token_hash, created_at) VALUES (?, ?, ?, ?)");
        if (!statement) return statement.error();
        statement->bind(1, user->id)
            .bind(2, view(created.label))
            .bind(3, view(created.token_hash))
            .bind(4, view(created.created_at));
        if (auto inserted = statement->run(); !inserted) return inserted.error();
        created.id = connection.last_insert_id();
        if (auto audited = append_audit(connection, who, "create", "api_tokens", created.id, "",
                                        token_audit_text(created));
            !audited)
            return audited.error();
        return created;
    });
}

template <>
Result<ApiToken> SqliteAccountStore::find_token(std::string_view token_hash) {
    return database_.read([&](SqliteConnection& connection) -> Result<ApiToken> {
        auto token = load_token(connection, "WHERE t.token_hash = ?",
                                [&](SqliteStatement& statement) { statement.bind(1, token_hash); });
        if (!token) return token.error();
        if (!*token) return Error::not_found("token", "no API token has that value");
        return std::move(**token);
    });
}

template <>
Result<void> SqliteAccountStore::touch_token(std::int64_t id, std::string_view now) {
    return database_.write([&](SqliteConnection& connection) -> Result<void> {
        auto statement = connection.prepare("UPDATE api_tokens SET last_used_at = ? WHERE id = ?");
        if (!statement) return statement.error();
        statement->bind(1, now).bind(2, id);
        return statement->run();
    });
}

template <>
Result<ApiToken> SqliteAccountStore::revoke_token(std::int64_t id, const Actor& who) {
    return database_.write([&](SqliteConnection& connection) -> Result<ApiToken> {
        auto token = load_token(connection, "WHERE t.id = ?",
                                [&](SqliteStatement& statement) { statement.bind(1, id); });
        if (!token) return token.error();
        if (!*token) return Error::not_found("id", "no API token has id " + std::to_string(id));
        ApiToken revoked = **token;
        if (revoked.revoked) return revoked;
        revoked.revoked = true;
        auto statement = connection.prepare("UPDATE api_tokens SET revoked = 1 WHERE id = ?");
        if (!statement) return statement.error();
        statement->bind(1, id);
        if (auto updated = statement->run(); !updated) return updated.error();
        if (auto audited = append_audit(connection, who, "retire", "api_tokens", id,
                                        token_audit_text(**token), token_audit_text(revoked));
            !audited)
            return audited.error();
        return revoked;
    });
}

template <>
Result<std::vector<ApiToken>> SqliteAccountStore::list_tokens(std::string_view user) {
    return database_.read([&](SqliteConnection& connection) -> Result<std::vector<ApiToken>> {
        auto statement =
            connection.prepare(std::string(token_select) + "WHERE u.name = ? ORDER BY t.id DESC");
        if (!statement) return statement.error();
        statement->bind(1, user);
        std::vector<ApiToken> tokens;
        while (true) {
            auto row = statement->step();
            if (!row) return row.error();
            if (!*row) break;
            tokens.push_back(token_from_row(SqliteStoredRow(*statement)));
        }
        return tokens;
    });
}

template <>
Result<void> SqliteAccountStore::record_failed_sign_in(std::string_view user_name, std::string_view client,
                                                       std::string_view at) {
    return database_.write([&](SqliteConnection& connection) -> Result<void> {
        auto statement =
            connection.prepare("INSERT INTO failed_sign_ins (user_name, client, at) VALUES (?, ?, ?)");
        if (!statement) return statement.error();
        statement->bind(1, user_name).bind(2, client).bind(3, at);
        return statement->run();
    });
}

template <>
Result<FailedSignIns> SqliteAccountStore::failed_sign_ins_for_user(std::string_view user_name,
                                                                   std::string_view since) {
    return database_.read([&](SqliteConnection& connection) {
        return count_failures(connection, "user_name = ? AND cleared = 0", since, {user_name});
    });
}

template <>
Result<FailedSignIns> SqliteAccountStore::failed_sign_ins_from_client(std::string_view client,
                                                                      std::string_view since) {
    return database_.read([&](SqliteConnection& connection) {
        return count_failures(connection, "client = ?", since, {client});
    });
}

template <>
Result<FailedSignIns> SqliteAccountStore::failed_sign_ins_for_user_from_client(std::string_view user_name,
                                                                               std::string_view client,
                                                                               std::string_view since) {
    return database_.read([&](SqliteConnection& connection) {
        return count_failures(connection, "user_name = ? AND client = ?", since, {user_name, client});
    });
}

template <>
Result<void> SqliteAccountStore::clear_failed_sign_ins(std::string_view user_name, std::string_view client) {
    return database_.write([&](SqliteConnection& connection) -> Result<void> {
        auto forgotten = connection.prepare("DELETE FROM failed_sign_ins WHERE user_name = ? AND client = ?");
        if (!forgotten) return forgotten.error();
        forgotten->bind(1, user_name).bind(2, client);
        if (auto ran = forgotten->run(); !ran) return ran.error();
        auto cleared = connection.prepare("UPDATE failed_sign_ins SET cleared = 1 WHERE user_name = ?");
        if (!cleared) return cleared.error();
        cleared->bind(1, user_name);
        return cleared->run();
    });
}

template <>
Result<void> SqliteAccountStore::forget_failed_sign_ins(std::string_view before) {
    return database_.write([&](SqliteConnection& connection) -> Result<void> {
        auto statement = connection.prepare("DELETE FROM failed_sign_ins WHERE at < ?");
        if (!statement) return statement.error();
        statement->bind(1, before);
        return statement->run();
    });
}

}  // namespace mssops::store
