#pragma once

#include <cstdint>
#include <functional>
#include <set>
#include <string>
#include <string_view>

#include "domain/record.hpp"
#include "domain/result.hpp"
#include "store/import_summary.hpp"
#include "store/incident_row_check.hpp"
#include "store/incident_row_writer.hpp"
#include "store/incident_store.hpp"

namespace mssops::store {

/// A bulk import's writes inside the one transaction a backend holds open, over its IncidentRowWriter:
/// upsert by key (insert first, then compare the stored content hash), rollups gathered and written in
/// bounded goes, an audit row per changed, revived or retired event and one for the whole import.
class IncidentImporter final : public IncidentImport {
public:
    IncidentImporter(IncidentRowWriter& rows, const Actor& who, std::string now)
        : rows_(rows), who_(who), now_(std::move(now)) {}

    domain::Result<UpsertOutcome> put(const domain::Fields& fields) override;
    /// Checks the row by IncidentRowCheck, the rules its reader ran: the store writes no row unchecked.
    domain::Result<UpsertOutcome> put(const IncidentRow& row) override;
    domain::Result<bool> retire_key(std::string_view key) override;

    /// Writes the gathered rollup changes and the import's audit row: `summary` and the counts.
    domain::Result<ImportCounts> finish(const ImportSummary& summary);

private:
    domain::Result<UpsertOutcome> created();
    domain::Result<void> flush_rollups_when_full();

    IncidentRowWriter& rows_;
    const Actor& who_;
    std::string now_;
    ImportCounts counts_;
    RollupAccumulator rollups_;
    IncidentRowCheck check_;
    std::set<std::string, std::less<>> sources_;
};

/// Runs `work` through an IncidentImporter over `rows` and finishes it: the body of
/// IncidentStore::import for a backend that holds the transaction open around it.
domain::Result<ImportCounts> run_incident_import(IncidentRowWriter& rows, const Actor& who,
                                                 const ImportWork& work);

}  // namespace mssops::store
