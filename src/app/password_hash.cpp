#include "app/password_hash.hpp"

#include <argon2.h>
#include <sodium.h>

#include <array>
#include <vector>

#include "app/secret_token.hpp"

namespace mssops::app::auth {

namespace {

constexpr std::size_t salt_bytes = 16;
constexpr std::size_t hash_bytes = 32;
constexpr std::size_t shortest_password = 10;
constexpr std::size_t longest_password = 1024;

}  // namespace

domain::Result<std::string> hash_password(std::string_view password, PasswordCost cost) {
    ensure_sodium();
    std::array<unsigned char, salt_bytes> salt{};
    randombytes_buf(salt.data(), salt.size());
    std::vector<char> encoded(
        argon2_encodedlen(cost.iterations, cost.memory_kib, cost.lanes, salt.size(), hash_bytes, Argon2_id) +
        1);
    const int status =
        argon2id_hash_encoded(cost.iterations, cost.memory_kib, cost.lanes, password.data(), password.size(),
                              salt.data(), salt.size(), hash_bytes, encoded.data(), encoded.size());
    if (status != ARGON2_OK)
        return domain::Error::internal(std::string("hashing the password failed: ") +
                                       argon2_error_message(status));
    return std::string(encoded.data());
}

bool verify_password(std::string_view encoded_hash, std::string_view password) {
    // argon2id_verify reads a C string; a hash with an embedded NUL is malformed anyway.
    const std::string encoded(encoded_hash);
    if (encoded.rfind("$argon2id$", 0) != 0) return false;
    return argon2id_verify(encoded.c_str(), password.data(), password.size()) == ARGON2_OK;
}

domain::Result<void> validate_new_password(std::string_view password) {
    if (password.size() < shortest_password)
        return domain::Error::invalid(
            "password", "must be at least 10 characters long, got " + std::to_string(password.size()));
    if (password.size() > longest_password)
        return domain::Error::invalid(
            "password", "must be at most 1024 bytes long, got " + std::to_string(password.size()));
    return {};
}

}  // namespace mssops::app::auth
