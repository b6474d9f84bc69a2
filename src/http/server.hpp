#pragma once

#include "domain/result.hpp"
#include "http/server_options.hpp"

namespace mssops::http {

class Dispatcher;

/// Serves HTTP/1.1 with `dispatcher` until SIGTERM or SIGINT, on a pool of options.threads threads.
/// Prints "listening on http://<address>:<port>" to stdout once bound. On a signal it stops
/// accepting, closes idle connections, lets in-flight requests finish (up to shutdown_grace) and
/// returns. unavailable when the address cannot be bound; invalid_input naming "--trusted-proxy" for
/// a trusted proxy that is no address or network.
domain::Result<void> run_server(const ServerOptions& options, const Dispatcher& dispatcher);

}  // namespace mssops::http
