#pragma once

#include <filesystem>
#include <string>

namespace mssops::cli {

/// The built dashboard `mssops serve` offers by default, found from `binary` (the running
/// executable): web/ beside it (an unpacked release), else share/mssops/web beside its bin/ folder
/// (`cmake --install`), else `built` (the build's own web/dist), the first that holds index.html.
std::string default_web_root(const std::filesystem::path& binary, const std::string& built);

/// The running executable's path; empty when the system does not say.
std::filesystem::path running_binary();

}  // namespace mssops::cli
