#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "domain/result.hpp"
#include "store/record_store.hpp"
#include "store/sqlite/sqlite_database.hpp"

namespace mssops::store {

/// Whether check_stored_text() only reports or also repairs.
enum class TextRepair { no, yes };

/// What became of a record whose stored text is not UTF-8.
enum class TextDamageOutcome { found, reencoded, retired, unreadable };

/// A record or incident whose stored text holds bytes that are not UTF-8.
struct TextDamage {
    std::string kind;
    std::int64_t id = 0;
    std::string key;                  // As stored, each bad byte shown as U+FFFD.
    std::vector<std::string> fields;  // The fields holding them; "body" when the body does not parse.
    TextDamageOutcome outcome = TextDamageOutcome::found;
};

/// What check_stored_text() read and found.
struct TextCheckReport {
    std::int64_t checked = 0;  // Records and incidents read.
    std::vector<TextDamage> damaged;
};

/// Reads every record body and incident row of a SQLite store and lists those holding bytes that
/// are not UTF-8 (how imports stored Latin-1 files before they decoded them). With TextRepair::yes,
/// in one write transaction, re-encodes each from windows-1252 to UTF-8, or retires it (bad bytes
/// shown as U+FFFD) when it is not windows-1252 either, each with an audit row (action "repair") by
/// `who`. A body that does not parse even so is left alone and reported unreadable.
domain::Result<TextCheckReport> check_stored_text(SqliteDatabase& database, TextRepair repair,
                                                  const Actor& who);

}  // namespace mssops::store
