#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace mssops::store {

/// What a bulk import did to the stored incidents.
struct ImportCounts {
    std::int64_t created = 0;
    std::int64_t updated = 0;
    std::int64_t unchanged = 0;
    std::int64_t retired = 0;
};

/// A file an import read, and what became of its rows before the store saw them.
struct ImportedFile {
    std::string name;                  // As the reader names it: "incidents.csv".
    std::int64_t rows = 0;             // Data rows read, good or bad.
    std::int64_t skipped = 0;          // Bad rows, not written.
    std::int64_t located = 0;          // Rows given a P-code by point-in-polygon or unit name.
    std::int64_t located_by_name = 0;  // Of those, rows placed by their admin name.
    std::int64_t outside_units = 0;    // Rows whose point lies in no unit.
};

/// What the work of an import tells the store for the import's audit row, beside the counts the
/// store keeps itself: the file it read, or the tool that copied the incidents from another store.
struct ImportSummary {
    std::optional<ImportedFile> file;
    std::string copied_by;  // "migrate" for a copy between stores; "" otherwise.
};

/// The import's audit text: a JSON object with the summary's members, then the counts.
std::string import_audit_text(const ImportSummary& summary, const ImportCounts& counts);

}  // namespace mssops::store
