#pragma once

#include <map>
#include <optional>
#include <string>

#include "domain/partial_date.hpp"
#include "domain/record.hpp"
#include "domain/result.hpp"

namespace mssops::domain {

/// What kind of publisher a source is (the sources kind's `source_kind` field).
enum class SourceKind { un_document, government, press, dataset, other };

/// What a computation needs to know of a source to choose between claims that disagree.
struct SourceStanding {
    std::string key;
    SourceKind kind = SourceKind::other;  // "other" when the record does not say.
    std::optional<PartialDate> published;
};

/// Sources by key.
using SourceIndex = std::map<std::string, SourceStanding>;

/// The standing of a sources record; invalid_input names a source_kind or published that is wrong.
Result<SourceStanding> source_standing_from(const Record& record);

/// 0 for a UN document, 1 government, 2 press, 3 a data set or other: lower outranks higher.
int source_rank(SourceKind kind);
/// The rank of `source_id` in `sources`; an unknown or missing source ranks last (3).
int source_rank(const SourceIndex& sources, const std::string& source_id);
/// "un_document", "government", "press", "dataset", "other".
const char* to_text(SourceKind kind);
/// The kind of `source_id` as text; "other" when the index does not hold it.
std::string source_kind_text(const SourceIndex& sources, const std::string& source_id);

/// Whether the claim of source `a` outranks that of source `b` when both state a figure of the same
/// as-of date: the better source kind first, then the more recently published; false when equal.
bool outranks(const SourceIndex& sources, const std::string& a, const std::string& b);

}  // namespace mssops::domain
