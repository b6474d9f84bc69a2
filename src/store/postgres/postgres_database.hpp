#pragma once

#include <exception>
#include <memory>
#include <mutex>
#include <optional>
#include <pqxx/pqxx>
#include <string>
#include <type_traits>
#include <vector>

#include "domain/result.hpp"

namespace mssops::store {

/// An unavailable (or, for a broken constraint, conflict) error for a libpqxx exception, with a hint
/// the operator can act on; never the SQL text.
domain::Error postgres_error(const std::exception& failure);

/// A PostgreSQL database shared by many threads: a pool of connections (libpqxx connections are
/// single-threaded) and transactions around the caller's work. Writes take one transaction-level
/// advisory lock, so writers of every mssops process queue as they do on SQLite and a checked
/// version or key cannot change before the commit.
class PostgresDatabase {
public:
    /// Connects to `url` ("postgresql://user@host:port/db?...") and applies pending migrations.
    static domain::Result<std::unique_ptr<PostgresDatabase>> open(std::string url);

    /// Runs `work(pqxx::work&)`, which returns a domain::Result, in a read-only snapshot.
    template <class Work>
    auto read(Work&& work) {
        return in_transaction(false, work);
    }

    /// Runs `work(pqxx::work&)` in a write transaction: committed when it returns a value, rolled
    /// back when it returns an error or throws. Do not nest: work must not call write().
    template <class Work>
    auto write(Work&& work) {
        return in_transaction(true, work);
    }

    /// Runs `work(pqxx::nontransaction&)` as autocommit statements: one round trip for one query,
    /// where read() spends three more on BEGIN, SET TRANSACTION and COMMIT. For a single statement
    /// that needs no snapshot shared with another, such as the change counter polled per request.
    template <class Work>
    auto autocommit(Work&& work) -> std::invoke_result_t<Work&, pqxx::nontransaction&> {
        auto leased = lease();
        if (!leased) return leased.error();
        try {
            pqxx::nontransaction statements(leased->connection());
            return work(statements);
        } catch (const std::exception& failure) {
            return postgres_error(failure);
        }
    }

private:
    /// A connection borrowed from the pool; handed back on destruction unless it broke.
    class Lease {
    public:
        Lease(PostgresDatabase& owner, std::unique_ptr<pqxx::connection> connection)
            : owner_(&owner), connection_(std::move(connection)) {}
        Lease(Lease&& other) noexcept = default;
        Lease& operator=(Lease&&) = delete;
        ~Lease();
        pqxx::connection& connection() { return *connection_; }

    private:
        PostgresDatabase* owner_;
        std::unique_ptr<pqxx::connection> connection_;
    };

    explicit PostgresDatabase(std::string url) : url_(std::move(url)) {}
    domain::Result<Lease> lease();
    static void begin(pqxx::work& transaction, bool writing);

    template <class Work>
    auto in_transaction(bool writing, Work& work) -> std::invoke_result_t<Work&, pqxx::work&> {
        using Outcome = std::invoke_result_t<Work&, pqxx::work&>;
        auto leased = lease();
        if (!leased) return leased.error();
        try {
            pqxx::work transaction(leased->connection());
            begin(transaction, writing);
            Outcome outcome = work(transaction);
            // Without a commit, pqxx::work rolls back when it goes out of scope.
            if (outcome) transaction.commit();
            return outcome;
        } catch (const std::exception& failure) {
            return postgres_error(failure);
        }
    }

    std::string url_;
    std::mutex pool_mutex_;
    std::vector<std::unique_ptr<pqxx::connection>> idle_;
};

/// A text parameter that is NULL when absent, for exec_params.
inline const char* or_null(const std::optional<std::string>& text) {
    return text ? text->c_str() : nullptr;
}

}  // namespace mssops::store
