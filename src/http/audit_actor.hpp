#pragma once

#include "domain/principal.hpp"
#include "store/record_store.hpp"

namespace mssops::http {

/// The audit log's actor for a signed-in principal: "user:<name>".
store::Actor actor_of(const domain::Principal& principal);

}  // namespace mssops::http
