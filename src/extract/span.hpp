#pragma once

#include <cstddef>

namespace mssops::extract {

/// A half-open range of byte offsets [start, end) into the cleaned article text.
struct Span {
    std::size_t start = 0;
    std::size_t end = 0;

    std::size_t size() const { return end - start; }
    bool contains(const Span& other) const { return start <= other.start && other.end <= end; }
    friend bool operator==(const Span&, const Span&) = default;
};

}  // namespace mssops::extract
