#pragma once

#include <optional>
#include <utility>
#include <variant>

#include "domain/error.hpp"
#include "domain/verify.hpp"

namespace mssops::domain {

/// std::expected's shape in C++20: holds a T or the Error that prevented it.
template <class T>
class [[nodiscard]] Result {
public:
    Result(T value) : state_(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : state_(std::in_place_index<1>, std::move(error)) {}

    bool has_value() const { return state_.index() == 0; }
    explicit operator bool() const { return has_value(); }

    T& value() & {
        MSSOPS_VERIFY(has_value());
        return std::get<0>(state_);
    }
    const T& value() const& {
        MSSOPS_VERIFY(has_value());
        return std::get<0>(state_);
    }
    T&& value() && {
        MSSOPS_VERIFY(has_value());
        return std::get<0>(std::move(state_));
    }
    const Error& error() const {
        MSSOPS_VERIFY(!has_value());
        return std::get<1>(state_);
    }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

private:
    std::variant<T, Error> state_;
};

/// A Result that carries no value: success, or the Error.
template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : error_(std::move(error)) {}

    bool has_value() const { return !error_.has_value(); }
    explicit operator bool() const { return has_value(); }
    const Error& error() const {
        MSSOPS_VERIFY(error_.has_value());
        return *error_;
    }

private:
    std::optional<Error> error_;
};

}  // namespace mssops::domain
