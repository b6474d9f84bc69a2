#pragma once

#include <string>

#include "domain/kind_catalog.hpp"
#include "domain/result.hpp"
#include "store/record_transaction.hpp"

namespace mssops::store {

/// The rules a record must meet against today and the other records, checked on every create, update
/// and import (so seed, CLI and API all get them) inside the write's transaction. `now` is the write's
/// UTC timestamp; its day is "today". invalid_input names the field: an arrival or strength report
/// dated after today ("date"), a resolution whose outcome disagrees with its recorded vote under UN
/// Charter Art. 27(3) ("outcome"), or whose voters did not sit on the council that year or voted twice
/// ("votes_yes", "votes_no", "votes_abstain").
domain::Result<void> check_entry_rules(RecordTransaction& transaction, const domain::KindSpec& kind,
                                       const domain::Fields& fields, const std::string& now);

}  // namespace mssops::store
