#include "ingest/tagged_header.hpp"

#include <algorithm>
#include <string_view>

namespace mssops::ingest {

domain::Result<TaggedHeader> read_tagged_header(CsvReader& csv) {
    TaggedHeader header;
    auto second = csv.next_row();
    if (!second) return second.error();
    if (!*second) return header;
    std::vector<std::string_view> cells;
    for (std::size_t i = 0; i < csv.size(); ++i) cells.push_back(csv.field(i));
    if (!is_hxl_row(cells)) {
        header.data_row_pending = true;
        return header;
    }
    // A tag past the header's last column would map a field to a cell no data row has.
    const std::size_t expected = csv.header().size();
    if (cells.size() != expected)
        return domain::Error::invalid(csv.location(std::min(cells.size(), expected)),
                                      "HXL hashtag row: expected " + std::to_string(expected) +
                                          " fields as in the header, got " + std::to_string(cells.size()));
    header.tags = HxlColumns::from_row(cells);
    return header;
}

domain::Result<std::optional<HxlColumns>> TaggedRows::start(CsvReader& csv) {
    // The caller may have read the header already, to name the file's publisher by its columns.
    if (csv.header().empty())
        if (auto read = csv.read_header(); !read) return read.error();
    auto header = read_tagged_header(csv);
    if (!header) return header.error();
    pending_ = header->data_row_pending;
    uses_hxl_ = header->tags.has_value();
    return std::move(header->tags);
}

domain::Result<bool> TaggedRows::next(CsvReader& csv) {
    if (pending_) {
        pending_ = false;
    } else {
        auto more = csv.next_row();
        if (!more) {
            ++rows_;
            return more.error();
        }
        if (!*more) return false;
    }
    ++rows_;
    const std::size_t expected = csv.header().size();
    if (csv.size() != expected)
        return domain::Error::invalid(csv.location(std::min(csv.size(), expected)),
                                      "expected " + std::to_string(expected) +
                                          " fields as in the header, got " + std::to_string(csv.size()));
    return true;
}

std::optional<FoundColumn> find_column(const CsvReader& csv, const std::optional<HxlColumns>& tags,
                                       const char* hxl, const std::vector<const char*>& names) {
    if (tags && *hxl) {
        if (auto index = tags->find(HxlPattern::parse(hxl))) return FoundColumn{*index, hxl};
    }
    for (const char* name : names) {
        if (auto index = csv.column_index(name)) return FoundColumn{*index, name};
    }
    return std::nullopt;
}

}  // namespace mssops::ingest
