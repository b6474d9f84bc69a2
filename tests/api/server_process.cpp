#include "api/server_process.hpp"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <deque>
#include <fstream>
#include <random>

namespace mssops::api_test {

namespace {

std::vector<char*> argv_of(std::vector<std::string>& arguments) {
    std::vector<char*> argv;
    for (auto& argument : arguments) argv.push_back(argument.data());
    argv.push_back(nullptr);
    return argv;
}

int exit_code_of(int status) {
    if (WIFEXITED(status)) return WEXITSTATUS(status);
    if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
    return -1;
}

}  // namespace

CommandResult run_mssops(const std::vector<std::string>& arguments) {
    return run_program(MSSOPS_BINARY, arguments);
}

CommandResult run_program(const std::string& binary, const std::vector<std::string>& arguments) {
    std::vector<std::string> all{binary};
    all.insert(all.end(), arguments.begin(), arguments.end());
    int out[2];
    if (pipe(out) != 0) return {};
    pid_t pid = fork();
    if (pid == 0) {
        dup2(out[1], STDOUT_FILENO);
        close(out[0]);
        close(out[1]);
        int null = open("/dev/null", O_RDONLY);
        dup2(null, STDIN_FILENO);
        auto argv = argv_of(all);
        execv(argv[0], argv.data());
        _exit(127);
    }
    close(out[1]);
    CommandResult result;
    char buffer[4096];
    ssize_t got = 0;
    while ((got = read(out[0], buffer, sizeof buffer)) > 0)
        result.out.append(buffer, static_cast<std::size_t>(got));
    close(out[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    result.exit_code = exit_code_of(status);
    return result;
}

TempDir::TempDir() {
    std::random_device random;
    path_ = std::filesystem::temp_directory_path() /
            ("mssops-api-" + std::to_string(getpid()) + "-" + std::to_string(random()));
    std::filesystem::create_directories(path_);
}

TempDir::~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
}

ServerProcess::ServerProcess(const std::vector<std::string>& arguments, const std::filesystem::path& log_file)
    : log_file_(log_file) {
    std::vector<std::string> all{MSSOPS_BINARY, "serve", "--port", "0"};
    all.insert(all.end(), arguments.begin(), arguments.end());
    int out[2];
    if (pipe(out) != 0) return;
    pid_ = fork();
    if (pid_ == 0) {
        dup2(out[1], STDOUT_FILENO);
        close(out[0]);
        close(out[1]);
        int log = open(log_file.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
        dup2(log, STDERR_FILENO);
        auto argv = argv_of(all);
        execv(argv[0], argv.data());
        _exit(127);
    }
    close(out[1]);
    FILE* lines = fdopen(out[0], "r");
    char line[256] = {};
    if (lines != nullptr && std::fgets(line, sizeof line, lines) != nullptr) {
        unsigned port = 0;
        if (std::sscanf(line, "listening on http://127.0.0.1:%u", &port) == 1)
            port_ = static_cast<unsigned short>(port);
    }
    if (lines != nullptr) std::fclose(lines);
    EXPECT_NE(port_, 0) << "the server did not print its listening line; got \"" << line << "\"";
}

ServerProcess::~ServerProcess() {
    stop();
}

int ServerProcess::stop() {
    if (pid_ <= 0) return -1;
    kill(pid_, SIGTERM);
    int status = 0;
    waitpid(pid_, &status, 0);
    pid_ = -1;
    return exit_code_of(status);
}

std::string ServerProcess::log_tail(std::size_t lines) const {
    std::ifstream log(log_file_);
    std::deque<std::string> last;
    for (std::string line; std::getline(log, line);) {
        last.push_back(std::move(line));
        if (last.size() > lines) last.pop_front();
    }
    std::string tail;
    for (const auto& line : last) tail += line + "\n";
    return tail;
}

}  // namespace mssops::api_test
