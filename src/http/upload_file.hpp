#pragma once

#include <string>

#include "domain/result.hpp"

namespace mssops::http {

/// A temporary file that holds one request body on disk while its handler runs; removed when this
/// goes away. Move-only.
class UploadFile {
public:
    /// Creates an empty file readable only by this user in `directory` ("" for the system's temporary
    /// directory). unavailable naming the directory when it cannot.
    static domain::Result<UploadFile> create(const std::string& directory);

    UploadFile(UploadFile&& other) noexcept;
    UploadFile& operator=(UploadFile&& other) noexcept;
    UploadFile(const UploadFile&) = delete;
    UploadFile& operator=(const UploadFile&) = delete;
    ~UploadFile();

    const std::string& path() const { return path_; }

private:
    explicit UploadFile(std::string path) : path_(std::move(path)) {}
    std::string path_;  // "" once moved from.
};

}  // namespace mssops::http
