#pragma once

#include <string>

namespace mssops::cli {

/// The record kinds and each kind's fields, from the catalog, for `mssops add --help`: one block per
/// kind ("deployment_events: ...") with a line per field giving its type, "required" when it is,
/// its choices or limits and the kind it references.
std::string kind_fields_help();

}  // namespace mssops::cli
