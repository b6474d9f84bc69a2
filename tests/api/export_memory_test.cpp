// An export of a million incidents runs in bounded memory (issue 19): the server writes the rows to a
// temporary file one at a time and streams the file, so its anonymous memory barely grows.
#include <gtest/gtest.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>
#include <thread>

#include "api/http_client.hpp"
#include "api/sanitizer_build.hpp"
#include "api/server_process.hpp"

namespace mssops::api_test {
namespace {

constexpr int incident_count = 1'000'000;
// A test-only bound, far below the export's size (hundreds of MB) and far above one row.
constexpr long growth_limit_kb = 64 * 1024;

/// Writes `count` SYNTHETIC incidents, the same each run (row i is made from i alone).
void write_synthetic_incidents(const std::string& path, int count) {
    std::ofstream out(path);
    out << "event_id_cnty,event_date,event_type,actor1,admin1,location,latitude,longitude,fatalities,notes\n";
    const char* types[] = {"Battles", "Riots", "Protests", "Violence against civilians"};
    char line[256];
    for (int i = 1; i <= count; ++i) {
        int n = std::snprintf(
            line, sizeof line,
            "SYN%07d,2024-%02d-%02d,%s,Synthetic group %d,Ouest,Synthetic place %d,%.4f,%.4f,%d,"
            "SYNTHETIC event %d made for the export memory test\n",
            i, i % 12 + 1, i % 28 + 1, types[i % 4], i % 17, i % 101, 18.0 + (i % 900) / 1000.0,
            -72.9 + (i % 700) / 1000.0, i % 4, i);
        out.write(line, n);
    }
}

/// A field of /proc/<pid>/status in kB ("RssAnon", "VmHWM"), or -1.
long status_kb(pid_t pid, const std::string& field) {
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    std::string name;
    long value = -1;
    while (status >> name) {
        if (name == field + ":") {
            status >> value;
            return value;
        }
        std::getline(status, name);
    }
    return -1;
}

TEST(export_memory, an_export_of_a_million_incidents_runs_in_bounded_memory) {
    if (address_sanitized)
        GTEST_SKIP() << "AddressSanitizer's shadow memory and quarantine make peak memory meaningless";
    TempDir dir;
    const std::string db = (dir.path() / "million.db").string();
    const std::string csv = (dir.path() / "million.csv").string();
    ASSERT_EQ(run_mssops({"--db", db, "init"}).exit_code, 0);
    write_synthetic_incidents(csv, incident_count);
    auto imported = run_mssops({"--db", db, "incidents", "import", csv, "--no-assign-pcodes"});
    ASSERT_EQ(imported.exit_code, 0) << imported.out;
    std::remove(csv.c_str());

    ServerProcess server({"--db", db, "--allow-anonymous-reads"}, dir.path() / "server.log");
    ASSERT_TRUE(server.running());
    HttpClient client(server.port());
    ASSERT_EQ(client.request("GET", "/api/v1/incidents?limit=1").status, 200);
    const long before = status_kb(server.pid(), "RssAnon");
    ASSERT_GT(before, 0) << "no RssAnon in /proc/" << server.pid() << "/status";

    // The server's anonymous memory (its heap: file pages of the database and of the export are the
    // kernel's cache, not the server's), sampled while it writes the export and while it sends it.
    int socket = client.connect_socket();
    ASSERT_GE(socket, 0);
    // Writing a million rows takes a while before the first byte: wait up to two minutes.
    timeval patience{120, 0};
    setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &patience, sizeof patience);
    const std::string request =
        "GET /api/v1/incidents?format=csv HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
    ASSERT_EQ(::send(socket, request.data(), request.size(), 0), static_cast<ssize_t>(request.size()));
    std::atomic<bool> done{false};
    std::atomic<long> peak{before};
    std::thread sampler([&] {
        while (!done) {
            peak = std::max(peak.load(), status_kb(server.pid(), "RssAnon"));
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
    });
    std::string head;
    long long bytes = 0, lines = 0;
    char buffer[1 << 16];
    for (ssize_t n; (n = ::recv(socket, buffer, sizeof buffer, 0)) > 0;) {
        if (head.size() < 512) head.append(buffer, std::min<std::size_t>(n, 512));
        bytes += n;
        for (ssize_t i = 0; i < n; ++i) lines += buffer[i] == '\n';
    }
    ::close(socket);
    done = true;
    sampler.join();
    ASSERT_EQ(head.substr(0, 15), "HTTP/1.1 200 OK") << head;
    // The status line and headers, then the CSV's header and a line per incident.
    EXPECT_EQ(lines,
              incident_count + 1 + std::count(head.begin(), head.begin() + head.find("\r\n\r\n") + 4, '\n'));
    std::printf(
        "export of %d incidents: %lld bytes; server RssAnon %ld kB before, %ld kB at most (+%ld kB); "
        "VmHWM %ld kB\n",
        incident_count, bytes, before, peak.load(), peak.load() - before, status_kb(server.pid(), "VmHWM"));
    EXPECT_LT(peak.load() - before, growth_limit_kb);
}

}  // namespace
}  // namespace mssops::api_test
