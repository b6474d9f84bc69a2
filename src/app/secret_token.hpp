#pragma once

#include <string>
#include <string_view>

namespace mssops::app::auth {

/// Initialises libsodium once per process; every function here calls it first. Aborts if
/// libsodium cannot start, since no secret could then be made safely.
void ensure_sodium();

/// A new unguessable token: 32 random bytes from libsodium, base64url without padding
/// (43 characters), prefixed with `prefix` ("mss_" marks API tokens in logs and secret scanners).
std::string new_secret_token(std::string_view prefix = {});

/// The SHA-256 of a token, as 64 lower-case hex digits: what the store keeps instead of the token.
std::string hash_secret_token(std::string_view token);

/// Compares two secrets in time that does not depend on where they differ.
bool same_secret(std::string_view a, std::string_view b);

}  // namespace mssops::app::auth
