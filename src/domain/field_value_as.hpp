#pragma once

#include <string>
#include <type_traits>
#include <variant>

#include "domain/record.hpp"

namespace mssops::domain {

/// `value` as another library's value type, such as a JSON value: `Value` is built from nullptr, bool,
/// std::int64_t, double, std::string and `Array`, which is filled by emplace_back(std::string).
template <class Value, class Array>
Value field_value_as(const FieldValue& value) {
    return std::visit(
        [](const auto& held) -> Value {
            using Held = std::decay_t<decltype(held)>;
            if constexpr (std::is_same_v<Held, std::monostate>) {
                return nullptr;
            } else if constexpr (std::is_same_v<Held, TextList>) {
                Array array;
                array.reserve(held.size());
                for (const auto& item : held) array.emplace_back(item);
                return array;
            } else {
                return Value(held);
            }
        },
        value);
}

}  // namespace mssops::domain
