#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace mssops::cli {

/// A plain-text table for terminals: columns padded to their widest cell.
class Table {
public:
    explicit Table(std::vector<std::string> headers);
    void add_row(std::vector<std::string> cells);
    void print(std::ostream& out) const;

private:
    std::vector<std::string> headers_;
    std::vector<std::vector<std::string>> rows_;
};

}  // namespace mssops::cli
