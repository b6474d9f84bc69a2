#pragma once

#include <string>

namespace mssops::app {

/// What the server answers when a request does not say: set by `mssops serve --mission` and
/// `--stale-after` (or MSSOPS_MISSION and MSSOPS_STALE_AFTER).
struct ForceDefaults {
    std::string mission;      // The mission the dashboard opens on; "" means the one in force today.
    std::string stale_after;  // Days after which a figure's evidence is called old; "" means 90.
};

}  // namespace mssops::app
