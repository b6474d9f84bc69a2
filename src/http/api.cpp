#include "http/api.hpp"

#include <cstdio>

#include "http/alert_routes.hpp"
#include "http/alert_task.hpp"
#include "http/auth/auth_routes.hpp"
#include "http/boundary_routes.hpp"
#include "http/dispatcher.hpp"
#include "http/extraction_routes.hpp"
#include "http/force_routes.hpp"
#include "http/funding_routes.hpp"
#include "http/health_routes.hpp"
#include "http/incident_point_routes.hpp"
#include "http/incident_routes.hpp"
#include "http/kind_routes.hpp"
#include "http/openapi.hpp"
#include "http/record_routes.hpp"
#include "http/report_routes.hpp"
#include "http/static_files.hpp"

namespace mssops::http {

void add_api_routes(Router& router, store::Store& store, auth::AuthServices& auth,
                    std::shared_ptr<const ingest::FundingReference> funding,
                    const app::ForceDefaults& force) {
    add_health_routes(router, store);
    add_record_routes(router, store);
    add_kind_catalog_routes(router);
    add_force_routes(router, store, force);
    add_incident_routes(router, store);
    add_incident_point_routes(router, store);
    add_boundary_routes(router, store);
    if (!funding) funding = std::make_shared<const ingest::FundingReference>();
    add_funding_routes(router, store, funding);
    add_report_routes(router, store, funding);
    add_extraction_routes(router, store);
    add_alert_routes(router, store);
    auth::add_auth_routes(router, auth);
    // The OpenAPI route reads the router when asked, so it covers routes added after it too.
    add_openapi_route(router);
}

boost::json::object api_document(store::Store& store) {
    auth::AuthServices auth(store, {});
    Router router;
    add_api_routes(router, store, auth);
    return openapi_document(router);
}

domain::Result<void> serve_api(store::Store& store, const ServerOptions& options,
                               std::shared_ptr<const ingest::FundingReference> funding) {
    auth::AuthSettings settings;
    settings.sign_in.throttle.account_limit = options.sign_in_account_limit;
    settings.sign_in.throttle.address_limit = options.sign_in_address_limit;
    auth::AuthServices auth(store, settings);
    Router router;
    add_api_routes(router, store, auth, funding, options.force);
    auto files = StaticFiles::load(options.web_root);
    if (!files) return files.error();
    if (files->size() == 0)
        std::fprintf(stderr, "no dashboard files in \"%s\"; serving the API only\n",
                     options.web_root.c_str());
    Dispatcher dispatcher(
        router, &auth.authenticator(), &*files,
        options.allow_anonymous_reads ? domain::AnonymousReads::allowed : domain::AnonymousReads::refused,
        [&store] { return store.change_counter(); },
        [&store](std::int64_t after) { return store.changed_kinds(after); });
    const int stale_after = options.force.stale_after.empty() ? 90 : std::stoi(options.force.stale_after);
    AlertTask alerts(store, options.alerts, stale_after, funding ? &funding->rates : nullptr);
    return run_server(options, dispatcher);
}

}  // namespace mssops::http
