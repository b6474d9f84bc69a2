#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/result.hpp"

namespace mssops::ingest {

/// One HXL hashtag with its attributes, as written in a hashtag row: "#event +type +sub".
/// https://hxlstandard.org/standard/1-1final/ — tags and attributes compare case-insensitively.
struct HxlTag {
    std::string hashtag;                  // Lower case, with '#': "#event".
    std::vector<std::string> attributes;  // Lower case, without '+': {"type", "sub"}.

    /// Reads "#event+type+sub" (spaces around '+' allowed). invalid_input naming `field` otherwise.
    static domain::Result<HxlTag> parse(std::string_view text, std::string_view field);
    bool has(std::string_view attribute) const;
};

/// A tag pattern as HXL tools write them: "#event+type-sub" matches a #event column that has the
/// attribute "type" and not "sub"; extra attributes in the column are allowed.
struct HxlPattern {
    std::string hashtag;
    std::vector<std::string> required;
    std::vector<std::string> excluded;

    /// Reads a pattern; a malformed pattern is a bug in the caller's table, so it is verified.
    static HxlPattern parse(std::string_view text);
    bool matches(const HxlTag& tag) const;
};

/// True when `cells` form an HXL hashtag row: at least one cell is non-empty and every non-empty
/// cell is a valid tag.
bool is_hxl_row(const std::vector<std::string_view>& cells);

/// The tags of a hashtag row, one per column (nullopt for an untagged column).
class HxlColumns {
public:
    /// Reads a row that is_hxl_row() accepted.
    static HxlColumns from_row(const std::vector<std::string_view>& cells);

    /// The first column whose tag matches `pattern`, if any.
    std::optional<std::size_t> find(const HxlPattern& pattern) const;
    std::size_t size() const { return tags_.size(); }
    const std::optional<HxlTag>& tag(std::size_t column) const { return tags_[column]; }

private:
    std::vector<std::optional<HxlTag>> tags_;
};

}  // namespace mssops::ingest
