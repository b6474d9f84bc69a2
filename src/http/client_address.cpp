#include "http/client_address.hpp"

#include <boost/asio/ip/address.hpp>
#include <charconv>
#include <optional>

#include "domain/ascii_text.hpp"

namespace mssops::http {

namespace ip = boost::asio::ip;

namespace {

using domain::trim_blanks;

// An X-Forwarded-For entry may carry brackets around IPv6 or a port after IPv4 ("[::1]:443",
// "10.0.0.1:5000"); what counts is the address.
std::string_view without_port(std::string_view entry) {
    if (!entry.empty() && entry.front() == '[') {
        const auto close = entry.find(']');
        return close == std::string_view::npos ? entry : entry.substr(1, close - 1);
    }
    const auto colon = entry.find(':');
    if (colon != std::string_view::npos && entry.find(':', colon + 1) == std::string_view::npos)
        return entry.substr(0, colon);
    return entry;
}

// The address as bytes, IPv4-mapped IPv6 as IPv4, so "::ffff:127.0.0.1" and "127.0.0.1" agree.
std::optional<std::string> address_bytes(std::string_view text) {
    boost::system::error_code ec;
    auto address = ip::make_address(std::string(text), ec);
    if (ec) return std::nullopt;
    if (address.is_v6() && address.to_v6().is_v4_mapped())
        address = ip::make_address_v4(ip::v4_mapped, address.to_v6());
    if (address.is_v4()) {
        const auto bytes = address.to_v4().to_bytes();
        return std::string(bytes.begin(), bytes.end());
    }
    const auto bytes = address.to_v6().to_bytes();
    return std::string(bytes.begin(), bytes.end());
}

std::optional<std::string> canonical(std::string_view text) {
    boost::system::error_code ec;
    auto address = ip::make_address(std::string(text), ec);
    if (ec) return std::nullopt;
    if (address.is_v6() && address.to_v6().is_v4_mapped())
        return ip::make_address_v4(ip::v4_mapped, address.to_v6()).to_string();
    return address.to_string();
}

bool same_prefix(const std::string& a, const std::string& b, unsigned prefix) {
    if (a.size() != b.size()) return false;
    for (unsigned bit = 0; bit < prefix; ++bit) {
        const unsigned mask = 0x80u >> (bit % 8);
        if ((static_cast<unsigned char>(a[bit / 8]) & mask) !=
            (static_cast<unsigned char>(b[bit / 8]) & mask))
            return false;
    }
    return true;
}

}  // namespace

domain::Result<TrustedProxies> TrustedProxies::parse(const std::vector<std::string>& entries) {
    TrustedProxies proxies;
    for (const auto& entry : entries) {
        const std::string_view text = trim_blanks(entry);
        const auto slash = text.find('/');
        auto bytes = address_bytes(text.substr(0, slash));
        Network network;
        bool good = bytes.has_value();
        if (good) {
            network.bytes = *bytes;
            network.prefix = static_cast<unsigned>(network.bytes.size() * 8);
            if (slash != std::string_view::npos) {
                const std::string_view digits = text.substr(slash + 1);
                unsigned prefix = 0;
                auto [end, failure] = std::from_chars(digits.data(), digits.data() + digits.size(), prefix);
                good = failure == std::errc() && end == digits.data() + digits.size() && !digits.empty() &&
                       prefix <= network.prefix;
                network.prefix = prefix;
            }
        }
        if (!good)
            return domain::Error::invalid("--trusted-proxy",
                                          "must be an IPv4 or IPv6 address or network such as 127.0.0.1 or "
                                          "10.0.0.0/8, got \"" +
                                              entry + "\"");
        proxies.networks_.push_back(std::move(network));
    }
    return proxies;
}

bool TrustedProxies::trusts(std::string_view address) const {
    if (networks_.empty()) return false;
    auto bytes = address_bytes(address);
    if (!bytes) return false;
    for (const auto& network : networks_)
        if (same_prefix(*bytes, network.bytes, network.prefix)) return true;
    return false;
}

std::string client_address(std::string_view peer, const std::vector<std::string>& forwarded_for,
                           const TrustedProxies& trusted) {
    const std::string peer_text = canonical(peer).value_or(std::string(peer));
    if (!trusted.trusts(peer)) return peer_text;
    std::vector<std::string_view> entries;
    for (const auto& value : forwarded_for) {
        std::string_view rest = value;
        while (true) {
            const auto comma = rest.find(',');
            entries.push_back(trim_blanks(rest.substr(0, comma)));
            if (comma == std::string_view::npos) break;
            rest.remove_prefix(comma + 1);
        }
    }
    std::string client = peer_text;
    for (auto entry = entries.rbegin(); entry != entries.rend(); ++entry) {
        if (entry->empty()) continue;
        auto address = canonical(without_port(*entry));
        // A proxy that wrote something else than an address is misconfigured; its own address is
        // the most that can be said of the client.
        if (!address) return peer_text;
        client = *address;
        if (!trusted.trusts(*address)) break;
    }
    return client;
}

}  // namespace mssops::http
