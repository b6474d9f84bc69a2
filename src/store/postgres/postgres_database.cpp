#include "store/postgres/postgres_database.hpp"

#include "store/postgres/postgres_migrations.hpp"

namespace mssops::store {

namespace {

// pg_advisory_xact_lock key for record writes: "mssops" in ASCII.
constexpr const char* write_lock = "SELECT pg_advisory_xact_lock(120342625349747)";

std::string first_line(const char* text) {
    std::string line(text);
    if (auto end = line.find('\n'); end != std::string::npos) line.resize(end);
    return line;
}

}  // namespace

domain::Result<std::unique_ptr<PostgresDatabase>> PostgresDatabase::open(std::string url) {
    std::unique_ptr<PostgresDatabase> database(new PostgresDatabase(std::move(url)));
    auto leased = database->lease();
    if (!leased) return leased.error();
    try {
        if (auto migrated = apply_postgres_migrations(leased->connection()); !migrated)
            return migrated.error();
    } catch (const std::exception& failure) {
        return postgres_error(failure);
    }
    return database;
}

PostgresDatabase::Lease::~Lease() {
    if (!connection_ || !connection_->is_open()) return;
    std::lock_guard guard(owner_->pool_mutex_);
    owner_->idle_.push_back(std::move(connection_));
}

domain::Result<PostgresDatabase::Lease> PostgresDatabase::lease() {
    {
        std::lock_guard guard(pool_mutex_);
        while (!idle_.empty()) {
            auto connection = std::move(idle_.back());
            idle_.pop_back();
            if (connection->is_open()) return Lease(*this, std::move(connection));
        }
    }
    try {
        return Lease(*this, std::make_unique<pqxx::connection>(url_));
    } catch (const std::exception& failure) {
        return domain::Error::unavailable("cannot connect to PostgreSQL: " + first_line(failure.what()) +
                                          "; check that the server runs and that the --db URL is right");
    }
}

void PostgresDatabase::begin(pqxx::work& transaction, bool writing) {
    if (writing) {
        transaction.exec(write_lock);
    } else {
        // One snapshot for the whole read, so a page and its total agree.
        transaction.exec0("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    }
}

domain::Error postgres_error(const std::exception& failure) {
    if (const auto* broken = dynamic_cast<const pqxx::broken_connection*>(&failure))
        return domain::Error::unavailable("lost the connection to PostgreSQL: " + first_line(broken->what()) +
                                          "; check the server and retry");
    if (const auto* sql = dynamic_cast<const pqxx::sql_error*>(&failure)) {
        const std::string state = sql->sqlstate();
        if (state.rfind("23", 0) == 0)
            return domain::Error::conflict("", "PostgreSQL refused the write: " + first_line(sql->what()));
        return domain::Error::unavailable("PostgreSQL: " + first_line(sql->what()) + " (SQLSTATE " + state +
                                          "); nothing was written");
    }
    return domain::Error::unavailable(std::string("the PostgreSQL store failed: ") +
                                      first_line(failure.what()) +
                                      "; nothing was written, retry the request");
}

}  // namespace mssops::store
