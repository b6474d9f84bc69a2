#include "cli/openapi_command.hpp"

#include <unistd.h>

#include <boost/json/object.hpp>
#include <filesystem>
#include <system_error>

#include "http/api.hpp"
#include "store/store.hpp"

namespace mssops::cli {

void add_openapi_command(CLI::App& app, CliContext& context) {
    auto* command = add_command(app, "openapi", "Print the OpenAPI document of the JSON API");
    command->callback([&context] {
        // The routes are bound to a store, though describing them reads nothing from it: an empty
        // SQLite file in the temporary directory stands in, so no --db is needed.
        std::error_code ignored;
        const auto directory = std::filesystem::temp_directory_path(ignored);
        if (ignored)
            return context.fail(domain::Error::unavailable("no temporary directory: " + ignored.message()));
        const std::string path =
            (directory / ("mssops-openapi-" + std::to_string(::getpid()) + ".db")).string();
        domain::Result<boost::json::object> document = boost::json::object{};
        {
            auto store = store::open_store(path);
            if (store)
                document = http::api_document(**store);
            else
                document = store.error();
        }  // The store is closed here, before its file is removed.
        for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix, ignored);
        if (!document) return context.fail(document.error());
        // Printed once the file is gone, so a reader that stops early (| head) leaves nothing behind.
        CliContext::print_json(*document);
    });
}

}  // namespace mssops::cli
