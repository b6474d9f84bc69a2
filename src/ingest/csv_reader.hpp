#pragma once

#include <cstdint>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/result.hpp"
#include "domain/text_encoding.hpp"

namespace mssops::ingest {

/// Streams an RFC 4180 CSV file row by row without loading it whole: quoted fields may hold
/// commas, doubled quotes and line breaks; a UTF-8 byte order mark is skipped; lines end in LF or
/// CRLF; blank lines are skipped. Each field keeps the physical line it starts on and its column
/// (the 1-based field number in the row), so errors can point at "file.csv:14:7".
class CsvReader {
public:
    /// Opens a file; not_found when it cannot be opened. `name` stands for the file in error locations
    /// when given (an HTTP body kept in a temporary file), else the path does.
    static domain::Result<CsvReader> open_file(const std::string& path, std::string name = {});
    /// Reads CSV held in memory (an HTTP body); `name` stands for the file in error locations.
    static CsvReader from_text(std::string text, std::string name);

    CsvReader(CsvReader&&) noexcept;
    CsvReader& operator=(CsvReader&&) noexcept;
    ~CsvReader();

    /// Reads every field as `encoding` and hands it out as UTF-8. The default, UTF-8, is checked:
    /// a field holding bytes that are not valid in the encoding makes next_row() return
    /// invalid_input naming "name:line:column", and undecodable() true from then on.
    void set_encoding(domain::TextEncoding encoding) { encoding_ = encoding; }
    domain::TextEncoding encoding() const { return encoding_; }
    /// True once a row held bytes that are not text in the encoding: the file is in another
    /// encoding, so an importer refuses the whole file rather than skip rows.
    bool undecodable() const { return undecodable_; }

    /// Reads the next row. false at the end of the input. bad_syntax (field "name:line:column")
    /// for text after a closing quote or a quote left open; the reader then stands after that row,
    /// so a caller may report it and go on.
    domain::Result<bool> next_row();
    /// Reads the first row as the header (call once, before next_row()). bad_syntax as next_row();
    /// invalid_input when the input is empty.
    domain::Result<void> read_header();

    /// The header's cells, as read by read_header().
    const std::vector<std::string>& header() const { return header_; }
    /// The 0-based index of the header cell equal to `name` (after trimming spaces), if any.
    std::optional<std::size_t> column_index(std::string_view name) const;

    /// Fields in the current row.
    std::size_t size() const { return ends_.size(); }
    /// The current row's field `index` (0-based); valid until the next call to next_row().
    std::string_view field(std::size_t index) const;
    /// The physical line (1-based) on which field `index` starts.
    std::int64_t line(std::size_t index) const { return lines_[index]; }
    /// The physical line on which the current row starts.
    std::int64_t row_line() const { return lines_.empty() ? line_ : lines_.front(); }
    /// "name:line:column" for field `index` of the current row (column = index + 1).
    std::string location(std::size_t index) const;
    /// "name:line" for the current row.
    std::string row_location() const;

    /// The file name as given, or the name passed to from_text().
    const std::string& name() const { return name_; }
    /// Bytes consumed so far, and the input's size when known (0 otherwise): for progress bars.
    std::int64_t bytes_read() const { return consumed_; }
    std::int64_t total_bytes() const { return total_bytes_; }

private:
    CsvReader() = default;
    domain::Result<bool> read_row();
    domain::Result<void> decode_row();
    bool fill();
    int peek();
    int take();
    domain::Error syntax_error(std::int64_t line, std::size_t column, std::string message) const;
    void skip_to_line_end();

    std::string name_;
    std::FILE* file_ = nullptr;
    std::string buffer_;
    std::size_t position_ = 0;
    bool at_start_ = true;
    std::int64_t line_ = 1;
    std::int64_t consumed_ = 0;
    std::int64_t total_bytes_ = 0;

    std::string row_;                  // The current row's fields, back to back.
    std::vector<std::size_t> ends_;    // End offset of each field in row_.
    std::vector<std::int64_t> lines_;  // Line each field starts on.
    std::vector<std::string> header_;
    domain::TextEncoding encoding_ = domain::TextEncoding::utf_8;
    bool undecodable_ = false;
    std::string decoded_;  // Scratch space for decode_row().
};

}  // namespace mssops::ingest
