#include "ingest/csv_reader.hpp"

#include <cerrno>
#include <cstring>
#include <utility>

#include "domain/ascii_text.hpp"
#include "domain/verify.hpp"

namespace mssops::ingest {
namespace {

using domain::trim_blanks;

constexpr std::size_t chunk_size = 1 << 20;

std::string shown(int c) {
    if (c == '\t') return "a tab";
    return std::string("'") + static_cast<char>(c) + "'";
}

}  // namespace

domain::Result<CsvReader> CsvReader::open_file(const std::string& path, std::string name) {
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (!file)
        return domain::Error::not_found(path, std::string("cannot open the file: ") + std::strerror(errno));
    CsvReader reader;
    reader.name_ = name.empty() ? path : std::move(name);
    reader.file_ = file;
    if (std::fseek(file, 0, SEEK_END) == 0) {
        reader.total_bytes_ = std::ftell(file);
        std::fseek(file, 0, SEEK_SET);
    }
    return reader;
}

CsvReader CsvReader::from_text(std::string text, std::string name) {
    CsvReader reader;
    reader.name_ = std::move(name);
    reader.total_bytes_ = static_cast<std::int64_t>(text.size());
    reader.buffer_ = std::move(text);
    if (reader.buffer_.rfind("\xEF\xBB\xBF", 0) == 0) {
        reader.position_ = 3;
        reader.consumed_ = 3;
    }
    reader.at_start_ = false;
    return reader;
}

CsvReader::CsvReader(CsvReader&& other) noexcept {
    *this = std::move(other);
}

CsvReader& CsvReader::operator=(CsvReader&& other) noexcept {
    if (this == &other) return *this;
    if (file_) std::fclose(file_);
    name_ = std::move(other.name_);
    file_ = std::exchange(other.file_, nullptr);
    buffer_ = std::move(other.buffer_);
    position_ = other.position_;
    at_start_ = other.at_start_;
    line_ = other.line_;
    consumed_ = other.consumed_;
    total_bytes_ = other.total_bytes_;
    row_ = std::move(other.row_);
    ends_ = std::move(other.ends_);
    lines_ = std::move(other.lines_);
    header_ = std::move(other.header_);
    encoding_ = other.encoding_;
    undecodable_ = other.undecodable_;
    return *this;
}

CsvReader::~CsvReader() {
    if (file_) std::fclose(file_);
}

bool CsvReader::fill() {
    if (position_ < buffer_.size()) return true;
    if (!file_) return false;
    buffer_.resize(chunk_size);
    std::size_t got = std::fread(buffer_.data(), 1, chunk_size, file_);
    buffer_.resize(got);
    position_ = 0;
    if (at_start_) {
        at_start_ = false;
        // A byte order mark is how Excel marks UTF-8; it is not part of the first header cell.
        if (buffer_.rfind("\xEF\xBB\xBF", 0) == 0) {
            position_ = 3;
            consumed_ += 3;
        }
    }
    return position_ < buffer_.size();
}

int CsvReader::peek() {
    if (position_ >= buffer_.size() && !fill()) return EOF;
    return static_cast<unsigned char>(buffer_[position_]);
}

int CsvReader::take() {
    int c = peek();
    if (c != EOF) {
        ++position_;
        ++consumed_;
    }
    return c;
}

void CsvReader::skip_to_line_end() {
    for (int c = take(); c != EOF; c = take()) {
        if (c == '\n') break;
        if (c == '\r') {
            if (peek() == '\n') take();
            break;
        }
    }
    ++line_;
}

domain::Error CsvReader::syntax_error(std::int64_t line, std::size_t column, std::string message) const {
    return domain::Error::bad_syntax(name_ + ":" + std::to_string(line) + ":" + std::to_string(column),
                                     std::move(message));
}

domain::Result<bool> CsvReader::next_row() {
    auto row = read_row();
    if (!row || !*row) return row;
    if (auto decoded = decode_row(); !decoded) return decoded.error();
    return true;
}

domain::Result<void> CsvReader::decode_row() {
    // Bytes below 0x80 are the same in every encoding read here, so an ASCII row needs no work.
    bool ascii = true;
    for (char c : row_)
        if (static_cast<unsigned char>(c) >= 0x80) {
            ascii = false;
            break;
        }
    if (ascii) return {};
    decoded_.clear();
    std::vector<std::size_t> ends;
    ends.reserve(ends_.size());
    for (std::size_t i = 0; i < ends_.size(); ++i) {
        if (auto bad = domain::append_decoded(field(i), encoding_, decoded_)) {
            undecodable_ = true;
            return domain::Error::invalid(
                location(i), domain::describe(*bad, encoding_) + "; the file is read as " +
                                 std::string(domain::encoding_label(encoding_)) +
                                 ": name its encoding (e.g. cp1252 or latin1) or save it as UTF-8");
        }
        ends.push_back(decoded_.size());
    }
    if (encoding_ != domain::TextEncoding::utf_8) {
        row_.swap(decoded_);
        ends_ = std::move(ends);
    }
    return {};
}

domain::Result<bool> CsvReader::read_row() {
    row_.clear();
    ends_.clear();
    lines_.clear();
    for (int c = peek();; c = peek()) {
        if (c == EOF) return false;
        if (c == '\n') {
            take();
            ++line_;
        } else if (c == '\r') {
            take();
            if (peek() == '\n') take();
            ++line_;
        } else {
            break;
        }
    }
    for (;;) {
        lines_.push_back(line_);
        std::size_t column = ends_.size() + 1;
        if (peek() == '"') {
            take();
            std::int64_t start_line = line_;
            for (;;) {
                if (position_ >= buffer_.size() && !fill()) {
                    ends_.push_back(row_.size());
                    return syntax_error(start_line, column,
                                        "quoted field is not closed before the end of the input");
                }
                const char* begin = buffer_.data() + position_;
                const char* end = buffer_.data() + buffer_.size();
                const char* stop = begin;
                while (stop < end && *stop != '"' && *stop != '\n' && *stop != '\r') ++stop;
                row_.append(begin, stop);
                position_ += static_cast<std::size_t>(stop - begin);
                consumed_ += stop - begin;
                if (stop == end) continue;
                int c = take();
                if (c == '"') {
                    if (peek() != '"') break;
                    take();
                    row_ += '"';
                } else {
                    // A line break inside quotes is data; CRLF is kept as LF like any line end.
                    if (c == '\r' && peek() == '\n') take();
                    row_ += '\n';
                    ++line_;
                }
            }
            ends_.push_back(row_.size());
            int next = peek();
            if (next == ',') {
                take();
                continue;
            }
            if (next == EOF) return true;
            if (next == '\n' || next == '\r') {
                skip_to_line_end();
                return true;
            }
            std::int64_t error_line = line_;
            skip_to_line_end();
            return syntax_error(error_line, column,
                                "expected ',' or a line end after the closing quote, got " + shown(next));
        }
        // An unquoted field runs to the next comma or line end; a quote inside it is kept as text.
        for (;;) {
            if (position_ >= buffer_.size() && !fill()) {
                ends_.push_back(row_.size());
                return true;
            }
            const char* begin = buffer_.data() + position_;
            const char* end = buffer_.data() + buffer_.size();
            const char* stop = begin;
            while (stop < end && *stop != ',' && *stop != '\n' && *stop != '\r') ++stop;
            row_.append(begin, stop);
            position_ += static_cast<std::size_t>(stop - begin);
            consumed_ += stop - begin;
            if (stop < end) break;
        }
        ends_.push_back(row_.size());
        if (take() == ',') continue;
        if (buffer_[position_ - 1] == '\r' && peek() == '\n') take();
        ++line_;
        return true;
    }
}

domain::Result<void> CsvReader::read_header() {
    auto row = next_row();
    if (!row) return row.error();
    if (!*row) return domain::Error::invalid(name_, "the file is empty; expected a header row");
    header_.clear();
    for (std::size_t i = 0; i < size(); ++i) header_.emplace_back(field(i));
    return {};
}

std::optional<std::size_t> CsvReader::column_index(std::string_view name) const {
    for (std::size_t i = 0; i < header_.size(); ++i)
        if (trim_blanks(header_[i]) == name) return i;
    return std::nullopt;
}

std::string_view CsvReader::field(std::size_t index) const {
    MSSOPS_VERIFY(index < ends_.size());
    std::size_t begin = index == 0 ? 0 : ends_[index - 1];
    return std::string_view(row_).substr(begin, ends_[index] - begin);
}

std::string CsvReader::location(std::size_t index) const {
    return name_ + ":" + std::to_string(index < lines_.size() ? lines_[index] : row_line()) + ":" +
           std::to_string(index + 1);
}

std::string CsvReader::row_location() const {
    return name_ + ":" + std::to_string(row_line());
}

}  // namespace mssops::ingest
