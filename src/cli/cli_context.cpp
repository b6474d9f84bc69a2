#include "cli/cli_context.hpp"

#include <unistd.h>
#include <boost/json/serialize.hpp>
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "app/mission_query.hpp"

namespace mssops::cli {

domain::Result<std::unique_ptr<store::Store>> CliContext::open_store(MissingDatabase missing) const {
    std::error_code ec;
    if (missing == MissingDatabase::fail && !store::is_postgres_location(db) &&
        !std::filesystem::exists(db, ec))
        return domain::Error::invalid("--db",
                                      "no database at " + db + "; create one with mssops init --db " + db);
    return store::open_store(db);
}

void CliContext::fail(const domain::Error& error) {
    std::cerr << "error: ";
    if (!error.field.empty()) std::cerr << error.field << ": ";
    std::cerr << error.message << '\n';
    exit_code = error.code == domain::ErrorCode::internal ? 70 : 1;
}

namespace {

void print_indented(std::ostream& out, const boost::json::value& value, int depth) {
    const std::string indent(static_cast<std::size_t>(depth) * 2, ' ');
    const std::string inner(static_cast<std::size_t>(depth + 1) * 2, ' ');
    if (value.is_object() && !value.get_object().empty()) {
        out << "{\n";
        bool first = true;
        for (const auto& member : value.get_object()) {
            if (!first) out << ",\n";
            first = false;
            out << inner << boost::json::serialize(boost::json::value(member.key())) << ": ";
            print_indented(out, member.value(), depth + 1);
        }
        out << '\n' << indent << '}';
    } else if (value.is_array() && !value.get_array().empty()) {
        out << "[\n";
        bool first = true;
        for (const auto& item : value.get_array()) {
            if (!first) out << ",\n";
            first = false;
            out << inner;
            print_indented(out, item, depth + 1);
        }
        out << '\n' << indent << ']';
    } else {
        out << boost::json::serialize(value);
    }
}

}  // namespace

void CliContext::print_json(const boost::json::value& value) {
    print_indented(std::cout, value, 0);
    std::cout << '\n';
}

std::string CliContext::actor_name() {
    const char* user = std::getenv("USER");
    if (!user || !*user) user = getlogin();
    return std::string("cli:") + (user && *user ? user : "unknown");
}

domain::Result<std::string> mission_slug(store::Store& store, const std::string& given,
                                         std::optional<std::chrono::sys_days> at) {
    // A key given on the command line is checked by the command that reads it, as before.
    if (!given.empty()) return given;
    const char* configured = std::getenv("MSSOPS_MISSION");
    auto day = at.value_or(std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()));
    return app::default_mission_slug(store, configured ? configured : "", day, "--mission");
}

CLI::App* add_command(CLI::App& app, const std::string& name, const std::string& description) {
    return app.add_subcommand(name, description);
}

}  // namespace mssops::cli
