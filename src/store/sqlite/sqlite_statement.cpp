#include "store/sqlite/sqlite_statement.hpp"

#include <sqlite3.h>

#include "domain/verify.hpp"

namespace mssops::store {

SqliteStatement::SqliteStatement(sqlite3_stmt* statement, bool owned)
    : statement_(statement), owned_(owned) {}

SqliteStatement::SqliteStatement(SqliteStatement&& other) noexcept
    : statement_(other.statement_), owned_(other.owned_) {
    other.statement_ = nullptr;
}

SqliteStatement::~SqliteStatement() {
    if (!statement_) return;
    if (owned_) {
        sqlite3_finalize(statement_);
    } else {
        sqlite3_reset(statement_);
        sqlite3_clear_bindings(statement_);
    }
}

// A bind fails only for a wrong index or a statement already stepped: mistakes in our own SQL.
SqliteStatement& SqliteStatement::bind(int index, std::int64_t value) {
    MSSOPS_VERIFY(sqlite3_bind_int64(statement_, index, value) == SQLITE_OK);
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, double value) {
    MSSOPS_VERIFY(sqlite3_bind_double(statement_, index, value) == SQLITE_OK);
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, std::string_view text) {
    MSSOPS_VERIFY(sqlite3_bind_text64(statement_, index, text.data(), text.size(), SQLITE_TRANSIENT,
                                      SQLITE_UTF8) == SQLITE_OK);
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, const std::optional<std::string>& text) {
    return text ? bind(index, std::string_view(*text)) : bind_null(index);
}

SqliteStatement& SqliteStatement::bind_null(int index) {
    MSSOPS_VERIFY(sqlite3_bind_null(statement_, index) == SQLITE_OK);
    return *this;
}

domain::Result<bool> SqliteStatement::step() {
    int code = sqlite3_step(statement_);
    if (code == SQLITE_ROW) return true;
    if (code == SQLITE_DONE) return false;
    return sqlite_error(code, sqlite3_errmsg(sqlite3_db_handle(statement_)));
}

domain::Result<void> SqliteStatement::run() {
    auto row = step();
    if (!row) return row.error();
    return {};
}

bool SqliteStatement::is_null(int column) const {
    return sqlite3_column_type(statement_, column) == SQLITE_NULL;
}

std::int64_t SqliteStatement::integer(int column) const {
    return sqlite3_column_int64(statement_, column);
}

double SqliteStatement::real(int column) const {
    return sqlite3_column_double(statement_, column);
}

std::string SqliteStatement::text(int column) const {
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(statement_, column));
    if (!data) return {};
    return std::string(data, static_cast<std::size_t>(sqlite3_column_bytes(statement_, column)));
}

domain::Error sqlite_error(int code, std::string_view detail) {
    std::string hint;
    switch (code & 0xff) {
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            hint = "another program holds the database locked; retry, or stop the other writer";
            break;
        case SQLITE_READONLY:
            hint = "the database file or its folder is read-only; give this user write access";
            break;
        case SQLITE_FULL:
            hint = "the disk is full; free space and retry";
            break;
        case SQLITE_CANTOPEN:
            hint = "check that the folder exists and this user may create files in it";
            break;
        case SQLITE_CORRUPT:
        case SQLITE_NOTADB:
            hint = "the file is not an intact SQLite database; restore it from a backup";
            break;
        case SQLITE_IOERR:
            hint = "the disk reported an I/O error; check the disk and retry";
            break;
        case SQLITE_NOMEM:
            hint = "the process ran out of memory";
            break;
        default:
            hint = "the database refused the operation";
            break;
    }
    return domain::Error::unavailable("SQLite: " + std::string(detail) + " (" + sqlite3_errstr(code) + "); " +
                                      hint);
}

}  // namespace mssops::store
