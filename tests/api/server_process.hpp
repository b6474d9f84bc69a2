#pragma once

#include <sys/types.h>

#include <filesystem>
#include <string>
#include <vector>

namespace mssops::api_test {

/// What a run of the mssops binary printed and how it ended.
struct CommandResult {
    int exit_code = -1;
    std::string out;
};

/// Runs the mssops binary (MSSOPS_BINARY) with `arguments` and waits for it.
CommandResult run_mssops(const std::vector<std::string>& arguments);

/// Runs the executable `binary` (a copy of mssops elsewhere) with `arguments` and waits for it.
CommandResult run_program(const std::string& binary, const std::vector<std::string>& arguments);

/// A fresh temporary directory, removed with everything in it when this goes away.
class TempDir {
public:
    TempDir();
    ~TempDir();
    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};

/// `mssops serve --port 0` as a child process: started in the constructor, which waits for the
/// "listening on http://127.0.0.1:<port>" line; stopped with SIGTERM in the destructor.
class ServerProcess {
public:
    /// `arguments` follow "serve --port 0"; stderr (the access log) goes to `log_file`.
    ServerProcess(const std::vector<std::string>& arguments, const std::filesystem::path& log_file);
    ~ServerProcess();
    ServerProcess(const ServerProcess&) = delete;
    ServerProcess& operator=(const ServerProcess&) = delete;

    unsigned short port() const { return port_; }
    /// Sends SIGTERM and waits: the exit code, or 128 + the signal that killed it.
    int stop();
    /// Whether it was started and not yet stopped.
    bool running() const { return pid_ > 0; }
    /// The server's process id, for reading its /proc entries; -1 when not running.
    pid_t pid() const { return pid_; }
    /// The last lines the server wrote to its log: what a failed test shows.
    std::string log_tail(std::size_t lines = 40) const;

private:
    std::filesystem::path log_file_;
    pid_t pid_ = -1;
    unsigned short port_ = 0;
};

}  // namespace mssops::api_test
