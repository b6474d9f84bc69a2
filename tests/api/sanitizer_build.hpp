#pragma once

namespace mssops::api_test {

/// Whether this test binary runs under AddressSanitizer, whose shadow memory and quarantine of freed
/// blocks make a process's peak memory say nothing about the code's own.
#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool address_sanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr bool address_sanitized = true;
#else
inline constexpr bool address_sanitized = false;
#endif
#else
inline constexpr bool address_sanitized = false;
#endif

}  // namespace mssops::api_test
