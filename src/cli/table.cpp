#include "cli/table.hpp"

#include <algorithm>

namespace mssops::cli {
namespace {

// Columns are measured in code points so that "Haïti" lines up with "Haiti".
std::size_t display_width(const std::string& text) {
    return static_cast<std::size_t>(std::count_if(
        text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

}  // namespace

Table::Table(std::vector<std::string> headers) : headers_(std::move(headers)) {}

void Table::add_row(std::vector<std::string> cells) {
    cells.resize(headers_.size());
    rows_.push_back(std::move(cells));
}

void Table::print(std::ostream& out) const {
    std::vector<std::size_t> widths(headers_.size());
    for (std::size_t c = 0; c < headers_.size(); ++c) {
        widths[c] = display_width(headers_[c]);
        for (const auto& row : rows_) widths[c] = std::max(widths[c], display_width(row[c]));
    }
    auto print_row = [&](const std::vector<std::string>& cells) {
        for (std::size_t c = 0; c < cells.size(); ++c) {
            out << cells[c];
            if (c + 1 < cells.size()) out << std::string(widths[c] - display_width(cells[c]) + 2, ' ');
        }
        out << '\n';
    };
    print_row(headers_);
    std::vector<std::string> rule;
    for (auto width : widths) rule.emplace_back(width, '-');
    print_row(rule);
    for (const auto& row : rows_) print_row(row);
}

}  // namespace mssops::cli
