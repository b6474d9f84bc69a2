#include "http/static_files.hpp"

#include <zlib.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "http/request_target.hpp"

namespace mssops::http {

using domain::Error;
namespace fs = std::filesystem;

namespace {

// Below this size the gzip header and trailer eat most of the gain.
constexpr std::size_t min_compressible_size = 256;

std::string fnv1a_etag(std::string_view bytes) {
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (unsigned char byte : bytes) {
        hash ^= byte;
        hash *= 0x100000001b3ULL;
    }
    char text[20];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(hash));
    return text;
}

bool compressible(std::string_view content_type) {
    return content_type.rfind("text/", 0) == 0 || content_type.find("json") != std::string_view::npos ||
           content_type.find("javascript") != std::string_view::npos ||
           content_type.find("svg") != std::string_view::npos || content_type == "application/wasm";
}

/// The gzip (RFC 1952) encoding of `bytes` at the best ratio, or "" when zlib fails.
std::string gzip(std::string_view bytes) {
    z_stream stream{};
    // 15 window bits + 16 asks zlib for a gzip wrapper rather than a zlib one.
    if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    std::string out(deflateBound(&stream, static_cast<uLong>(bytes.size())), '\0');
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
    stream.avail_in = static_cast<uInt>(bytes.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    int status = deflate(&stream, Z_FINISH);
    out.resize(stream.total_out);
    deflateEnd(&stream);
    return status == Z_STREAM_END ? out : std::string();
}

bool etag_matches(std::string_view if_none_match, std::string_view etag) {
    if (if_none_match.find('*') != std::string_view::npos) return true;
    // A list of entity tags; weak comparison (RFC 9110 section 13.1.2) ignores a "W/" prefix.
    std::size_t start = 0;
    while (start < if_none_match.size()) {
        std::size_t comma = if_none_match.find(',', start);
        std::string_view tag =
            if_none_match.substr(start, comma == std::string_view::npos ? comma : comma - start);
        while (!tag.empty() && tag.front() == ' ') tag.remove_prefix(1);
        while (!tag.empty() && tag.back() == ' ') tag.remove_suffix(1);
        if (tag.rfind("W/", 0) == 0) tag.remove_prefix(2);
        if (tag == etag) return true;
        if (comma == std::string_view::npos) break;
        start = comma + 1;
    }
    return false;
}

}  // namespace

std::string content_type_for(std::string_view file_name) {
    static const std::map<std::string, std::string, std::less<>> types = {
        {".html", "text/html; charset=utf-8"},
        {".js", "text/javascript; charset=utf-8"},
        {".mjs", "text/javascript; charset=utf-8"},
        {".css", "text/css; charset=utf-8"},
        {".json", "application/json"},
        {".map", "application/json"},
        {".geojson", "application/geo+json"},
        {".webmanifest", "application/manifest+json"},
        {".svg", "image/svg+xml"},
        {".png", "image/png"},
        {".jpg", "image/jpeg"},
        {".jpeg", "image/jpeg"},
        {".gif", "image/gif"},
        {".webp", "image/webp"},
        {".ico", "image/x-icon"},
        {".woff2", "font/woff2"},
        {".woff", "font/woff"},
        {".ttf", "font/ttf"},
        {".txt", "text/plain; charset=utf-8"},
        {".wasm", "application/wasm"},
        {".pbf", "application/x-protobuf"},
    };
    std::size_t dot = file_name.rfind('.');
    std::size_t slash = file_name.rfind('/');
    if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash))
        return "application/octet-stream";
    std::string extension(file_name.substr(dot));
    for (auto& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    auto found = types.find(extension);
    return found == types.end() ? "application/octet-stream" : found->second;
}

bool accepts_gzip(std::string_view accept_encoding) {
    std::size_t start = 0;
    while (start <= accept_encoding.size()) {
        std::size_t comma = accept_encoding.find(',', start);
        std::string_view item = accept_encoding.substr(
            start, comma == std::string_view::npos ? std::string_view::npos : comma - start);
        std::size_t semicolon = item.find(';');
        std::string_view coding = item.substr(0, semicolon);
        while (!coding.empty() && coding.front() == ' ') coding.remove_prefix(1);
        while (!coding.empty() && coding.back() == ' ') coding.remove_suffix(1);
        if (coding == "gzip" || coding == "x-gzip" || coding == "*") {
            bool refused = false;
            if (semicolon != std::string_view::npos) {
                std::string_view parameter = item.substr(semicolon + 1);
                std::size_t q = parameter.find("q=");
                if (q != std::string_view::npos)
                    refused = std::strtod(std::string(parameter.substr(q + 2)).c_str(), nullptr) <= 0.0;
            }
            return !refused;
        }
        if (comma == std::string_view::npos) break;
        start = comma + 1;
    }
    return false;
}

domain::Result<StaticFiles> StaticFiles::load(const std::string& root) {
    StaticFiles files;
    std::error_code ec;
    if (root.empty() || !fs::is_directory(root, ec)) return files;
    for (auto it = fs::recursive_directory_iterator(root, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (!it->is_regular_file(ec)) continue;
        std::ifstream in(it->path(), std::ios::binary);
        if (!in) return Error::unavailable("cannot read " + it->path().string());
        std::ostringstream bytes;
        bytes << in.rdbuf();
        std::string url_path = "/" + fs::relative(it->path(), root, ec).generic_string();
        File file;
        file.content_type = content_type_for(url_path);
        file.body = std::make_shared<const std::string>(std::move(bytes).str());
        file.etag = "\"" + fnv1a_etag(*file.body) + "\"";
        // Vite fingerprints everything under /assets/: a changed file gets a new name.
        file.immutable = url_path.rfind("/assets/", 0) == 0;
        if (file.body->size() >= min_compressible_size && compressible(file.content_type)) {
            std::string packed = gzip(*file.body);
            if (!packed.empty() && packed.size() < file.body->size())
                file.gzipped = std::make_shared<const std::string>(std::move(packed));
        }
        files.files_.emplace(std::move(url_path), std::move(file));
    }
    if (ec) return Error::unavailable("cannot list " + root + ": " + ec.message());
    return files;
}

domain::Result<Response> StaticFiles::serve(const Request& request) const {
    std::string path;
    std::string_view encoded = request.path;
    std::size_t start = 1;
    while (start <= encoded.size()) {
        std::size_t slash = encoded.find('/', start);
        std::string_view segment =
            encoded.substr(start, slash == std::string_view::npos ? slash : slash - start);
        auto decoded = decode_path_segment(segment, "path");
        if (!decoded) return decoded.error();
        if (*decoded == ".." || *decoded == "." ||
            decoded->find_first_of(std::string_view("\\/\0", 3)) != std::string::npos)
            return Error::bad_syntax("path", "must not contain \".\", \"..\", \"/\" or \"\\\" in a segment");
        path += "/" + *decoded;
        if (slash == std::string_view::npos) break;
        start = slash + 1;
    }
    if (path.empty() || path.back() == '/') path += "index.html";

    if (auto found = files_.find(path); found != files_.end()) return answer(found->second, request);
    // A missing fingerprinted asset is a stale page asking for an old build: HTML would not help it.
    if (path.rfind("/assets/", 0) == 0) return Error::not_found("path", "no file " + path);
    if (auto index = files_.find(std::string_view("/index.html")); index != files_.end())
        return answer(index->second, request);
    return Error::not_found("path", "no file " + path + " and no index.html to fall back to");
}

Response StaticFiles::answer(const File& file, const Request& request) const {
    bool gzipped = file.gzipped && accepts_gzip(request.header("accept-encoding"));
    // The gzip copy is another representation, so it gets its own entity tag.
    std::string etag = gzipped ? file.etag.substr(0, file.etag.size() - 1) + "-gz\"" : file.etag;
    Response response;
    response.content_type = file.content_type;
    response.headers.emplace_back("ETag", etag);
    response.headers.emplace_back("Cache-Control",
                                  file.immutable ? "public, max-age=31536000, immutable" : "no-cache");
    if (file.gzipped) response.headers.emplace_back("Vary", "Accept-Encoding");
    std::string if_none_match = request.header("if-none-match");
    if (!if_none_match.empty() && etag_matches(if_none_match, etag)) {
        response.status = 304;
        return response;
    }
    if (gzipped) response.headers.emplace_back("Content-Encoding", "gzip");
    response.shared_body = gzipped ? file.gzipped : file.body;
    return response;
}

}  // namespace mssops::http
