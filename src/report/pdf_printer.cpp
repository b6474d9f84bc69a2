#include "report/pdf_printer.hpp"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <thread>
#include <vector>

extern char** environ;

namespace mssops::report {
namespace {

namespace fs = std::filesystem;
using domain::Error;
using domain::Result;

/// A directory of our own under the system's temporary directory, removed with its contents.
class PrivateDirectory {
public:
    PrivateDirectory() {
        std::string pattern = (fs::temp_directory_path() / "mssops-report-XXXXXX").string();
        if (mkdtemp(pattern.data())) path_ = pattern;
    }
    ~PrivateDirectory() {
        std::error_code ignored;
        if (!path_.empty()) fs::remove_all(path_, ignored);
    }
    PrivateDirectory(const PrivateDirectory&) = delete;
    PrivateDirectory& operator=(const PrivateDirectory&) = delete;
    const fs::path& path() const { return path_; }

private:
    fs::path path_;
};

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

// The last lines Chromium printed, for an error message a person can act on.
std::string tail_of(const fs::path& log) {
    std::string text = read_file(log);
    if (text.size() > 600) text = "..." + text.substr(text.size() - 600);
    return text.empty() ? "no output" : text;
}

Result<pid_t> spawn(const std::vector<std::string>& arguments, const fs::path& log) {
    std::vector<char*> argv;
    for (const auto& argument : arguments) argv.push_back(const_cast<char*>(argument.c_str()));
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0600);
    posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    // Its own process group, so a timeout ends Chromium's helper processes with it.
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP);
    posix_spawnattr_setpgroup(&attributes, 0);
    pid_t pid = -1;
    int failed = posix_spawn(&pid, argv[0], &actions, &attributes, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    if (failed != 0)
        return Error::unavailable("could not start " + arguments.front() + ": error " +
                                  std::to_string(failed));
    return pid;
}

// The exit status of `pid`, or nullopt when it ran past `timeout` and was killed.
std::optional<int> wait_for(pid_t pid, std::chrono::seconds timeout) {
    auto deadline = std::chrono::steady_clock::now() + timeout;
    while (true) {
        int status = 0;
        pid_t done = waitpid(pid, &status, WNOHANG);
        if (done == pid) return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        if (done < 0) return -1;
        if (std::chrono::steady_clock::now() > deadline) {
            kill(-pid, SIGKILL);
            waitpid(pid, &status, 0);
            return std::nullopt;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
}

}  // namespace

Result<std::string> print_pdf(const std::string& html, const PdfOptions& options) {
    if (access(options.chromium.c_str(), X_OK) != 0)
        return Error::unavailable(
            "PDF output needs Chromium, and there is no executable at " + options.chromium +
            ": install the Debian package chromium (scripts/install-deps.sh does), or ask "
            "for --format md or html");
    PrivateDirectory directory;
    if (directory.path().empty())
        return Error::unavailable("PDF output needs a temporary directory, and none could be made under " +
                                  fs::temp_directory_path().string());
    const fs::path page = directory.path() / "report.html";
    const fs::path pdf = directory.path() / "report.pdf";
    const fs::path log = directory.path() / "chromium.log";
    {
        std::ofstream out(page, std::ios::binary);
        out << html;
        if (!out) return Error::unavailable("could not write the report's HTML to " + page.string());
    }
    // A fresh profile in the private directory; nothing reaches the network (the page loads nothing).
    std::vector<std::string> arguments = {options.chromium,
                                          "--headless",
                                          "--no-sandbox",
                                          "--disable-gpu",
                                          "--no-first-run",
                                          "--disable-background-networking",
                                          "--disable-component-update",
                                          "--disable-sync",
                                          "--disable-extensions",
                                          "--user-data-dir=" + (directory.path() / "profile").string(),
                                          "--no-pdf-header-footer",
                                          "--print-to-pdf=" + pdf.string(),
                                          "file://" + page.string()};
    auto pid = spawn(arguments, log);
    if (!pid) return pid.error();
    auto status = wait_for(*pid, std::chrono::seconds(options.timeout_seconds));
    if (!status)
        return Error::unavailable("Chromium did not print the PDF within " +
                                  std::to_string(options.timeout_seconds) +
                                  " seconds and was stopped; its output: " + tail_of(log));
    std::string bytes = read_file(pdf);
    if (*status != 0 || !bytes.starts_with("%PDF"))
        return Error::unavailable("Chromium gave no PDF (exit status " + std::to_string(*status) +
                                  "); its output: " + tail_of(log));
    return bytes;
}

}  // namespace mssops::report
