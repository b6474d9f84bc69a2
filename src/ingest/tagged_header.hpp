#pragma once

#include <cstddef>
#include <cstdint>
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

/// The data rows of a CSV whose header may be followed by an HXL hashtag row: first the row read
/// while looking for hashtags, when it was data, then the rest, each with as many fields as the header.
class TaggedRows {
public:
    /// Reads `csv`'s header, unless the caller has, and the row after it (see read_tagged_header);
    /// gives the hashtags, if that row held them. The header's errors as CsvReader::read_header().
    domain::Result<std::optional<HxlColumns>> start(CsvReader& csv);
    /// Moves `csv` to its next data row; false at the end. invalid_input at the row when it cannot be
    /// read or has another number of fields than the header; the next call reads the row after it.
    domain::Result<bool> next(CsvReader& csv);

    /// True when the row after the header held HXL hashtags.
    bool uses_hxl() const { return uses_hxl_; }
    /// Data rows read so far, good or bad.
    std::int64_t rows() const { return rows_; }

private:
    bool uses_hxl_ = false;
    bool pending_ = false;  // The row after the header was data, not HXL, and is still unread.
    std::int64_t rows_ = 0;
};

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
