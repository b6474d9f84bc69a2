#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "domain/result.hpp"

namespace mssops::app::auth {

/// Argon2id's cost parameters. A hash carries its own, so verifying never needs these.
struct PasswordCost {
    std::uint32_t iterations = 2;
    std::uint32_t memory_kib = 19 * 1024;
    std::uint32_t lanes = 1;

    /// OWASP's Argon2id minimum (19 MiB, 2 iterations, 1 lane): tens of milliseconds here.
    static PasswordCost standard() { return {}; }
    /// The smallest cost Argon2 accepts, so tests that create many users stay quick.
    static PasswordCost fast() { return {1, 64, 1}; }
};

/// Hashes a password with Argon2id and a fresh 16-byte random salt, in the encoded
/// "$argon2id$v=19$m=...,t=...,p=...$salt$hash" form. internal when Argon2 fails.
domain::Result<std::string> hash_password(std::string_view password, PasswordCost cost);

/// Whether `password` matches the encoded Argon2id hash. A malformed hash never matches.
bool verify_password(std::string_view encoded_hash, std::string_view password);

/// Checks a new password: 10 to 1024 bytes, so guesses are costly and hashing stays bounded.
/// invalid_input naming "password", without ever repeating the password.
domain::Result<void> validate_new_password(std::string_view password);

}  // namespace mssops::app::auth
