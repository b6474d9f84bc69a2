#include "http/audit_actor.hpp"

namespace mssops::http {

store::Actor actor_of(const domain::Principal& principal) {
    // API tokens act for their user, so every change through the API is written as the user's.
    return {"user:" + principal.name};
}

}  // namespace mssops::http
