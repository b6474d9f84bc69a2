#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace mssops::store {

/// Notes that this thread's current write touched `kind` (called where an audit row is appended,
/// so every audited write is noted). The API's dispatcher takes the notes after a write request and
/// drops the cached views of exactly those kinds before it answers: the writer's next read is fresh
/// whatever the backend, with no wait for the store's change feed. A rolled-back write leaves a
/// note too; that only costs a recomputation.
void note_written_kind(std::string_view kind);

/// The kinds noted on this thread since the last call, each once; clears the notes.
std::vector<std::string> take_written_kinds();

}  // namespace mssops::store
