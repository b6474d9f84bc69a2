#include "http/upload_file.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <vector>

namespace mssops::http {

domain::Result<UploadFile> UploadFile::create(const std::string& directory) {
    std::error_code ec;
    const std::filesystem::path folder =
        directory.empty() ? std::filesystem::temp_directory_path(ec) : std::filesystem::path(directory);
    if (ec) return domain::Error::unavailable("no temporary directory for the request body: " + ec.message());
    const std::string pattern = (folder / "mssops-upload-XXXXXX").string();
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    // mkstemp makes a new file of its own (mode 0600), so no other user can read or swap the body.
    const int descriptor = ::mkstemp(name.data());
    if (descriptor < 0)
        return domain::Error::unavailable("cannot create a file for the request body in " + folder.string() +
                                          ": " + std::strerror(errno));
    ::close(descriptor);
    return UploadFile(std::string(name.data()));
}

UploadFile::UploadFile(UploadFile&& other) noexcept : path_(std::move(other.path_)) {
    other.path_.clear();
}

UploadFile& UploadFile::operator=(UploadFile&& other) noexcept {
    if (this != &other) {
        if (!path_.empty()) std::remove(path_.c_str());
        path_ = std::move(other.path_);
        other.path_.clear();
    }
    return *this;
}

UploadFile::~UploadFile() {
    if (!path_.empty()) std::remove(path_.c_str());
}

}  // namespace mssops::http
