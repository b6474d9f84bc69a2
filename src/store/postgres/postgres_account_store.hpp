#pragma once

#include "store/account_store.hpp"
#include "store/postgres/postgres_database.hpp"

namespace mssops::store {

/// AccountStore on a PostgreSQL database (migrations/003_accounts.sql). Thread-safe through
/// PostgresDatabase.
class PostgresAccountStore final : public AccountStore {
public:
    explicit PostgresAccountStore(PostgresDatabase& database) : database_(database) {}

    Result<User> create_user(const User& user, const Actor& who) override;
    Result<User> update_user(std::string_view name, const UserChange& change, const Actor& who) override;
    Result<User> find_user(std::string_view name) override;
    Result<std::vector<User>> list_users() override;

    Result<void> create_session(const Session& session) override;
    Result<Session> find_session(std::string_view token_hash, std::string_view now) override;
    Result<void> delete_session(std::string_view token_hash) override;
    Result<void> delete_expired_sessions(std::string_view now) override;

    Result<ApiToken> create_token(const ApiToken& token, const Actor& who) override;
    Result<ApiToken> find_token(std::string_view token_hash) override;
    Result<void> touch_token(std::int64_t id, std::string_view now) override;
    Result<ApiToken> revoke_token(std::int64_t id, const Actor& who) override;
    Result<std::vector<ApiToken>> list_tokens(std::string_view user) override;

    Result<void> record_failed_sign_in(std::string_view user_name, std::string_view client,
                                       std::string_view at) override;
    Result<FailedSignIns> failed_sign_ins_for_user(std::string_view user_name,
                                                   std::string_view since) override;
    Result<FailedSignIns> failed_sign_ins_from_client(std::string_view client,
                                                      std::string_view since) override;
    Result<FailedSignIns> failed_sign_ins_for_user_from_client(std::string_view user_name,
                                                               std::string_view client,
                                                               std::string_view since) override;
    Result<void> clear_failed_sign_ins(std::string_view user_name, std::string_view client) override;
    Result<void> forget_failed_sign_ins(std::string_view before) override;

private:
    PostgresDatabase& database_;
};

}  // namespace mssops::store
