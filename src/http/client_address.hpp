#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "domain/result.hpp"

namespace mssops::http {

/// The reverse proxies whose X-Forwarded-For the server believes: addresses or CIDR networks
/// ("127.0.0.1", "10.0.0.0/8", "::1"). Empty by default: then the header is ignored.
class TrustedProxies {
public:
    /// Reads each entry; invalid_input naming "--trusted-proxy" for one that is not an IPv4 or IPv6
    /// address or network.
    static domain::Result<TrustedProxies> parse(const std::vector<std::string>& entries);

    /// Whether `address` (text) is one of the trusted proxies; false for text that is no address.
    bool trusts(std::string_view address) const;
    bool empty() const { return networks_.empty(); }

private:
    struct Network {
        std::string bytes;  // The network's address, 4 or 16 bytes; IPv4-mapped IPv6 is read as IPv4.
        unsigned prefix = 0;
    };
    std::vector<Network> networks_;
};

/// The address a request came from, for sign-in throttling. The peer's address, unless the peer is a
/// trusted proxy: then the right-most X-Forwarded-For entry that is not a trusted proxy (the last
/// hop a trusted proxy saw; entries further left were written by the client and may be forged), or
/// the left-most entry when every one is trusted. `forwarded_for` holds the header's values, one per
/// header line, in order. An entry that is no address ends the walk with the peer's address.
std::string client_address(std::string_view peer, const std::vector<std::string>& forwarded_for,
                           const TrustedProxies& trusted);

}  // namespace mssops::http
