#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/principal.hpp"
#include "domain/result.hpp"
#include "store/record_store.hpp"

namespace mssops::store {

/// A user account. The password is held only as an Argon2id encoded hash.
struct User {
    std::int64_t id = 0;
    std::string name;
    std::string password_hash;  // "$argon2id$v=19$m=...": never shown, never audited.
    std::vector<domain::Role> roles;
    std::vector<domain::EditDomain> domains;  // For editors.
    std::string country;                      // ISO3, for liaisons; "" otherwise.
    bool disabled = false;
    std::string created_at;  // UTC ISO 8601.
};

/// Whether a password change leaves the user's API tokens working.
enum class KeepTokens { no, yes };

/// What to change on a user; unset members stay as they are.
struct UserChange {
    std::optional<std::string> password_hash;
    std::optional<std::vector<domain::Role>> roles;
    std::optional<std::vector<domain::EditDomain>> domains;
    std::optional<std::string> country;
    std::optional<bool> disabled;
    // A new password revokes the user's API tokens unless this says to keep them: a token made by
    // whoever knew the old password must not outlive it.
    KeepTokens tokens_on_password_change = KeepTokens::no;
};

/// A signed-in browser session. The token itself lives only in the user's cookie.
struct Session {
    std::string token_hash;  // SHA-256 of the session token, hex.
    std::string csrf_token;  // Sent back in X-CSRF-Token on every cookie-authenticated write.
    std::string user;        // User name.
    std::string created_at;
    std::string expires_at;  // UTC ISO 8601; the session is gone from then on.
};

/// An API token for scripts. The token itself is shown once, at creation.
struct ApiToken {
    std::int64_t id = 0;
    std::string user;
    std::string label;
    std::string token_hash;  // SHA-256 of the token, hex.
    std::string created_at;
    std::string last_used_at;  // "" until first used.
    bool revoked = false;
};

/// The failed sign-ins that count against one user name or one client since a moment.
struct FailedSignIns {
    std::int64_t count = 0;
    std::string oldest_at;  // The earliest counted attempt; "" when count is 0.
    std::string newest_at;  // The latest counted attempt; "" when count is 0.
};

/// Users, their sessions and API tokens, and failed sign-ins for rate limiting. Thread-safe.
/// User and token changes land with an audit row (kind "users" or "api_tokens") in one
/// transaction; audit rows never hold password hashes or token hashes.
class AccountStore {
public:
    virtual ~AccountStore() = default;

    /// Creates a user; `user.id` and `created_at` are set by the store. conflict when the name is
    /// taken; invalid_input naming "name" when it is empty.
    virtual Result<User> create_user(const User& user, const Actor& who) = 0;
    /// Changes a user. Changing the password or disabling the user ends its sessions; changing the
    /// password also revokes its API tokens (an audit row each) unless the change keeps them.
    /// not_found naming "name" when no user has that name.
    virtual Result<User> update_user(std::string_view name, const UserChange& change, const Actor& who) = 0;
    /// not_found naming "name" when no user has that name.
    virtual Result<User> find_user(std::string_view name) = 0;
    /// Every user, by name.
    virtual Result<std::vector<User>> list_users() = 0;

    /// Stores a new session.
    virtual Result<void> create_session(const Session& session) = 0;
    /// The session with that token hash, unless it expired by `now`. not_found otherwise.
    virtual Result<Session> find_session(std::string_view token_hash, std::string_view now) = 0;
    /// Ends a session; ending one that does not exist is not an error.
    virtual Result<void> delete_session(std::string_view token_hash) = 0;
    /// Forgets sessions that expired before `now`.
    virtual Result<void> delete_expired_sessions(std::string_view now) = 0;

    /// Stores a new API token of `token.user` (which must exist: not_found naming "user").
    virtual Result<ApiToken> create_token(const ApiToken& token, const Actor& who) = 0;
    /// The token with that hash, revoked or not. not_found otherwise.
    virtual Result<ApiToken> find_token(std::string_view token_hash) = 0;
    /// Records that the token was used at `now`.
    virtual Result<void> touch_token(std::int64_t id, std::string_view now) = 0;
    /// Revokes the token. not_found naming "id" when no token has that id.
    virtual Result<ApiToken> revoke_token(std::int64_t id, const Actor& who) = 0;
    /// The user's tokens, newest first.
    virtual Result<std::vector<ApiToken>> list_tokens(std::string_view user) = 0;

    /// Records a failed sign-in for a user name (which need not exist) from a client address.
    virtual Result<void> record_failed_sign_in(std::string_view user_name, std::string_view client,
                                               std::string_view at) = 0;
    /// The failed sign-ins for that user name after `since` that no successful sign-in has cleared (a
    /// failure exactly at `since` has left the window).
    virtual Result<FailedSignIns> failed_sign_ins_for_user(std::string_view user_name,
                                                           std::string_view since) = 0;
    /// The failed sign-ins from that client after `since` (a failure exactly at `since` has left the window).
    virtual Result<FailedSignIns> failed_sign_ins_from_client(std::string_view client,
                                                              std::string_view since) = 0;
    /// The failed sign-ins for that user name from that client after `since`, cleared or not.
    virtual Result<FailedSignIns> failed_sign_ins_for_user_from_client(std::string_view user_name,
                                                                       std::string_view client,
                                                                       std::string_view since) = 0;
    /// After a successful sign-in of `user_name` from `client`: forgets that client's failures for
    /// the user, and marks the user's other failures cleared (they stop counting for the user but
    /// still count against their clients).
    virtual Result<void> clear_failed_sign_ins(std::string_view user_name, std::string_view client) = 0;
    /// Forgets failed sign-ins older than `before`.
    virtual Result<void> forget_failed_sign_ins(std::string_view before) = 0;
};

}  // namespace mssops::store
