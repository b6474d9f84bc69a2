#pragma once

#include <chrono>
#include <cstdint>
#include <optional>

namespace mssops::http::auth {

/// How many failed sign-ins lock an account and throttle an address, within a sliding window.
struct ThrottleSettings {
    std::int64_t account_limit = 5;   // Failures on one account, from any address, that lock it.
    std::int64_t address_limit = 50;  // Failures from one address, on any accounts, that throttle it.
    std::chrono::seconds window = std::chrono::minutes(15);
};

/// Some failed sign-ins inside the window: how many, and when the first and the last were.
struct FailureTally {
    std::int64_t count = 0;
    std::optional<std::chrono::system_clock::time_point> oldest;
    std::optional<std::chrono::system_clock::time_point> newest;
};

/// The failures inside the window that bear on one attempt to sign in to an account from an address.
struct SignInHistory {
    FailureTally from_address;             // The address's failures, on any account.
    FailureTally on_account;               // The account's failures that no successful sign-in has cleared.
    FailureTally on_account_from_address;  // The address's failures on this account, cleared or not.
};

/// Why an attempt is refused before its password is checked.
enum class ThrottleReason {
    address,  // The address failed too often, on any accounts.
    account,  // The account is locked against this address, which failed on it.
};

/// A refusal and how long to wait before the next attempt can be considered.
struct Throttled {
    ThrottleReason reason;
    std::chrono::seconds retry_after;
};

/// Decides whether an attempt to sign in to an account from an address may have its password checked.
/// Refused (nullopt means allowed) when
///  - the address has `address_limit` failures, on any accounts; or
///  - the address has `account_limit` failures on this account (a lock no one else's sign-in lifts); or
///  - the account is locked (`account_limit` failures not cleared by a successful sign-in) and the
///    address is one of those that failed on it.
/// An address that has not failed on a locked account may still try, so an attacker cannot lock the
/// owner out; the owner's success there clears the account's failures.
std::optional<Throttled> throttle(const ThrottleSettings& settings, const SignInHistory& history,
                                  std::chrono::system_clock::time_point now);

}  // namespace mssops::http::auth
