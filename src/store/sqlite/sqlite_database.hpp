#pragma once

#include <exception>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "domain/result.hpp"
#include "store/sqlite/sqlite_connection.hpp"

namespace mssops::store {

/// A SQLite database file shared by many threads: a pool of connections, one per thread at a time,
/// and transactions around the caller's work. Writers queue on a mutex before BEGIN IMMEDIATE, so
/// threads of this process never meet SQLITE_BUSY; the busy timeout covers other processes.
class SqliteDatabase {
public:
    /// Opens (creating if needed) the file at `path` and applies pending migrations.
    static domain::Result<std::unique_ptr<SqliteDatabase>> open(std::string path);

    /// Runs `work(SqliteConnection&)`, which returns a domain::Result, in a read transaction (one
    /// consistent snapshot).
    template <class Work>
    auto read(Work&& work) {
        return in_transaction("BEGIN", work);
    }

    /// Runs `work(SqliteConnection&)` in a write transaction: committed when it returns a value,
    /// rolled back when it returns an error or throws. Do not nest: work must not call write().
    template <class Work>
    auto write(Work&& work) {
        std::lock_guard writing(write_mutex_);
        return in_transaction("BEGIN IMMEDIATE", work);
    }

    /// As write(), for a bulk load. When no other connection has the file open, the transaction
    /// uses a rollback journal instead of the WAL: pages new to the file are then written once,
    /// where the WAL writes them twice (to the log, then to the file at the checkpoint). It stays
    /// one atomic transaction (synchronous=FULL meanwhile), and the file is back in WAL mode after.
    /// With other connections open it is write(). Connections opened meanwhile wait for it.
    template <class Work>
    auto bulk_write(Work&& work) -> std::invoke_result_t<Work&, SqliteConnection&> {
        std::lock_guard writing(write_mutex_);
        auto leased = lease();
        if (!leased) return leased.error();
        RollbackJournal journal(leased->connection());
        return run_transaction(leased->connection(), "BEGIN IMMEDIATE", work);
    }

    /// Copies the whole database into a new file at `destination` with SQLite's online backup;
    /// writers may go on meanwhile. invalid_input on "destination" when the file already exists.
    domain::Result<void> backup(std::string_view destination);

    const std::string& path() const { return path_; }

    /// SQLite's data version as seen from a connection that never writes: it changes whenever any
    /// other connection, in this process or another, commits a change to the file.
    domain::Result<std::int64_t> data_version();

private:
    /// A connection borrowed from the pool; handed back on destruction unless left mid-transaction.
    class Lease {
    public:
        Lease(SqliteDatabase& owner, std::unique_ptr<SqliteConnection> connection)
            : owner_(&owner), connection_(std::move(connection)) {}
        Lease(Lease&& other) noexcept = default;
        Lease& operator=(Lease&&) = delete;
        ~Lease();
        SqliteConnection& connection() { return *connection_; }

    private:
        SqliteDatabase* owner_;
        std::unique_ptr<SqliteConnection> connection_;
    };

    /// Switches a connection to a rollback journal while it is the file's only connection, and
    /// back to WAL on destruction; does nothing when another connection is open.
    class RollbackJournal {
    public:
        explicit RollbackJournal(SqliteConnection& connection);
        RollbackJournal(const RollbackJournal&) = delete;
        RollbackJournal& operator=(const RollbackJournal&) = delete;
        ~RollbackJournal();

    private:
        SqliteConnection& connection_;
        bool switched_ = false;
    };

    explicit SqliteDatabase(std::string path) : path_(std::move(path)) {}
    domain::Result<Lease> lease();

    template <class Work>
    auto in_transaction(const char* begin, Work& work) -> std::invoke_result_t<Work&, SqliteConnection&> {
        auto leased = lease();
        if (!leased) return leased.error();
        return run_transaction(leased->connection(), begin, work);
    }

    template <class Work>
    auto run_transaction(SqliteConnection& connection, const char* begin, Work& work)
        -> std::invoke_result_t<Work&, SqliteConnection&> {
        using Outcome = std::invoke_result_t<Work&, SqliteConnection&>;
        if (auto started = connection.exec(begin); !started) return started.error();
        try {
            Outcome outcome = work(connection);
            if (!outcome) {
                (void)connection.exec("ROLLBACK");
                return outcome;
            }
            if (auto committed = connection.exec("COMMIT"); !committed) {
                (void)connection.exec("ROLLBACK");
                return committed.error();
            }
            return outcome;
        } catch (const std::exception& failure) {
            (void)connection.exec("ROLLBACK");
            return domain::Error::unavailable(std::string("the SQLite store failed: ") + failure.what() +
                                              "; nothing was written, retry the request");
        }
    }

    std::string path_;
    std::mutex pool_mutex_;
    std::vector<std::unique_ptr<SqliteConnection>> idle_;
    std::mutex write_mutex_;
    std::mutex watch_mutex_;
    std::unique_ptr<SqliteConnection> watch_;  // Guarded by watch_mutex_; only reads data_version.
};

}  // namespace mssops::store
