#include <CLI/CLI.hpp>

int main(int argc, char** argv) {
    CLI::App app{"mssops: operations and oversight for a multinational security support mission"};
    app.require_subcommand(1);
    CLI11_PARSE(app, argc, argv);
    return 0;
}
