#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "domain/result.hpp"
#include "ingest/csv_reader.hpp"
#include "ingest/hxl.hpp"

namespace mssops::ingest {

/// What follows a CSV header: an HXL hashtag row, or a first data row that the reader holds as its
/// current row and the caller has still to read, or nothing.
struct TaggedHeader {
    std::optional<HxlColumns> tags;
    bool data_row_pending = false;
};

/// Reads the row after `csv`'s header, which must have been read. invalid_input at that row when a
/// hashtag row has another number of fields than the header.
domain::Result<TaggedHeader> read_tagged_header(CsvReader& csv);

/// Where a field's values are: the column and the name it was found by.
struct FoundColumn {
    std::size_t index = 0;
    std::string name;  // The HXL tag or the header name.
};

/// A field's column: by its HXL tag (`hxl`, "" for none) when the file has `tags`, else by the first
/// of `names` in the header; none when neither is there.
std::optional<FoundColumn> find_column(const CsvReader& csv, const std::optional<HxlColumns>& tags,
                                       const char* hxl, const std::vector<const char*>& names);

}  // namespace mssops::ingest
