#include "cli/install_layout.hpp"

#include <system_error>

namespace mssops::cli {

std::string default_web_root(const std::filesystem::path& binary, const std::string& built) {
    // An installed binary must not depend on the source tree it was built from still being there.
    if (!binary.empty()) {
        const auto folder = binary.parent_path();
        for (const auto& candidate : {folder / "web", folder.parent_path() / "share" / "mssops" / "web"}) {
            std::error_code ignored;
            if (std::filesystem::is_regular_file(candidate / "index.html", ignored))
                return candidate.string();
        }
    }
    return built;
}

std::filesystem::path running_binary() {
    std::error_code failed;
    auto path = std::filesystem::read_symlink("/proc/self/exe", failed);
    return failed ? std::filesystem::path() : path;
}

}  // namespace mssops::cli
